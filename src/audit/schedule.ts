/**
 * How the repositories of an audit share the cores. A repository's history scan matches on one
 * thread (its cat-file readers inflate beside it), so one repository at a time leaves a core idle
 * whatever the others wait for. Here up to `concurrency` repositories are audited at once, each in
 * a worker thread of its own (audit/worker.ts) when the bundle has one, the largest first (by the
 * bytes its objects inflate to, which git reads from its pack indexes and headers without
 * inflating anything): the long one starts at once, and the small ones fill the other cores
 * around it. Each in flight reads with one cat-file instead of its usual two, since the other
 * repositories keep the cores busy.
 *
 * Memory is bounded whatever the number of repositories: at most `concurrency` are in flight, a
 * worker takes its next repository only once the last one's outcome is sent (what it held is then
 * garbage), and what comes back is that repository's audit model only. The outcome is in the order of `targets` whatever order the
 * repositories finish in, so the report does not depend on timing.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AuditProgress } from '../commands/audit.js';
import { PdguardError } from '../errors.js';
import { type GitRunReport, gitObserved, runGit, spawnGit, tellGitRun, withheldFromGit } from '../git/process.js';
import type { ScanProgress } from '../pipeline/source.js';
import { type Audited, type RepositoryAuditOptions, auditRepository, mapPool } from './audit-repository.js';
import type { RepositoryTarget } from './repositories.js';

export interface ScheduleOptions {
  /** Repositories audited at once (1: one after another, in this thread). */
  concurrency: number;
  options: RepositoryAuditOptions;
  onProgress?: (progress: AuditProgress) => void;
  onWarning?: (message: string) => void;
}

/** One repository's outcome: its audit, or why it could not be audited (listed in the report). */
export type Outcome = { audited: Audited } | { failed: string };

/** What a worker is given when it starts (structured-cloned); then a WorkerJob per repository, and `{ end: true }`. */
export interface WorkerInput {
  withheld: string[];
  observeGit: boolean;
}

/** What a worker sends back. */
export type WorkerReport =
  | { kind: 'progress'; phase: 'scanning' | 'exposure'; progress: ScanProgress }
  | { kind: 'warning'; message: string }
  | { kind: 'git'; run: GitRunReport }
  | { kind: 'done'; audited: Audited }
  | { kind: 'failed'; reason: string; known: boolean };

/** The bundled worker beside the entries (this module is in a chunk, or an entry); absent when running from the TypeScript sources. */
function workerScript(): string | null {
  if (import.meta.url.endsWith('.ts')) return null;
  for (const candidate of ['../audit-worker.js', './audit-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol !== 'file:') return null;
    const path = fileURLToPath(url);
    if (existsSync(path)) return path;
  }
  return null;
}

interface Size {
  objects: number;
  bytes: number;
}

/** How many objects a repository holds (`git count-objects`): loose and packed, a cheap measure of its size. */
async function objectCount(target: RepositoryTarget): Promise<Size> {
  const run = await runGit(target.repo.dir, ['count-objects', '-v']);
  if (run.code !== 0) return { objects: 0, bytes: 0 };
  const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(run.stdout)?.[1] ?? 0);
  return { objects: field('count') + field('in-pack'), bytes: 0 };
}

/**
 * Objects and the bytes they inflate to: what the scan will read, from the pack indexes and each
 * object's header (a delta's header gives its result's size), so nothing is inflated. A pack's
 * own size says little: a dense history of large files deltas down to almost nothing.
 */
async function inflatedSize(target: RepositoryTarget): Promise<Size> {
  const child = spawnGit(target.repo.dir, ['cat-file', '--batch-all-objects', '--unordered', '--batch-check=%(objectsize)']);
  child.stdin.end();
  child.stderr.resume();
  const size = { objects: 0, bytes: 0 };
  let rest = '';
  child.stdout.setEncoding('latin1');
  child.stdout.on('data', (text: string) => {
    const lines = (rest + text).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      size.objects++;
      size.bytes += Number(line) || 0;
    }
  });
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(-1));
    child.on('close', resolve);
  });
  // An estimate only: a repository git cannot list is scheduled last, and fails in its own audit.
  return code === 0 ? size : { objects: 0, bytes: 0 };
}

