// Benchmark `dense`: text that names PagerDuty on every line (generated Alertmanager, Helm, Terraform
// and .env documents, see dense-gen.mjs) vs ripgrep looking for the rules' keywords. Every line holds
// a keyword, so nothing is skipped: what is measured is the cost per region and per candidate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cached } from '../cache.mjs';
import { checkPlanted, printCheck } from '../check.mjs';
import { benchDir, cli, fmtMb, fmtRatio, fmtTime, log, MiB, node } from '../common.mjs';
import { generateDense } from '../dense-gen.mjs';
import { checkStatus, measure } from '../measure.mjs';
import { ruleKeywords } from './tree.mjs';

/** Issue 26's target for PagerDuty-heavy material: within 3x ripgrep (aim 2x). */
const TARGET = 3;
const LINES_PER_FILE = 20000;
/** About what one file of LINES_PER_FILE generated lines weighs. */
const MB_PER_FILE = 1.25;

export async function benchDense(options) {
  const files = Math.max(1, Math.round(options.denseMb / MB_PER_FILE));
  const data = await cached('dense', { files, linesPerFile: LINES_PER_FILE, seed: options.seed }, (dir) => generateDense(dir, { files, linesPerFile: LINES_PER_FILE, seed: options.seed }));
  const dir = join(benchDir, 'dense');
  log(`  ${data.files} files, ${fmtMb(data.bytes)}, ${data.lines.toLocaleString('en-US')} lines that all name PagerDuty, ${data.planted.length} planted tokens`);

  const keywords = ruleKeywords();
  const pdguardArgs = (output) => [cli, 'scan', dir, '--format', 'json', '--output', output, '--no-gitignore'];
  const rgArgs = ['-i', '-F', '-c', '--no-ignore', '--hidden', ...keywords.flatMap((kw) => ['-e', kw]), dir];

  const reportPath = join(benchDir, 'dense.report.json');
  checkStatus('pdguard scan (warm-up)', await measure(node, pdguardArgs(reportPath)));
  const rgWarm = await measure('rg', rgArgs, { captureStdout: true });
  checkStatus('rg (warm-up)', rgWarm);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const check = checkPlanted(report, data.planted, dir);
  printCheck('pdguard', check);
  const rgLines = rgWarm.stdout.split('\n').filter(Boolean).reduce((n, line) => n + Number(line.slice(line.lastIndexOf(':') + 1)), 0);
  log(`  rg: ${keywords.length} keywords, matched ${rgLines.toLocaleString('en-US')} lines`);

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
  log(`  pdguard runs: ${pd.map((r) => fmtTime(r.ms)).join(', ')} (${(data.bytes / MiB / (pdBest.ms / 1000)).toFixed(1)} MB/s, ${Math.round((pdBest.ms * 1000) / data.lines)} µs a line, peak RSS ${fmtMb(pdBest.peakRssBytes)})`);
  log(`  rg runs:      ${rg.map((r) => fmtTime(r.ms)).join(', ')}`);
  const clean = check.missed.length === 0 && check.unexpected.length === 0;
  return {
    ok: clean,
    rows: [
      { benchmark: `scan ${fmtMb(data.bytes)} naming PagerDuty on every line vs rg -i -F`, pdguard: fmtTime(pdBest.ms), baseline: fmtTime(rgBest.ms), ratio: fmtRatio(ratio), target: `<= ${TARGET}x`, met: ratio <= TARGET },
      { benchmark: `planted tokens found, no other finding (dense)`, pdguard: `${check.found}/${check.planted}, ${check.unexpected.length} other`, baseline: '-', ratio: '-', target: 'all, 0 other', met: clean },
    ],
    details: {
      dense: { files: data.files, bytes: data.bytes, lines: data.lines, seed: options.seed },
      pdguard: { bestMs: pdBest.ms, runsMs: pd.map((r) => r.ms), peakRssMb: pdBest.peakRssBytes / MiB, usPerLine: (pdBest.ms * 1000) / data.lines, findings: report.findings.length },
      rg: { bestMs: rgBest.ms, runsMs: rg.map((r) => r.ms), keywords, lines: rgLines },
      ratio,
      target: TARGET,
      planted: { planted: check.planted, found: check.found, missed: check.missed, unexpected: check.unexpected.map((f) => ({ path: f.path, line: f.line, ruleId: f.ruleId })) },
    },
  };
}
