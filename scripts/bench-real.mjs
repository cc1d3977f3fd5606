// Benchmarks on real material that the user names (`npm run bench -- --tree PATH --repo PATH`), as
// opposed to the generated data of bench.mjs: a source tree or one big file against ripgrep with
// the rules' own keywords, and a repository's full history against git dumping the same blobs.
// Real material has no planted tokens, so what is checked is that every run reports the same and
// that pdguard read what the baseline read; the figures are ratios measured side by side.
//
// `--staged-repo PATH`: the pre-commit hook's `pdguard staged` in a copy of an existing repository,
// one small file staged, against a bare node start.
//
// `--against DIR` measures a second build (another checkout with dist/ built, say main's) in the
// same rounds: before/after figures from one run, under the same load.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { forgetHistoryCache } from './bench/measure.mjs';
import { basename, join } from 'node:path';
import { FakeTokens, Rng } from './bench/rng.mjs';

/** Targets from issue 10: a tree within 2x ripgrep (aim 1.5x), one big file within 1.5x (aim 1.2x), history within 1.5x git (aim 1.2x), a re-audit after one new commit within 0.1 of the first run (aim 0.03). */
export const REAL_TARGETS = { tree: 2, treeAim: 1.5, file: 1.5, fileAim: 1.2, history: 1.5, historyAim: 1.2, historyPeakMb: 256, reaudit: 0.1, reauditAim: 0.03 };

const best = (runs) => runs.reduce((x, y) => (y.ms < x.ms ? y : x));
/** What two runs must agree on: the findings' places and hashes, never the secrets. */
const findingKeys = (report) => JSON.stringify(report.findings.map((f) => `${f.path}:${f.line}:${f.column}:${f.ruleId}:${f.secretHash}`).sort());

/**
 * `kit`: bench.mjs's helpers and settings: { node, builds: [{ label, cli }], benchDir, runs, log,
 * fail, measure, measureTree, checkStatus, fmtTime, fmtRatio, fmtMb, MiB, keywords }.
 */
