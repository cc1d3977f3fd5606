/** `pdguard staged`: what the next commit adds, as the pre-commit hook runs it. */
import { runScan } from '../pipeline/run.js';
import { settle } from '../pipeline/settle.js';
import { stagedSource } from '../sources/staged.js';
import type { ScanResult } from '../types.js';
import type { GitScanOptions } from './history.js';

export async function scanStaged(options: GitScanOptions = {}): Promise<ScanResult> {
  return settle(await runScan(await stagedSource(options.repo ?? '.'), options), options);
}
