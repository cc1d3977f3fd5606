// The list of benchmarks. Each returns { rows: table rows, details: figures for results.json, ok: boolean }.
import { benchBigFile } from './big.mjs';
import { benchDense } from './dense.mjs';
import { benchHistory } from './history.mjs';
import { benchStaged } from './staged.mjs';
import { benchStartup } from './startup.mjs';
import { benchTree } from './tree.mjs';

export const BENCHMARKS = [
  { name: 'tree', title: 'Scan throughput vs ripgrep', needs: ['rg'], run: benchTree },
  { name: 'dense', title: 'Text that names PagerDuty on every line vs ripgrep', needs: ['rg'], run: benchDense },
  { name: 'big', title: 'Peak memory on one big file', needs: [], run: benchBigFile },
  { name: 'startup', title: 'Start-up', needs: ['hyperfine'], run: benchStartup },
  { name: 'history', title: 'Full git history vs git alone and vs a diff-based scan', needs: ['git'], run: benchHistory },
  { name: 'staged', title: 'pdguard staged in an index of 5,000 files', needs: ['git'], run: benchStaged },
];
