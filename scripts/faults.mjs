#!/usr/bin/env node
/**
 * Does the suite notice a broken pdguard? Each fault below is one deliberate bug, injected into a
 * scratch copy of the working tree (never into this checkout); the test files named with it must
 * then fail. A fault whose text is no longer in the source is reported as stale, never as caught.
 *
 *   node scripts/faults.mjs            every fault
 *   node scripts/faults.mjs redaction  the faults whose name contains "redaction"
 *
 * Exit 0 when every fault turned its tests red; 1 when one stayed green or went stale.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** [name, file, text to find, its replacement, test files that must fail]. */
const FAULTS = [
  ['rules: the REST key captured short', 'patterns/pagerduty.yaml', "rest: '([A-Za-z0-9_+-]{20})", "rest: '([A-Za-z0-9_+-]{16})[A-Za-z0-9_+-]{4}", ['test/rules.test.ts']],
  ['rules: the Events key context always met', 'patterns/pagerduty.yaml', "- line: 'pager[_.-]?duty|event[_]?action'", "- line: '.'", ['test/rules.test.ts']],
  ['engine: the entropy check skipped', 'src/engine/candidates.ts', 'if (checks.minEntropy !== undefined && shannonEntropy(secret) < checks.minEntropy) return false;', '', ['test/rules.test.ts']],
  ['engine: placeholder words taken for secrets', 'src/engine/secret-checks.ts', "if (PLACEHOLDER_WORDS.test(value)) return 'placeholder word';", '', ['test/rules.test.ts', 'test/engine.test.ts']],
  ['suppression: baselines ignored', 'src/suppress/suppress.ts', "if (baseline?.has(finding.fingerprint)) return 'baseline';", '', ['test/unit-config-suppress.test.ts', 'test/cli.test.ts']],
  ['suppression: allow entries hide every finding', 'src/suppress/suppress.ts', '(a.secretHash !== undefined && a.secretHash === finding.secretHash)', '(a.secretHash !== undefined)', ['test/unit-config-suppress.test.ts', 'test/config.test.ts']],
  ['suppression: inline allow on the wrong line', 'src/suppress/inline.ts', 'return text.slice(previousStart, lineStart - 1).includes(INLINE_ALLOW_NEXT_LINE);', 'return text.slice(previousStart, lineEnd).includes(INLINE_ALLOW_NEXT_LINE);', ['test/unit-config-suppress.test.ts', 'test/allow-next-line.test.ts']],
  ['redaction: four more characters shown', 'src/pipeline/redact.ts', 'body.slice(0, head)', 'body.slice(0, head + 4)', ['test/unit-redact.test.ts', 'test/cli.test.ts']],
  ['exit codes: findings exit 0', 'src/cli/main.ts', 'export const EXIT_FINDINGS = 1;', 'export const EXIT_FINDINGS = 0;', ['test/cli.test.ts']],
  ['exit codes: an incomplete scan passes', 'src/cli/main.ts', "could not be read (listed in the report); fix that and run again\\n`);\n    return EXIT_ERROR;", "could not be read (listed in the report); fix that and run again\\n`);\n    return EXIT_OK;", ['test/cli.test.ts', 'test/files.test.ts']],
  ['verification: a rejected key reported live', 'src/verify/judge.ts', "if (status === 401) return { kind: 'rejected', httpStatus: 401 };", "if (status === 401) return { kind: 'live', reason: 'accepted', httpStatus: 401 };", ['test/verify.test.ts']],
  ['files: keywords matched by the kernel in lower case only', 'src/engine/kernel.ts', 'if (isLetter(c)) code.push(op.i32(0x20), op.or);', '', ['test/kernel.test.ts']],
  ['files: a tracked file left out where .gitignore matches it', 'src/sources/walk.ts', "if (isIgnored(rel, entry.name, false) && !tracked?.files.has(rel)) {", 'if (isIgnored(rel, entry.name, false)) {', ['test/gitignore.test.ts']],
  ['files: a nested .gitignore negation overruled from above', 'src/sources/walk.ts', 'if (verdict.unignored) return false;', '', ['test/gitignore.test.ts']],
  ['files: --max-file-size not applied', 'src/sources/read.ts', 'stat.size > limits.maxFileSize) return tooLarge', 'stat.size < 0) return tooLarge', ['test/files.test.ts']],
  ['history: a merge\'s own changes not attributed', 'src/history/attribute.ts', "'-c', '--no-renames', '--raw'", "'--no-renames', '--raw'", ['test/history.test.ts', 'test/unit-attribution.test.ts']],
  ['history: the last commit taken for the introducing one', 'src/history/objects.ts', "'rev-list', '--topo-order', '--reverse',", "'rev-list', '--topo-order',", ['test/history.test.ts', 'test/unit-attribution.test.ts']],
  ['history: attribution chunks handed on out of order', 'src/history/attribute.ts', 'return answers.flat();', 'return answers.reverse().flat();', ['test/unit-attribution.test.ts']],
  ['history cache: a clean list read back without checking its order', 'src/history/oids.ts', 'if (bytes.compare(bytes, at, at + width, at - width, at) >= 0) return null;', '', ['test/history-cache.test.ts', 'test/unit-pack-order.test.ts']],
  ['history: two cat-file readers sharing one blob scanner', 'src/sources/history.ts', 'this.lanes = readers.map((reader) => {\n      // The scanner of the blob whose content is coming on this reader, made when its first bytes arrive.\n      let current: ReturnType<typeof scanningSink> | undefined;', 'let current: ReturnType<typeof scanningSink> | undefined;\n    this.lanes = readers.map((reader) => {', ['test/history.test.ts']],
  ['history: blobs with findings not scanned again from the cache', 'src/sources/history.ts', 'if (reuse) for (const oid of cache.findings.keys()) rescan.pushHex(oid);', '', ['test/history-cache.test.ts']],
];

const wanted = process.argv[2];
const faults = FAULTS.filter(([name]) => !wanted || name.includes(wanted));
const scratch = mkdtempSync(join(tmpdir(), 'pdguard-faults-'));
const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
for (const file of files) {
  try {
    cpSync(join(root, file), join(scratch, file), { recursive: true });
  } catch {
    // deleted in the work tree but still in the index: not part of what is tested
  }
}
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));

const run = (cmd, args) => spawnSync(cmd, args, { cwd: scratch, encoding: 'utf8', env: { ...process.env, CI: '1' } });
let failures = 0;
try {
  for (const [name, file, find, replace, tests] of faults) {
    const path = join(scratch, file);
    const original = readFileSync(path, 'utf8');
    if (!original.includes(find)) {
      console.log(`STALE   ${name}: '${find.slice(0, 60)}' is no longer in ${file}; update the fault`);
      failures++;
      continue;
    }
    writeFileSync(path, original.replace(find, replace));
    const started = Date.now();
    const build = run('node', ['scripts/build.mjs']);
    const verdict = build.status !== 0 ? { status: 1 } : run('npx', ['vitest', 'run', ...tests]);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (verdict.status === 0) {
      console.log(`MISSED  ${name}: ${tests.join(' ')} stayed green (${seconds} s)`);
      failures++;
    } else {
      console.log(`caught  ${name} (${build.status !== 0 ? 'the build' : tests.join(' ')}, ${seconds} s)`);
    }
    writeFileSync(path, original);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(failures ? `${failures} of ${faults.length} faults not caught` : `all ${faults.length} faults caught`);
process.exit(failures ? 1 : 0);
