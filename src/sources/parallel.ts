/**
 * Scanning many files on every core, while the walk is still finding them. The main thread walks
 * and hands the files found so far to worker threads in batches; every thread (the main one too,
 * once the walk is over) takes the next file through one shared atomic counter: no message per
 * file, no idle thread while others work, and no thread waiting for the walk to end.
 *
 * Workers start only where they pay: each costs about 0.2 s of CPU before it is of use (Node's own
 * start in a thread, the rules compiled again, every hot function compiled again) and tens of
 * milliseconds before its first file, as much as scanning thousands of ordinary files. So a walk
 * that finds very many files starts them at once; otherwise the main thread scans, and starts them
 * when its own pace says that much more than that is left (a tree of few large or keyword-dense files).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompiledRules } from '../engine/compiled-rules.js';
import type { Match, Rule, SkipKind } from '../types.js';
import { type FileOutcome, type Listed, type ReadLimits, scanFile } from './read.js';
import type { FsPath } from './walk.js';

/** A walk that finds this many files starts the workers at once (alone, about 40 µs a file). */
export const PARALLEL_MIN_FILES = 8_000;
/**
 * After the walk: workers start when the main thread's pace says at least this much CPU time is
 * left. On two idle cores a worker saves at most half of what is left, less its start; on a busy
 * machine, where its core is not free, it cost more than it saved below this (measured on trees of
 * 3,000 to 5,000 source files, 26 to 46 MB).
 */
export const PARALLEL_MIN_LEFT_MS = 500;
/** The main thread's pace is measured over windows of at least this long. */
const PACE_WINDOW_MS = 20;
const MAX_WORKERS = 3;
/** Files are handed to the workers this many at a time. */
const BATCH = 256;

/** What a worker sends back: matches with rule ids instead of rule objects. */
export type WireOutcome =
  | { kind: 'scanned'; bytes: number; matches: (Omit<Match, 'rule'> & { ruleId: string })[]; listed?: Listed }
  | { kind: 'skipped'; skip: SkipKind; reason: string };

export interface WorkerInput {
  counter: SharedArrayBuffer;
  rules: Rule[];
  limits: ReadLimits;
}

/** From the main thread to a worker: more files (in order), or the end of the list. */
/** `named`: each file's path as the scan names it (relative to the scanned folder): evidence, see read.ts evidencePath. */
export type WorkerMessage = { files: FsPath[]; named: string[] } | { done: true };

export function toWire(outcome: FileOutcome): WireOutcome {
  if (outcome.kind === 'skipped') return outcome;
  const matches = outcome.matches.map(({ rule, ...m }) => ({ ...m, ruleId: rule.id }));
  return { kind: 'scanned', bytes: outcome.bytes, matches, ...(outcome.listed ? { listed: outcome.listed } : {}) };
}

export function fromWire(wire: WireOutcome, rules: Map<string, Rule>): FileOutcome {
  if (wire.kind === 'skipped') return wire;
  const matches = wire.matches.map(({ ruleId, ...m }) => ({ ...m, rule: rules.get(ruleId)! }));
  return { kind: 'scanned', bytes: wire.bytes, matches, ...(wire.listed ? { listed: wire.listed } : {}) };
}

/** The bundled worker next to this module's chunk; absent when running from the TypeScript sources. */
export function workerScript(name = 'scan-worker'): string | null {
  const url = new URL(`../${name}.js`, import.meta.url);
  if (url.protocol !== 'file:' || import.meta.url.endsWith('.ts')) return null;
  const path = fileURLToPath(url);
  return existsSync(path) ? path : null;
}

/** A worker that fails is not fatal: what it claimed and did not report is scanned at the end. */
interface Crew {
  workers: Worker[];
  finished: Promise<void>;
  /** Files already handed to the workers. */
  sent: number;
}

export interface FileQueue {
  /** Another file to scan (its index is the number of files added before it), and its path as the scan names it. */
  add(file: FsPath, named: string): void;
  /** No more files: scan what is left; resolves when every file's outcome was given, with the number of threads that scanned. */
  finish(): Promise<number>;
}

/** Files scanned as they are added; `onOutcome` gets each file's index and outcome, in any order. */
export function fileQueue(compiled: CompiledRules, limits: ReadLimits, onOutcome: (index: number, outcome: FileOutcome) => void): FileQueue {
  const threads = Math.min(MAX_WORKERS, availableParallelism() - 1);
  const script = threads > 0 ? workerScript() : null;
  const files: FsPath[] = [];
  const named: string[] = [];
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const done: boolean[] = [];
  const rules = new Map(compiled.rules.map((r) => [r.id, r]));
  let crew: Crew | null = null;
  const finish = (i: number, outcome: FileOutcome): void => {
    if (done[i]) return;
    done[i] = true;
    onOutcome(i, outcome);
  };
  const send = (c: Crew): void => {
    if (c.sent === files.length) return;
    const message: WorkerMessage = { files: files.slice(c.sent), named: named.slice(c.sent) };
    for (const worker of c.workers) worker.postMessage(message);
    c.sent = files.length;
  };
  const start = (): Crew => {
    const input: WorkerInput = { counter, rules: [...compiled.rules], limits };
    const workers = Array.from({ length: threads }, () => new Worker(script!, { workerData: input }));
    const finished = Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.on('message', (batch: [number, WireOutcome][]) => {
              for (const [i, wire] of batch) finish(i, fromWire(wire, rules));
            });
            worker.on('error', () => resolve());
            worker.on('exit', () => resolve());
          }),
      ),
    ).then(() => undefined);
    return { workers, finished, sent: 0 };
  };
  return {
    add(file, name) {
      files.push(file);
      named.push(name);
      if (!crew && script && files.length >= PARALLEL_MIN_FILES) crew = start();
      if (crew && files.length - crew.sent >= BATCH) send(crew);
    },
    async finish() {
      const complete = (c: Crew): void => {
        send(c);
        for (const worker of c.workers) worker.postMessage({ done: true } satisfies WorkerMessage);
      };
      if (crew) complete(crew);
      // The main thread takes its share too, and starts the workers if what is left is long: its
      // pace is CPU time per file (a busy machine slows the clock, not the work), over windows.
      const cpu = (): number => {
        const used = process.cpuUsage();
        return (used.user + used.system) / 1000;
      };
      // The first two windows are not counted (every function is still cold, and compiled meanwhile:
      // a file took 1 ms in the first, 0.1 ms in the second, 0.04 ms after); of the others, the
      // fastest is taken (a busy machine slows some of them, never the work).
      const pace = { since: performance.now(), cpu: cpu(), scanned: 0, windows: 0, best: Infinity };
      for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
        finish(i, scanFile(compiled, files[i]!, limits, named[i]));
        if (crew || !script) continue;
        pace.scanned++;
        if (performance.now() - pace.since < PACE_WINDOW_MS) continue;
        const spent = cpu() - pace.cpu;
        if (pace.windows++ > 1) pace.best = Math.min(pace.best, spent / pace.scanned);
        if (pace.windows > 3 && pace.best * (files.length - i - 1) >= PARALLEL_MIN_LEFT_MS) complete((crew = start()));
        pace.since = performance.now();
        pace.cpu += spent;
        pace.scanned = 0;
      }
      if (crew) await crew.finished;
      for (let i = 0; i < files.length; i++) if (!done[i]) finish(i, scanFile(compiled, files[i]!, limits, named[i]));
      return 1 + (crew?.workers.length ?? 0);
    },
  };
}