export async function benchRealTree(path, kit) {
  const { node, builds, benchDir, runs, log, measure, checkStatus, fmtTime, fmtRatio, fmtMb, MiB, keywords } = kit;
  const isFile = statSync(path).isFile();
  const name = basename(path);
  // Both read everything (no ignore files, hidden files too): the same work. Capture rg's output
  // rather than send it to /dev/null, where ripgrep stops at the first match.
  const rgArgs = ['-i', '-F', '-c', ...(isFile ? [] : ['--no-ignore', '--hidden']), ...keywords.flatMap((kw) => ['-e', kw]), path];
  const pdArgs = (cli, output) => [cli, 'scan', path, '--format', 'json', '--output', output, ...(isFile ? [] : ['--no-gitignore'])];

  // Warm-up: fills the page cache; its reports are compared.
  const rgWarm = await measure('rg', rgArgs, { captureStdout: true });
  checkStatus('rg (warm-up)', rgWarm);
  const reports = [];
  for (const build of builds) {
    const reportPath = join(benchDir, `real-${build.label}.report.json`);
    checkStatus(`pdguard ${build.label} scan ${name} (warm-up)`, await measure(node, pdArgs(build.cli, reportPath)));
    reports.push(JSON.parse(readFileSync(reportPath, 'utf8')));
    rmSync(reportPath, { force: true });
  }
  // `-c` prints a count per matching file, or for one file the count of its matching lines alone.
  const rgMatched = isFile ? Number(rgWarm.stdout.trim() || 0) : rgWarm.stdout.split('\n').filter(Boolean).length;
  const bytes = reports[0].scan.bytesScanned;
  log(`  ${name}: ${reports[0].scan.filesScanned.toLocaleString('en-US')} files, ${fmtMb(bytes)} scanned, ${reports[0].scan.skipped.length} skipped, ${reports[0].findings.length} findings; rg: ${keywords.length} keywords, matched in ${rgMatched} ${isFile ? 'lines' : 'files'}`);
  const same = reports.every((r) => findingKeys(r) === findingKeys(reports[0]) && r.scan.filesScanned === reports[0].scan.filesScanned && r.scan.bytesScanned === bytes);
  if (!same) log(`  warning: the builds do not report the same findings, files and bytes: ${reports.map((r, i) => `${builds[i].label} ${r.findings.length} findings, ${r.scan.filesScanned} files, ${r.scan.bytesScanned} bytes`).join('; ')}`);

  // Rounds: rg and each build in turn, so that drift in the machine's load hits them alike.
  const rg = [];
  const pd = builds.map(() => []);
  for (let i = 0; i < runs; i++) {
    const r = await measure('rg', rgArgs, { captureStdout: true });
    checkStatus('rg', r);
    rg.push(r);
    for (const [b, build] of builds.entries()) {
      const run = await measure(node, pdArgs(build.cli, '/dev/null'));
      checkStatus(`pdguard ${build.label} scan ${name}`, run);
      pd[b].push(run);
    }
  }
  const rgBest = best(rg);
  const target = isFile ? REAL_TARGETS.file : REAL_TARGETS.tree;
  const aim = isFile ? REAL_TARGETS.fileAim : REAL_TARGETS.treeAim;
  log(`  rg:                ${rg.map((r) => fmtTime(r.ms)).join(', ')}`);
  const rows = [];
  const figures = {};
  for (const [b, build] of builds.entries()) {
    const runBest = best(pd[b]);
    const ratio = runBest.ms / rgBest.ms;
    log(`  pdguard ${build.label.padEnd(10)} ${pd[b].map((r) => fmtTime(r.ms)).join(', ')} (${Math.round(bytes / MiB / (runBest.ms / 1000))} MB/s, peak RSS ${fmtMb(runBest.peakRssBytes)}): ${fmtRatio(ratio, 2)} rg`);
    rows.push({
      benchmark: `${isFile ? 'file' : 'tree'} ${name} (${fmtMb(bytes)}) vs rg -i -F${builds.length > 1 ? ` [${build.label}]` : ''}`,
      pdguard: fmtTime(runBest.ms),
      baseline: fmtTime(rgBest.ms),
      ratio: fmtRatio(ratio, 2),
      target: `<= ${target}x (aim ${aim}x)`,
      met: ratio <= target,
    });
    figures[build.label] = { bestMs: runBest.ms, runsMs: pd[b].map((r) => r.ms), peakRssMb: runBest.peakRssBytes / MiB, ratio, findings: reports[b].findings.length, filesScanned: reports[b].scan.filesScanned, bytesScanned: reports[b].scan.bytesScanned, skipped: reports[b].scan.skipped.length };
  }
  rows.push({ benchmark: `  same findings, files and bytes (${name})`, pdguard: same ? 'yes' : 'no', baseline: '-', ratio: '-', target: 'yes', met: same });
  return {
    ok: same,
    rows,
    details: { path, kind: isFile ? 'file' : 'tree', bytes, rg: { bestMs: rgBest.ms, runsMs: rg.map((r) => r.ms), args: rgArgs.slice(0, -1), matched: rgMatched }, pdguard: figures, target, aim },
  };
}

/**
 * A repository's full history (`pdguard history --repo PATH`) against git alone listing and
 * inflating the same objects, with pdguard's peak memory and that of the git processes under it;
 * and the same repository's incident audit (`pdguard audit PATH`: credentials, their exposure),
 * which must stay within the same targets (issue 12).
 */
