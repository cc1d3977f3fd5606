/**
 * A worker thread of audit/schedule.ts: audits the repositories it is given, one at a time
 * (audit/audit-repository.ts), and sends back each one's audit model; what it held for one is
 * garbage before the next comes. What the audit's own
 * thread would have told as it went (progress, warnings, --debug's git runs) is sent as messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PdguardError } from '../errors.js';
import { observeGit, withholdFromGit } from '../git/process.js';
import type { ScanProgress } from '../pipeline/source.js';
import { auditRepository } from './audit-repository.js';
import type { WorkerInput, WorkerJob, WorkerReport } from './schedule.js';

const input = workerData as WorkerInput;
const post = (report: WorkerReport): void => parentPort!.postMessage(report);
// This thread starts with none of the audit thread's module state: the token's name stays out of git's environment here too.
withholdFromGit(input.withheld);
if (input.observeGit) observeGit((run) => post({ kind: 'git', run }));

/** Progress comes for every blob: a message at most every PROGRESS_MS, and at each change of phase. */
const PROGRESS_MS = 50;

async function run(job: WorkerJob): Promise<void> {
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
    const audited = await auditRepository(job.target, job.options, {
      ...(job.progress ? { onProgress } : {}),
      onWarning: (message) => post({ kind: 'warning', message }),
    });
    post({ kind: 'done', audited });
  } catch (error) {
    post({ kind: 'failed', reason: error instanceof Error ? error.message : String(error), known: error instanceof PdguardError });
  }
}

// One repository at a time: the next job comes only once this one's outcome is sent.
parentPort!.on('message', (message: WorkerJob | { end: true }) => {
  if ('end' in message) parentPort!.close();
  else void run(message);
});
