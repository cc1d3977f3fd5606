// Benchmark `big`: peak memory and time of a scan of one big file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cached } from '../cache.mjs';
import { checkPlanted, printCheck } from '../check.mjs';
import { benchDir, cli, fmtMb, fmtTime, log, MiB, node } from '../common.mjs';
import { generateBigFile } from '../files-gen.mjs';
import { checkStatus, measure } from '../measure.mjs';

export async function benchBigFile(options) {
  const big = await cached('big.txt', { bigMb: options.bigMb, seed: options.seed }, (path) => generateBigFile(path, options));
  // Named as big.txt from .bench/: reported as big.txt whether pdguard reports a named file as
  // typed or relative to the working directory.
  const args = (output) => [cli, 'scan', 'big.txt', '--format', 'json', '--output', output];
  // First run: warms the page cache and gives the report to check.
  const reportPath = join(benchDir, 'big.report.json');
  const warm = await measure(node, args(reportPath), { cwd: benchDir });
  checkStatus('pdguard scan big.txt (warm-up)', warm);
  const check = checkPlanted(JSON.parse(readFileSync(reportPath, 'utf8')), big.planted, benchDir);
  printCheck('pdguard', check);
  const run = await measure(node, args('/dev/null'), { cwd: benchDir });
  checkStatus('pdguard scan big.txt', run);
  const rssMb = run.peakRssBytes / MiB;
  log(`  ${fmtMb(big.bytes)} in ${fmtTime(run.ms)} (${Math.round(big.bytes / MiB / (run.ms / 1000))} MB/s), peak RSS ${Math.round(rssMb)} MB (warm-up run: ${fmtMb(warm.peakRssBytes)})`);
  return {
    ok: check.missed.length === 0,
    rows: [
      { benchmark: `peak RSS, ${options.bigMb >= 1024 ? `${+(options.bigMb / 1024).toFixed(1)} GB` : `${options.bigMb} MB`} file`, pdguard: `${Math.round(rssMb)} MB`, baseline: '-', ratio: '-', target: '< 200 MB', met: rssMb < 200 },
      { benchmark: `  time for that file`, pdguard: fmtTime(run.ms), baseline: '-', ratio: '-', target: '-', met: null },
      { benchmark: `planted tokens found (big file)`, pdguard: `${check.found}/${check.planted}`, baseline: '-', ratio: '-', target: 'all', met: check.missed.length === 0 },
    ],
    details: {
      bytes: big.bytes,
      ms: run.ms,
      peakRssMb: rssMb,
      warmUpPeakRssMb: warm.peakRssBytes / MiB,
      target: { peakRssMb: 200 },
      planted: { planted: check.planted, found: check.found, missed: check.missed, unexpected: check.unexpected.map((f) => ({ path: f.path, line: f.line, ruleId: f.ruleId })) },
    },
  };
}