export async function benchRealRepo(path, kit) {
  const { node, builds, benchDir, runs, log, fail, measureTree, checkStatus, fmtTime, fmtRatio, fmtMb, MiB } = kit;
  // A snapshot or partial clone may lack a few blobs: plain `rev-list --objects` dies at the first
  // (a third of the way through these repositories), and the baseline would dump only what came
  // before it. `--missing=allow-any` lists every object (cat-file answers "missing" for those it
  // lacks); pipefail makes a rev-list that dies anyway fail the run instead of timing a part.
  const catFile = 'set -o pipefail; git rev-list --objects --no-object-names --all --missing=allow-any | git cat-file --batch > /dev/null';
  const history = (cli, output) => [node, cli, 'history', '--repo', path, '--format', 'json', '--output', output];
  const audit = (cli) => [node, cli, 'audit', path, '--format', 'json', '--output', '/dev/null'];
  const objects = spawnSync('bash', ['-c', "set -o pipefail; git rev-list --objects --no-object-names --all --missing=print | git cat-file --batch-check='%(objecttype) %(objectsize)'"], { cwd: path, encoding: 'utf8', maxBuffer: 1024 * MiB });
  if (objects.status !== 0) fail(`git rev-list | git cat-file --batch-check in ${path} failed:\n${objects.stderr}`);
  // `--missing=print` lists what the repository lacks as `?<oid>`, which cat-file answers `?<oid> missing`.
  const git = { objects: 0, commits: 0, blobs: 0, blobBytes: 0, missing: 0 };
  for (const line of objects.stdout.split('\n')) {
    if (!line) continue;
    const [type, size] = line.split(' ');
    git.objects++;
    if (size === 'missing') git.missing++;
    if (type === 'commit') git.commits++;
    if (type === 'blob') {
      git.blobs++;
      git.blobBytes += Number(size);
    }
  }
  const merges = Number(spawnSync('git', ['rev-list', '--all', '--merges', '--count'], { cwd: path, encoding: 'utf8' }).stdout.trim());
  log(`  ${basename(path)}: ${git.commits.toLocaleString('en-US')} commits (${merges.toLocaleString('en-US')} merges), ${git.blobs.toLocaleString('en-US')} blobs, ${fmtMb(git.blobBytes)} of blob content${git.missing ? `; ${git.missing} objects missing (pdguard exits 2)` : ''}`);

  // The first round doubles as the warm-up of the page cache (git's own run comes first) and gives the reports.
  const cf = [];
  const pd = builds.map(() => []);
  const au = builds.map(() => []);
  const reports = [];
  for (let i = 0; i < runs; i++) {
    const c = await measureTree(['bash', '-c', catFile], { cwd: path });
    checkStatus('git rev-list | git cat-file --batch', c, [0]);
    cf.push(c);
    for (const [b, build] of builds.entries()) {
      const reportPath = join(benchDir, `real-history-${build.label}.report.json`);
      forgetHistoryCache(path);
      const run = await measureTree(history(build.cli, i === 0 ? reportPath : '/dev/null'));
      // A repository that lacks objects is an incomplete scan: exit 2, as it should be.
      checkStatus(`pdguard ${build.label} history`, run, git.missing ? [0, 1, 2] : [0, 1]);
      pd[b].push(run);
      forgetHistoryCache(path);
      const audited = await measureTree(audit(build.cli));
      checkStatus(`pdguard ${build.label} audit`, audited, git.missing ? [0, 1, 2] : [0, 1]);
      au[b].push(audited);
      if (i === 0) {
        reports.push(JSON.parse(readFileSync(reportPath, 'utf8')));
        rmSync(reportPath, { force: true });
      }
    }
  }
  const same = reports.every((r) => findingKeys(r) === findingKeys(reports[0]));
  const cfBest = best(cf);
  const cfPeakMb = Math.max(...cf.map((r) => r.peakTreeBytes)) / MiB;
  log(`  git rev-list|cat-file: ${cf.map((r) => fmtTime(r.ms)).join(', ')} (peak RSS ${Math.round(cfPeakMb)} MB together)`);
  const rows = [];
  const figures = {};
  for (const [b, build] of builds.entries()) {
    const runBest = best(pd[b]);
    const ratio = runBest.ms / cfBest.ms;
    const peakMb = Math.max(...pd[b].map((r) => r.peakRssBytes)) / MiB;
    const gitPeakMb = Math.max(0, ...pd[b].flatMap((r) => r.children.map((c) => c.peakRssMb)));
    // pdguard and the git processes it runs at once, summed at each poll: the memory the run needs.
    const treePeakMb = Math.max(...pd[b].map((r) => r.peakTreeBytes)) / MiB;
    const report = reports[b];
    const allBlobs = report.scan.blobsScanned === git.blobs;
    log(`  pdguard ${build.label.padEnd(10)} ${pd[b].map((r) => fmtTime(r.ms)).join(', ')}: ${fmtRatio(ratio, 2)} git; peak RSS ${Math.round(treePeakMb)} MB together (pdguard ${Math.round(peakMb)} MB, largest git child ${Math.round(gitPeakMb)} MB); ${report.scan.commitsScanned} commits, ${report.scan.blobsScanned} blobs${allBlobs ? '' : ` (git lists ${git.blobs})`}, ${report.findings.length} findings`);
    const tag = builds.length > 1 ? ` [${build.label}]` : '';
    rows.push(
      { benchmark: `history ${basename(path)} vs rev-list|cat-file${tag}`, pdguard: fmtTime(runBest.ms), baseline: fmtTime(cfBest.ms), ratio: fmtRatio(ratio, 2), target: `<= ${REAL_TARGETS.history}x (aim ${REAL_TARGETS.historyAim}x)`, met: ratio <= REAL_TARGETS.history },
      // Issue 26: pdguard's own process is held to the budget; git's children may use git's own
      // default caches (its blob dump alone peaks higher), so theirs is shown beside, not judged.
      { benchmark: `  peak RSS, pdguard's own process${tag}`, pdguard: `${Math.round(peakMb)} MB`, baseline: '-', ratio: '-', target: `<= ${REAL_TARGETS.historyPeakMb} MB`, met: peakMb <= REAL_TARGETS.historyPeakMb },
      { benchmark: `  peak RSS, largest git child; all at once${tag}`, pdguard: `${Math.round(gitPeakMb)} MB; ${Math.round(treePeakMb)} MB`, baseline: `${Math.round(cfPeakMb)} MB`, ratio: '-', target: 'shown', met: true },
      { benchmark: `  blobs scanned (baseline: git)${tag}`, pdguard: `${report.scan.blobsScanned}`, baseline: `${git.blobs}`, ratio: '-', target: 'the same', met: allBlobs },
    );
    const auditBest = best(au[b]);
    const auditRatio = auditBest.ms / cfBest.ms;
    const auditPeakMb = Math.max(...au[b].map((r) => r.peakTreeBytes)) / MiB;
    const auditOwnMb = Math.max(...au[b].map((r) => r.peakRssBytes)) / MiB;
    log(`  pdguard ${build.label.padEnd(10)} audit ${au[b].map((r) => fmtTime(r.ms)).join(', ')}: ${fmtRatio(auditRatio, 2)} git; peak RSS ${Math.round(auditPeakMb)} MB together (pdguard ${Math.round(auditOwnMb)} MB)`);
    rows.push(
      { benchmark: `audit ${basename(path)} vs rev-list|cat-file${tag}`, pdguard: fmtTime(auditBest.ms), baseline: fmtTime(cfBest.ms), ratio: fmtRatio(auditRatio, 2), target: `<= ${REAL_TARGETS.history}x (aim ${REAL_TARGETS.historyAim}x)`, met: auditRatio <= REAL_TARGETS.history },
      { benchmark: `  peak RSS, pdguard's own process (all at once)${tag}`, pdguard: `${Math.round(auditOwnMb)} MB (${Math.round(auditPeakMb)} MB)`, baseline: '-', ratio: '-', target: `<= ${REAL_TARGETS.historyPeakMb} MB`, met: auditOwnMb <= REAL_TARGETS.historyPeakMb },
    );
    // A repository that lacks objects keeps no cache (what could not be read is never vouched for).
    if (git.missing) {
      log(`  pdguard ${build.label.padEnd(10)} re-audit: not measured (${git.missing} objects missing: no history cache is kept)`);
      figures[build.label] = { audit: { bestMs: auditBest.ms, runsMs: au[b].map((r) => r.ms), ratio: auditRatio, treePeakRssMb: auditPeakMb, peakRssMb: auditOwnMb }, bestMs: runBest.ms, runsMs: pd[b].map((r) => r.ms), ratio, peakRssMb: peakMb, gitPeakRssMb: gitPeakMb, treePeakRssMb: treePeakMb, children: pd[b].flatMap((r) => r.children), commitsScanned: report.scan.commitsScanned, blobsScanned: report.scan.blobsScanned, findings: report.findings.length };
      continue;
    }
    const again = await reaudit(path, build.cli, kit);
    log(`  pdguard ${build.label.padEnd(10)} re-audit after one new commit: ${fmtTime(again.secondMs)} against ${fmtTime(again.firstMs)} for the run that wrote the cache (${again.ratio.toFixed(3)}); ${again.before} findings, then ${again.after}${again.newFound ? ', the new one among them' : ', the new one MISSING'}`);
    rows.push({ benchmark: `re-audit ${basename(path)} after one commit vs first run${tag}`, pdguard: fmtTime(again.secondMs), baseline: fmtTime(again.firstMs), ratio: again.ratio.toFixed(3), target: `<= ${REAL_TARGETS.reaudit} (aim ${REAL_TARGETS.reauditAim}), all findings`, met: again.ratio <= REAL_TARGETS.reaudit && again.complete });
    figures[build.label] = { reaudit: again, audit: { bestMs: auditBest.ms, runsMs: au[b].map((r) => r.ms), ratio: auditRatio, treePeakRssMb: auditPeakMb, peakRssMb: auditOwnMb }, bestMs: runBest.ms, runsMs: pd[b].map((r) => r.ms), ratio, peakRssMb: peakMb, gitPeakRssMb: gitPeakMb, treePeakRssMb: treePeakMb, children: pd[b].flatMap((r) => r.children), commitsScanned: report.scan.commitsScanned, blobsScanned: report.scan.blobsScanned, findings: report.findings.length };
  }
  if (builds.length > 1) rows.push({ benchmark: `  same findings (history ${basename(path)})`, pdguard: same ? 'yes' : 'no', baseline: '-', ratio: '-', target: 'yes', met: same });
  return {
    ok: same,
    rows,
    details: { path, git: { ...git, merges }, catFile: { command: catFile, bestMs: cfBest.ms, runsMs: cf.map((r) => r.ms) }, pdguard: figures, target: REAL_TARGETS },
  };
}

