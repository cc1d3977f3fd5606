// Benchmark `tree`: scan the synthetic source tree vs ripgrep looking for the rules' keywords.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cached } from '../cache.mjs';
import { checkPlanted, printCheck } from '../check.mjs';
import { benchDir, cli, fail, fmtMb, fmtRatio, fmtTime, log, MiB, node } from '../common.mjs';
import { generateTree } from '../files-gen.mjs';
import { checkStatus, measure } from '../measure.mjs';

/** The union of the rules' keywords, as pdguard's own prefilter uses them. */
export function ruleKeywords() {
  const result = spawnSync(node, [cli, 'rules', '--format', 'json'], { encoding: 'utf8' });
  if (result.status !== 0) fail(`pdguard rules --format json failed:\n${result.stderr}`);
  return [...new Set(JSON.parse(result.stdout).flatMap((rule) => rule.keywords.map((kw) => kw.toLowerCase())))];
}

export async function benchTree(options) {
  const tree = await cached('tree', { sizeMb: options.sizeMb, seed: options.seed }, (dir) => generateTree(dir, options));
  const dir = join(benchDir, 'tree');
  log(`  ${tree.files} files (${tree.binaryFiles} binary), ${fmtMb(tree.bytes)}, ${tree.planted.length} planted tokens`);

  const keywords = ruleKeywords();
  const pdguardArgs = (output) => [cli, 'scan', dir, '--format', 'json', '--output', output, '--no-gitignore'];
  // Capture rg's output rather than send it to /dev/null: ripgrep stops at the first match
  // when its output is /dev/null, which would not be the same work.
  const rgArgs = ['-i', '-F', '-c', '--no-ignore', '--hidden', ...keywords.flatMap((kw) => ['-e', kw]), dir];

  // Warm-up: fills the page cache; pdguard's report of this run is the one checked.
  const reportPath = join(benchDir, 'tree.report.json');
  checkStatus('pdguard scan (warm-up)', await measure(node, pdguardArgs(reportPath)));
  const rgWarm = await measure('rg', rgArgs, { captureStdout: true });
  checkStatus('rg (warm-up)', rgWarm);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const check = checkPlanted(report, tree.planted, dir);
  printCheck('pdguard', check);
  const rgFiles = rgWarm.stdout.split('\n').filter(Boolean).length;
  log(`  rg: ${keywords.length} keywords, matched in ${rgFiles} files; pdguard: ${report.scan.filesScanned} files scanned, ${report.scan.skipped.length} skipped`);

  // Alternate the two so that drift in machine load affects both alike; keep the best run.
  const pd = [];
  const rg = [];
  for (let i = 0; i < options.runs; i++) {
    const a = await measure(node, pdguardArgs('/dev/null'));
    checkStatus('pdguard scan', a);
    pd.push(a);
    const b = await measure('rg', rgArgs, { captureStdout: true });
    checkStatus('rg', b);
    rg.push(b);
  }
  const best = (runs) => runs.reduce((x, y) => (y.ms < x.ms ? y : x));
  const pdBest = best(pd);
  const rgBest = best(rg);
  const ratio = pdBest.ms / rgBest.ms;
  log(`  pdguard runs: ${pd.map((r) => fmtTime(r.ms)).join(', ')} (${Math.round(tree.bytes / MiB / (pdBest.ms / 1000))} MB/s, peak RSS ${fmtMb(pdBest.peakRssBytes)})`);
  log(`  rg runs:      ${rg.map((r) => fmtTime(r.ms)).join(', ')}`);

  return {
    ok: check.missed.length === 0,
    rows: [
      { benchmark: `scan ${options.sizeMb} MB tree vs rg -i -F`, pdguard: fmtTime(pdBest.ms), baseline: fmtTime(rgBest.ms), ratio: fmtRatio(ratio), target: '<= 3x', met: ratio <= 3 },
      { benchmark: `planted tokens found (tree)`, pdguard: `${check.found}/${check.planted}`, baseline: '-', ratio: '-', target: 'all', met: check.missed.length === 0 },
    ],
    details: {
      tree: { sizeMb: options.sizeMb, files: tree.files, binaryFiles: tree.binaryFiles, bytes: tree.bytes, seed: options.seed },
      pdguard: { bestMs: pdBest.ms, runsMs: pd.map((r) => r.ms), peakRssMb: pdBest.peakRssBytes / MiB, mbPerSecond: tree.bytes / MiB / (pdBest.ms / 1000), filesScanned: report.scan.filesScanned, bytesScanned: report.scan.bytesScanned, skipped: report.scan.skipped.length },
      rg: { bestMs: rgBest.ms, runsMs: rg.map((r) => r.ms), keywords, filesMatched: rgFiles },
      ratio,
      target: 3,
      planted: { planted: check.planted, found: check.found, missed: check.missed, unexpected: check.unexpected.map((f) => ({ path: f.path, line: f.line, ruleId: f.ruleId })) },
    },
  };
}
