/** `pdguard staged`: what the next commit adds, as the pre-commit hook runs it. */
import type { Repo } from '../git/repo.js';
import { runScan } from '../pipeline/run.js';
import { settle } from '../pipeline/settle.js';
import { stagedSource } from '../sources/staged.js';
import type { ScanResult } from '../types.js';
import type { GitScanOptions } from './history.js';

export async function scanStaged(options: GitScanOptions = {}): Promise<ScanResult> {
  return (await scanStagedIn(options)).result;
}

/** The scan and the repository it was run in (the CLI's report writes paths from its top). */
export async function scanStagedIn(options: GitScanOptions = {}): Promise<{ result: ScanResult; repo: Repo }> {
  const source = await stagedSource(options.repo ?? '.');
  return { result: await settle(await runScan(source, options), options), repo: source.repo };
}
