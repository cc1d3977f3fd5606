/**
 * A worker thread of audit/schedule.ts: audits one repository (audit/audit-repository.ts) and
 * sends back its audit model, then ends, so that all it held goes with it. What the audit's own
 * thread would have told as it went (progress, warnings, --debug's git runs) is sent as messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PdguardError } from '../errors.js';
import { observeGit, withholdFromGit } from '../git/process.js';
import type { ScanProgress } from '../pipeline/source.js';
import { auditRepository } from './audit-repository.js';
import type { WorkerInput, WorkerReport } from './schedule.js';

const input = workerData as WorkerInput;
const post = (report: WorkerReport): void => parentPort!.postMessage(report);
// This thread starts with none of the audit thread's module state: the token's name stays out of git's environment here too.
withholdFromGit(input.withheld);
if (input.observeGit) observeGit((run) => post({ kind: 'git', run }));

/** Progress comes for every blob: a message at most every PROGRESS_MS, and at each change of phase. */
const PROGRESS_MS = 50;
let sent = 0;
let phase: string | undefined;
const onProgress = (next: 'scanning' | 'exposure', progress: ScanProgress): void => {
  const now = performance.now();
  if (next === phase && now - sent < PROGRESS_MS) return;
  sent = now;
  phase = next;
  post({ kind: 'progress', phase: next, progress });
};

try {
  const audited = await auditRepository(input.target, input.options, {
    ...(input.progress ? { onProgress } : {}),
    onWarning: (message) => post({ kind: 'warning', message }),
  });
  post({ kind: 'done', audited });
} catch (error) {
  post({ kind: 'failed', reason: error instanceof Error ? error.message : String(error), known: error instanceof PdguardError });
}
