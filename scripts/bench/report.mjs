// The figures as a table on the terminal and as .bench/results.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, log } from './common.mjs';

export function printTable(rows) {
  const header = { benchmark: 'benchmark', pdguard: 'pdguard', baseline: 'baseline', ratio: 'ratio', target: 'target', met: null };
  const columns = ['benchmark', 'pdguard', 'baseline', 'ratio', 'target'];
  const width = Object.fromEntries(columns.map((c) => [c, Math.max(...[header, ...rows].map((r) => r[c].length)) + 3]));
  const render = (r) => columns.map((c) => r[c].padEnd(width[c])).join('') + (r.met === false ? 'MISSED' : r.met ? 'ok' : '');
  log('');
  log(render(header));
  for (const row of rows) log(render(row));
}

/** Write the record of this run to .bench/results.json (the message after it says where). */
export function writeResults(record) {
  const resultsPath = join(benchDir, 'results.json');
  writeFileSync(resultsPath, `${JSON.stringify(record, null, 2)}\n`);
}