/**
 * The re-audit of issue 10: `history --cache FILE` on a shared clone of `path` (its objects
 * borrowed, the repository itself left alone), then one new commit holding a fake credential,
 * then the same command again. It must cost at most a tenth of the first run and report the
 * findings the first run made and the new one.
 */
async function reaudit(path, cli, kit) {
  const { node, benchDir, log, fail, measureTree, checkStatus } = kit;
  const scratch = mkdtempSync(join(benchDir, 'reaudit-'));
  try {
    const repo = join(scratch, 'repo.git');
    const cache = join(scratch, 'history-cache.json');
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };
    const git = (args, input = '', extraEnv = {}) => {
      const run = spawnSync('git', ['-c', 'core.hooksPath=/dev/null', ...args], { cwd: repo, env: { ...env, ...extraEnv }, input, encoding: 'utf8' });
      if (run.status !== 0) fail(`re-audit: git ${args.join(' ')} failed:\n${run.stderr}`);
      return run.stdout.trim();
    };
    const cloned = spawnSync('git', ['clone', '-q', '--mirror', '--shared', path, repo], { env, encoding: 'utf8' });
    if (cloned.status !== 0) fail(`re-audit: git clone --mirror --shared ${path} failed:\n${cloned.stderr}`);
    const run = async (output) => {
      const measured = await measureTree([node, cli, 'history', '--repo', repo, '--cache', cache, '--format', 'json', '--output', output]);
      checkStatus('pdguard history --cache', measured);
      return { ms: measured.ms, report: JSON.parse(readFileSync(output, 'utf8')) };
    };
    const first = await run(join(scratch, 'first.json'));
    // One new commit on the branch HEAD names, adding a file with a generated (never real) key.
    const key = new FakeTokens(new Rng(2718)).rest();
    const blob = git(['hash-object', '-w', '--stdin'], `PAGERDUTY_TOKEN=${key}\n`);
    // A scratch index: the mirror has no work tree, and HEAD's files are copied, never checked out.
    const index = { GIT_INDEX_FILE: join(scratch, 'index') };
    git(['read-tree', 'HEAD'], '', index);
    git(['update-index', '--add', '--cacheinfo', `100644,${blob},pdguard-bench-reaudit.env`], '', index);
    const tree = git(['write-tree'], '', index);
    const commit = git(['commit-tree', tree, '-p', 'HEAD', '-m', 'bench: one new commit']);
    git(['update-ref', git(['symbolic-ref', 'HEAD']), commit]);
    const second = await run(join(scratch, 'second.json'));
    const keys = (report) => new Set(report.findings.map((f) => `${f.path}:${f.line}:${f.ruleId}:${f.secretHash}`));
    const before = keys(first.report);
    const after = keys(second.report);
    const newFound = second.report.findings.some((f) => f.path === 'pdguard-bench-reaudit.env' && f.commit?.sha === commit);
    const complete = newFound && [...before].every((k) => after.has(k)) && after.size === before.size + 1;
    if (!complete) log('  re-audit: the second run did not report every finding of the first plus the new one');
    return { firstMs: first.ms, secondMs: second.ms, ratio: second.ms / first.ms, before: before.size, after: after.size, newFound, complete };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * `pdguard staged` in an existing repository (`--staged-repo PATH`), as the pre-commit hook runs
 * it: in a clone that shares its objects (the user's own index is never touched), one small
 * tracked file gets two lines and is staged; each build is timed against a bare `node -e 0`,
 * side by side (medians of alternating runs). Issue 26: within 2x (aim 1.5x).
 */
export async function benchRealStaged(path, kit) {
  const { node, builds, benchDir, log, fail, fmtTime, fmtRatio, alternate, stagedTarget, stagedRuns } = kit;
  const dir = join(benchDir, 'staged-real');
  rmSync(dir, { recursive: true, force: true });
  const git = (args, cwd = dir) => {
    const run = spawnSync('git', ['-c', 'user.name=pdguard bench', '-c', 'user.email=bench@example.com', ...args], { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    if (run.status !== 0) fail(`git ${args[0]} in ${cwd} failed:\n${run.stderr}`);
    return run.stdout;
  };
  git(['clone', '-q', '--shared', path, dir], benchDir);
  // A small text file: what a commit usually changes.
  const small = git(['ls-tree', '-r', '-l', '-z', 'HEAD'])
    .split('\0')
    .map((entry) => /^100644 blob [0-9a-f]+ +(\d+)\t(.*)$/s.exec(entry))
    .find((m) => m && Number(m[1]) >= 500 && Number(m[1]) <= 3000 && /\.(ts|js|py|rb|go|ya?ml|md|c|h|java|tf)$/.test(m[2]))?.[2];
  if (!small) fail(`--staged-repo ${path}: no small text file tracked at HEAD to change`);
  writeFileSync(join(dir, small), `${readFileSync(join(dir, small), 'utf8')}\nretry_budget = 4\n# keep in step with the escalation policy\n`);
  git(['add', '--', small]);
  const files = git(['ls-files', '-z']).split('\0').filter(Boolean).length;
  for (const build of builds) {
    const probe = spawnSync(node, [build.cli, 'staged', '--repo', dir, '--format', 'json'], { encoding: 'utf8' });
    if (probe.status !== 0) fail(`pdguard ${build.label} staged in ${dir}: exit ${probe.status}:\n${probe.stderr}`);
    const scanned = JSON.parse(probe.stdout).scan;
    if (scanned.blobsScanned !== 1) log(`  warning: pdguard ${build.label} staged scanned ${scanned.blobsScanned} blobs, expected 1`);
  }
  const commands = { bare: [node, '-e', '0'], ...Object.fromEntries(builds.map((b) => [b.label, [node, b.cli, 'staged', '--repo', dir]])) };
  const timed = alternate(commands, { runs: stagedRuns });
  const bare = timed.bare.median;
  log(`  ${small} staged in ${basename(path)} (${files.toLocaleString('en-US')} files in the index); medians of ${stagedRuns} alternating runs: node -e 0 ${fmtTime(bare)}${builds.map((b) => `, ${b.label} ${fmtTime(timed[b.label].median)}`).join('')}`);
  rmSync(dir, { recursive: true, force: true });
  const rows = builds.map((b) => {
    const ratio = timed[b.label].median / bare;
    return {
      benchmark: `staged, 1 small file in ${basename(path)}'s index of ${files.toLocaleString('en-US')} files vs node -e 0${builds.length > 1 ? ` [${b.label}]` : ''}`,
      pdguard: fmtTime(timed[b.label].median),
      baseline: fmtTime(bare),
      ratio: fmtRatio(ratio, 2),
      target: `<= ${stagedTarget.ratio}x (aim ${stagedTarget.ratioAim}x)`,
      met: ratio <= stagedTarget.ratio,
    };
  });
  return {
    ok: true,
    rows,
    details: { repository: path, stagedFile: small, files, nodeMs: bare, builds: Object.fromEntries(builds.map((b) => [b.label, { ms: timed[b.label].median, ratio: timed[b.label].median / bare }])), target: stagedTarget },
  };
}

/** Issue 26: the audit of a folder of clones within 0.6 of the same clones audited one after another. */
export const AUDIT_FOLDER_TARGET = 0.6;

/**
 * `--audit-folder DIR`: `pdguard audit DIR` (every clone in it, as many at once as there are cores)
 * against the same clones audited one after another (`pdguard audit DIR/<clone>` each, times
 * summed), with no history cache either way. Both give the same credentials, which is checked; the
 * peak memory is pdguard's own process (worker threads included) and the whole tree (git too).
 */
export async function benchRealAuditFolder(folder, kit) {
  const { node, builds, benchDir, runs, log, measureTree, checkStatus, fmtTime, fmtRatio, fmtMb } = kit;
  const clones = readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => join(folder, e.name));
  const name = basename(folder);
  const args = (cli, paths, output) => [node, cli, 'audit', ...paths, '--no-cache', '--no-progress', '--as-of', '2026-01-01', '--format', 'json', '--output', output];
  // Exit 1 (credentials) and 2 (a clone git cannot read all of) are reports too.
  const ran = (what, result) => checkStatus(what, result, [0, 1, 2]);
  const credentialKeys = (report) => JSON.stringify(report.credentials.map((c) => `${c.secretHash}:${c.occurrences.length}`));
  const rows = [];
  const figures = {};
  let same = true;
  let reference = null;
  for (const build of builds) {
    const serial = [];
    const together = [];
    for (let i = 0; i < runs; i++) {
      // Alternated, so that drift in the machine's load hits both alike.
      let sum = 0;
      let peakMb = 0;
      for (const clone of clones) {
        const one = await measureTree(args(build.cli, [clone], '/dev/null'));
        ran(`pdguard ${build.label} audit ${basename(clone)}`, one);
        sum += one.ms;
        peakMb = Math.max(peakMb, one.peakRssBytes / 2 ** 20);
      }
      serial.push({ ms: sum, peakMb });
      const output = join(benchDir, `audit-folder-${build.label}.json`);
      const all = await measureTree(args(build.cli, [folder], output));
      ran(`pdguard ${build.label} audit ${name}`, all);
      together.push({ ms: all.ms, peakMb: all.peakRssBytes / 2 ** 20, treeMb: all.peakTreeBytes / 2 ** 20 });
      const keys = credentialKeys(JSON.parse(readFileSync(output, 'utf8')));
      reference ??= keys;
      same &&= keys === reference;
      rmSync(output, { force: true });
      log(`  ${build.label}: one after another ${fmtTime(sum)} (peak ${Math.round(peakMb)} MB), the folder at once ${fmtTime(all.ms)} (pdguard ${Math.round(all.peakRssBytes / 2 ** 20)} MB, with git ${Math.round(all.peakTreeBytes / 2 ** 20)} MB)`);
    }
    const bestSerial = serial.reduce((x, y) => (y.ms < x.ms ? y : x));
    const bestTogether = together.reduce((x, y) => (y.ms < x.ms ? y : x));
    const ratio = bestTogether.ms / bestSerial.ms;
    const tag = builds.length > 1 ? ` [${build.label}]` : '';
    rows.push(
      { benchmark: `audit ${name} (${clones.length} clones) vs one after another${tag}`, pdguard: fmtTime(bestTogether.ms), baseline: fmtTime(bestSerial.ms), ratio: fmtRatio(ratio, 2), target: `<= ${AUDIT_FOLDER_TARGET}`, met: ratio <= AUDIT_FOLDER_TARGET },
      { benchmark: `  peak RSS, pdguard / with git${tag}`, pdguard: `${Math.round(bestTogether.peakMb)} / ${Math.round(bestTogether.treeMb)} MB`, baseline: `${Math.round(bestSerial.peakMb)} MB`, ratio: '-', target: `<= ${REAL_TARGETS.historyPeakMb} MB`, met: bestTogether.peakMb <= REAL_TARGETS.historyPeakMb },
    );
    figures[build.label] = { serialMs: serial.map((r) => r.ms), togetherMs: together.map((r) => r.ms), ratio, peakMb: bestTogether.peakMb, treePeakMb: bestTogether.treeMb, serialPeakMb: bestSerial.peakMb };
  }
  rows.push({ benchmark: `  same credentials (audit ${name})`, pdguard: same ? 'yes' : 'no', baseline: '-', ratio: '-', target: 'yes', met: same });
  return { rows, details: { folder, clones: clones.length, pdguard: figures, target: AUDIT_FOLDER_TARGET }, ok: same };
}