export async function auditAll(targets: readonly RepositoryTarget[], schedule: ScheduleOptions): Promise<Outcome[]> {
  const concurrency = Math.max(1, Math.min(schedule.concurrency, targets.length));
  const parallel = concurrency > 1;
  const sizes =
    parallel ? await mapPool(targets, concurrency, inflatedSize) : schedule.onProgress ? await mapPool(targets, 4, objectCount) : targets.map(() => ({ objects: 0, bytes: 0 }));
  // Largest first; equal sizes in the order given.
  const order = targets.map((_, i) => i).sort((a, b) => sizes[b]!.bytes - sizes[a]!.bytes || a - b);
  const progress = schedule.onProgress ? new ProgressTally(targets, sizes.map((s) => s.objects), schedule.onProgress) : null;
  const script = parallel ? workerScript() : null;
  const outcomes: Outcome[] = new Array(targets.length);
  let next = 0;
  let unfinished = targets.length;
  let stopped: unknown = null;
  const lanes: (LaneWorker | null)[] = [];

  const runOne = async (lane: LaneWorker | null, index: number): Promise<Outcome> => {
    const target = targets[index]!;
    // Alone at the end, a repository takes its usual readers again.
    const options: RepositoryAuditOptions = parallel && unfinished > 1 ? { ...schedule.options, readers: 1 } : schedule.options;
    const onProgress = progress ? (phase: 'scanning' | 'exposure', p: ScanProgress) => progress.update(index, phase, p) : undefined;
    const inWorker = lane?.audit(target, options, onProgress, schedule.onWarning);
    if (inWorker) return inWorker;
    try {
      return { audited: await auditRepository(target, options, { ...(onProgress ? { onProgress } : {}), ...(schedule.onWarning ? { onWarning: schedule.onWarning } : {}) }) };
    } catch (error) {
      if (error instanceof PdguardError) return { failed: error.message };
      throw error;
    }
  };
  const lane = async (): Promise<void> => {
    // One worker per lane, for every repository it takes: a worker starts (loads the bundle, builds the rules) once.
    let worker = script ? new LaneWorker(script) : null;
    const slot = lanes.push(worker) - 1;
    try {
      while (next < order.length && stopped === null) {
        const index = order[next++]!;
        progress?.start(index);
        try {
          outcomes[index] = await runOne(worker, index);
        } catch (error) {
          // A fault of pdguard's own, not of the repository: the audit stops, and the others with it.
          stopped ??= error;
          for (const other of lanes) other?.stop();
          return;
        }
        unfinished--;
        progress?.finish(index);
        // After a large repository, a fresh worker: V8 keeps the heap it grew, and the next ones are smaller.
        if (worker && sizes[index]!.bytes > RECYCLE_BYTES && next < order.length) {
          await worker.end();
          worker = lanes[slot] = new LaneWorker(script!);
        }
      }
    } finally {
      await worker?.end();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  if (stopped !== null) throw stopped;
  return outcomes;
}

/** A repository whose objects inflate to more than this gets a worker to itself: its heap goes with it. */
const RECYCLE_BYTES = 64 * 2 ** 20;

/** A job for a worker: one repository. */
export interface WorkerJob {
  target: RepositoryTarget;
  options: RepositoryAuditOptions;
  progress: boolean;
}

/**
 * A worker thread that audits the repositories of one lane, one at a time: what it held for one is
 * garbage once its outcome is sent, so its memory is that of the largest it audited, not the sum.
 */
class LaneWorker {
  private readonly worker: Worker;
  private exited = false;
  /** The job in flight: where its reports go. */
  private current: { report: (report: WorkerReport) => void; fail: (error: Error) => void } | null = null;

  constructor(script: string) {
    const input: WorkerInput = { withheld: withheldFromGit(), observeGit: gitObserved() };
    this.worker = new Worker(script, { workerData: input });
    this.worker.on('message', (report: WorkerReport) => this.current?.report(report));
    this.worker.on('error', (error) => this.current?.fail(error));
    this.worker.on('exit', (code) => {
      this.exited = true;
      this.current?.fail(new Error(`a worker of the audit stopped before its repository's audit ended (exit ${code})`));
    });
  }

  /** The outcome of auditing `target` here, or null when its options cannot cross to a worker (a library caller's rule holding a function): then it runs in the audit's own thread. */
  audit(
    target: RepositoryTarget,
    options: RepositoryAuditOptions,
    onProgress: ((phase: 'scanning' | 'exposure', p: ScanProgress) => void) | undefined,
    onWarning: ((message: string) => void) | undefined,
  ): Promise<Outcome> | null {
    if (this.exited) return Promise.reject(new Error('a worker of the audit is gone'));
    const job: WorkerJob = { target, options, progress: onProgress !== undefined };
    try {
      this.worker.postMessage(job);
    } catch (error) {
      if (error instanceof Error && error.name === 'DataCloneError') return null;
      throw error;
    }
    return new Promise<Outcome>((resolve, reject) => {
      const settle = (outcome: Outcome | Error): void => {
        this.current = null;
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
      this.current = {
        fail: settle,
        report: (report) => {
          switch (report.kind) {
            case 'progress':
              onProgress?.(report.phase, report.progress);
              break;
            case 'warning':
              onWarning?.(report.message);
              break;
            case 'git':
              tellGitRun(report.run);
              break;
            case 'done':
              settle({ audited: report.audited });
              break;
            case 'failed':
              settle(report.known ? { failed: report.reason } : new Error(report.reason));
              break;
          }
        },
      };
    });
  }

  /** No more repositories: the worker ends when it has nothing left to do. */
  async end(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage({ end: true });
    await exited;
  }

  stop(): void {
    void this.worker.terminate();
  }
}

/**
 * The progress of the whole audit from its repositories' own, whichever order they come in: done
 * is counted by objects (those of the repositories finished, and what the others in flight have
 * read of theirs), the bytes over all of them.
 */
class ProgressTally {
  private readonly read: number[];
  private readonly bytes: number[];
  private readonly finished: boolean[];
  private readonly inFlight = new Set<number>();
  private readonly total: number;

  constructor(
    private readonly targets: readonly RepositoryTarget[],
    private readonly objects: number[],
    private readonly emit: (progress: AuditProgress) => void,
  ) {
    this.read = objects.map(() => 0);
    this.bytes = objects.map(() => 0);
    this.finished = objects.map(() => false);
    this.total = objects.reduce((a, b) => a + b, 0);
  }

  start(index: number): void {
    this.inFlight.add(index);
  }

  finish(index: number): void {
    this.inFlight.delete(index);
    this.finished[index] = true;
  }

  update(index: number, phase: 'scanning' | 'exposure', p: ScanProgress): void {
    const here = this.objects[index]!;
    this.read[index] = phase === 'exposure' ? here : Math.min(p.commits + p.blobs, here);
    this.bytes[index] = p.bytes;
    let before = 0;
    let done = 0;
    for (let i = 0; i < this.objects.length; i++) {
      if (this.finished[i]) done++;
      if (i !== index) before += this.finished[i] ? this.objects[i]! : this.read[i]!;
    }
    this.emit({
      ...p,
      repository: index + 1,
      repositories: this.targets.length,
      name: this.targets[index]!.name,
      objectsBefore: before,
      objectsHere: here,
      objectsTotal: this.total,
      phase,
      finished: done,
      running: [...this.inFlight].sort((a, b) => a - b).map((i) => this.targets[i]!.name),
      bytesSoFar: this.bytes.reduce((a, b) => a + b, 0),
    });
  }
}
