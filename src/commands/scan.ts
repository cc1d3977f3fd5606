/**
 * `pdguard scan`: files, directories and standard input. The library entry the CLI and the Action
 * stand on; it never touches argv, the environment or the exit code.
 */
import { runScan, type RunOptions } from '../pipeline/run.js';
import { settle, type SettleOptions } from '../pipeline/settle.js';
import { type FilesSourceOptions, filesSource } from '../sources/files.js';
import type { ScanResult } from '../types.js';

/** What every scanning command takes: the rules and configuration (run.ts), suppression and verification (settle.ts). */
export type CommonOptions = RunOptions & SettleOptions;

export type ScanOptions = FilesSourceOptions & CommonOptions;

export async function scan(options: ScanOptions = {}): Promise<ScanResult> {
  return settle(await runScan(await filesSource(options), options), options);
}
