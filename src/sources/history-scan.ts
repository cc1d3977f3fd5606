/**
 * History's blobs read through cat-file and matched as their content comes, on both cores.
 *
 * Matching costs more than git's reading: on terraform's history (4 GB of blobs) 18–20 s of CPU
 * against 5–6 s for cat-file, so one thread that matches everything is the whole run's length,
 * whatever git does. So there are two lanes, each its own cat-file and matcher: one on the main
 * thread, one in a worker thread (history-worker.ts). Blobs are asked for in batches, each to the
 * lane that owes fewest answers; a batch is cut only where a delta tree begins (pack-order.ts
 * packPlan), so each tree's blobs go to one cat-file and no two rebuild the same delta bases. With
 * a few blobs (or no worker to start), one lane on the main thread: a worker costs tens of ms.
 */
import { Worker } from 'node:worker_threads';
import type { CompiledRules } from '../engine/compiled-rules.js';
import { InputError } from '../errors.js';
import { type BlobSink, BlobReader } from '../git/catfile.js';
import { type GitRunReport, gitObserved, tellGitRun, withheldFromGit } from '../git/process.js';
import { OidTable } from '../history/oids.js';
import type { SourceEvents, SourceTotals } from '../pipeline/source.js';
import type { Match, Rule, SkipKind } from '../types.js';
import { type WireOutcome, fromWire, workerScript } from './parallel.js';
import { type FileOutcome, scanningSink } from './read.js';

export interface HistoryWorkerInput {
  dir: string;
  rules: Rule[];
  /** Environment variables git must not get (process.ts withholdFromGit). */
  withheld: string[];
  /** Report the worker's git processes (--debug). */
  debug: boolean;
  /** The paths of the blobs whose path is evidence (BlobScanOptions.paths). */
  paths: [string, string][];
}
export type HistoryWorkerRequest = { lines: Uint8Array; count: number } | { done: true };
export type HistoryWorkerReply =
  | { answered: number; bytes: number; found: [string, WireOutcome][]; clean: string[]; listed: [string, SkipKind, string][]; missing: string[] }
  | { git: GitRunReport }
  | { closed: true }
  | { error: string };

/**
 * Below this many blobs, one lane: starting a worker costs tens of ms, more than a push's few
 * blobs take. A few hundred can be large (947 versions of a 600 KB schema), so the bar is low.
 */
export const TWO_LANES_MIN = 256;
/** A lane is given more once it owes fewer answers than this (BlobScanOptions.room by default). */
const ROOM = 8192;
/** The worker's young generation (V8 semi-spaces), MB. */
const WORKER_YOUNG_MB = 8;

interface Lane {
  /** Blobs asked for and not answered yet. */
  pending: number;
  request(lines: Buffer, count: number): void;
  close(): Promise<void>;
  kill(): void;
}

export interface BlobScanOptions {
  dir: string;
  rules: CompiledRules;
  totals: SourceTotals;
  events: SourceEvents;
  /** The blobs to be read. */
  blobs: OidTable;
  /** Lists a blob that was searched but could not all be read as text (FileOutcome.listed). */
  list: SourceEvents['skipped'];
  /** A blob cat-file says the repository lacks. */
  missing: (oid: string) => void;
  /** The paths of the blobs whose path is evidence (objects.ts listBlobs): they are scanned as files there. */
  paths?: ReadonlyMap<string, string>;
  /** At most this many lanes (1: no worker, when other repositories take the other cores). */
  lanes?: number;
  /**
   * How many answers a lane may owe before it is given more: about two of the caller's batches, so
   * that each lane always has one waiting and the next goes to whichever drains first. Counted in
   * blobs, which say nothing of their size: given all at once, a short list of large blobs split
   * evenly by count left one lane idle half the run (PagerDuty's API schema: 917 blobs, 656 MB).
   */
  room?: number;
}

export class BlobScan {
  /** The matches of the blobs with findings. */
  readonly found = new Map<string, Match[]>();
  /** Blobs scanned without a finding. */
  readonly clean: OidTable;
  /** Blobs the size stage held back (they are not read, so not in the total). */
  tooLarge = 0;
  private readonly lanes: Lane[] = [];
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  private constructor(private readonly options: BlobScanOptions) {
    this.clean = new OidTable(options.blobs.length, options.blobs.width);
  }

  /** The lanes for `options.blobs`: two when there are many and a worker can be started, else one. */
  static async open(options: BlobScanOptions): Promise<BlobScan> {
    const scan = new BlobScan(options);
    scan.lanes.push(await scan.localLane());
    const script = options.blobs.length >= TWO_LANES_MIN && (options.lanes ?? 2) > 1 ? workerScript('history-worker') : null;
    if (script) scan.lanes.push(scan.workerLane(script));
    return scan;
  }

  /** Ask for the blobs whose ids are the hex lines `lines`, once a lane has room. */
  async add(lines: Buffer, count: number): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      const lane = this.leastOwing();
      if (lane.pending < (this.options.room ?? ROOM)) return lane.request(lines, count);
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Ask for `oids` at once (the size stage's answers come as they come). */
  addAll(oids: readonly string[]): void {
    if (oids.length) this.leastOwing().request(Buffer.from(`${oids.join('\n')}\n`, 'latin1'), oids.length);
  }

  /** No more requests: resolves once every answer is in. */
  async close(): Promise<void> {
    const closed = await Promise.allSettled(this.lanes.map((lane) => lane.close()));
    if (this.failure) throw this.failure;
    for (const result of closed) if (result.status === 'rejected') throw result.reason;
  }

  kill(): void {
    for (const lane of this.lanes) lane.kill();
  }

  private leastOwing(): Lane {
    return this.lanes.reduce((a, b) => (b.pending < a.pending ? b : a));
  }

  private woken(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.woken();
  }

  /** One blob's outcome, counted and kept (its bytes are counted by the caller). */
  private record(oid: string, outcome: FileOutcome): void {
    this.options.totals.blobs++;
    if (outcome.kind === 'scanned' && outcome.matches.length) this.found.set(oid, outcome.matches);
    else this.clean.pushHex(oid);
    if (outcome.kind === 'scanned' && outcome.listed) this.options.list({ path: `blob ${oid}`, kind: outcome.listed.skip, reason: outcome.listed.reason });
  }

  private progress(): void {
    const { totals, events, blobs } = this.options;
    events.progress({ commits: totals.commits, blobs: totals.blobs, bytes: totals.bytes, blobsTotal: blobs.length - this.tooLarge });
  }

  /** A cat-file read and matched on this thread. */
  private async localLane(): Promise<Lane> {
    const reader = await BlobReader.open(this.options.dir);
    const lane: Lane = {
      pending: 0,
      request: (lines, count) => {
        lane.pending += count;
        reader.requestLines(lines, count, sink);
      },
      close: () => reader.close(),
      kill: () => reader.kill(),
    };
    const answered = () => {
      lane.pending--;
      this.woken();
    };
    // The scanner of the blob whose content is coming, made when its first bytes arrive.
    let current: ReturnType<typeof scanningSink> | undefined;
    const scanner = (oid: string) =>
      (current ??= scanningSink(this.options.rules, (outcome, size) => {
        current = undefined;
        this.options.totals.bytes += size;
        this.record(oid, outcome);
        this.progress();
        answered();
      }, this.options.paths?.get(oid)));
    const sink: BlobSink = {
      chunk: (data, last, oid) => scanner(oid).chunk(data, last),
      end: (size, oid) => scanner(oid).end(size),
      missing: (oid) => {
        this.options.missing(oid);
        answered();
      },
    };
    reader.finished().catch((error: Error) => this.fail(error));
    return lane;
  }

  /** A cat-file read and matched in a worker thread (history-worker.ts). */
  private workerLane(script: string): Lane {
    const { dir, rules } = this.options;
    const input: HistoryWorkerInput = { dir, rules: [...rules.rules], withheld: withheldFromGit(), debug: gitObserved(), paths: [...(this.options.paths ?? [])] };
    // A small young generation: the worker's garbage is short-lived (a region's text), and V8's
    // default semi-spaces cost 30 MB of the process's memory (terraform: 221 MB, 203 MB with 4 MB).
    const worker = new Worker(script, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const byId = new Map(rules.rules.map((r) => [r.id, r]));
    let closed = false;
    let resolveClosed!: () => void;
    let rejectClosed!: (error: Error) => void;
    const done = new Promise<void>((resolve, reject) => ((resolveClosed = resolve), (rejectClosed = reject)));
    done.catch(() => {}); // seen by close(), or through this.failure
    const fail = (error: Error) => {
      rejectClosed(error);
      this.fail(error);
    };
    const lane: Lane = {
      pending: 0,
      request: (lines, count) => {
        lane.pending += count;
        worker.postMessage({ lines, count } satisfies HistoryWorkerRequest);
      },
      close: async () => {
        worker.postMessage({ done: true } satisfies HistoryWorkerRequest);
        await done;
      },
      kill: () => void worker.terminate(),
    };
    worker.on('message', (reply: HistoryWorkerReply) => {
      if ('git' in reply) tellGitRun(reply.git);
      else if ('error' in reply) fail(new InputError(reply.error));
      else if ('closed' in reply) {
        closed = true;
        resolveClosed();
      } else {
        this.options.totals.bytes += reply.bytes;
        for (const [oid, wire] of reply.found) this.record(oid, fromWire(wire, byId));
        for (const oid of reply.clean) this.record(oid, NOTHING);
        for (const [oid, skip, reason] of reply.listed) this.options.list({ path: `blob ${oid}`, kind: skip, reason });
        for (const oid of reply.missing) this.options.missing(oid);
        lane.pending -= reply.answered;
        this.progress();
        this.woken();
      }
    });
    worker.on('error', (error) => fail(new InputError(`history scan worker failed: ${error.message}`)));
    worker.on('exit', () => {
      if (!closed) fail(new InputError('history scan worker stopped before answering every request'));
    });
    return lane;
  }
}

/** A clean blob's outcome, as the worker reports it (its id only). */
const NOTHING: FileOutcome = { kind: 'scanned', matches: [], bytes: 0 };
