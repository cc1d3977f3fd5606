/**
 * Scanning many files on every core. The main thread and a few worker threads take files from one
 * list through a shared atomic counter: no messages per file, no idle thread while others work.
 * Small scans (a hook, a few files) stay on the main thread: starting a worker costs more than
 * scanning a few hundred files.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompiledRules } from '../engine/compiled-rules.js';
import type { Match, Rule, SkipKind } from '../types.js';
import { type FileOutcome, scanFile } from './read.js';

/** Below this many files, one thread: a worker takes tens of milliseconds to start. */
export const PARALLEL_MIN_FILES = 400;
const MAX_WORKERS = 3;

/** What a worker sends back: matches with rule ids instead of rule objects. */
export type WireOutcome =
  | { kind: 'scanned'; bytes: number; matches: (Omit<Match, 'rule'> & { ruleId: string })[] }
  | { kind: 'skipped'; skip: SkipKind; reason: string };

export interface WorkerInput {
  files: string[];
  counter: SharedArrayBuffer;
  rules: Rule[];
}

export function toWire(outcome: FileOutcome): WireOutcome {
  if (outcome.kind === 'skipped') return outcome;
  return { kind: 'scanned', bytes: outcome.bytes, matches: outcome.matches.map(({ rule, ...m }) => ({ ...m, ruleId: rule.id })) };
}

function fromWire(wire: WireOutcome, rules: Map<string, Rule>): FileOutcome {
  if (wire.kind === 'skipped') return wire;
  return { kind: 'scanned', bytes: wire.bytes, matches: wire.matches.map(({ ruleId, ...m }) => ({ ...m, rule: rules.get(ruleId)! })) };
}

/** The bundled worker next to this module's chunk; absent when running from the TypeScript sources. */
function workerScript(): string | null {
  const url = new URL('../scan-worker.js', import.meta.url);
  if (url.protocol !== 'file:' || import.meta.url.endsWith('.ts')) return null;
  const path = fileURLToPath(url);
  return existsSync(path) ? path : null;
}

/** Scan `files` (absolute paths); `onOutcome` gets each file's index and outcome, in any order. */
export async function scanFiles(compiled: CompiledRules, files: readonly string[], onOutcome: (index: number, outcome: FileOutcome) => void): Promise<void> {
  const threads = Math.min(MAX_WORKERS, availableParallelism() - 1);
  const script = files.length >= PARALLEL_MIN_FILES && threads > 0 ? workerScript() : null;
  if (!script) {
    files.forEach((file, i) => onOutcome(i, scanFile(compiled, file)));
    return;
  }
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const done = new Uint8Array(files.length);
  const rules = new Map(compiled.rules.map((r) => [r.id, r]));
  const input: WorkerInput = { files: [...files], counter, rules: [...compiled.rules] };
  const finish = (i: number, outcome: FileOutcome): void => {
    done[i] = 1;
    onOutcome(i, outcome);
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(script, { workerData: input });
    return new Promise<void>((resolve) => {
      worker.on('message', (batch: [number, WireOutcome][]) => {
        for (const [i, wire] of batch) finish(i, fromWire(wire, rules));
      });
      // A worker that fails is not fatal: what it claimed and did not report is scanned below.
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
    });
  });
  // The main thread takes its share too.
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) finish(i, scanFile(compiled, files[i]!));
  await Promise.all(workers);
  for (let i = 0; i < files.length; i++) if (!done[i]) finish(i, scanFile(compiled, files[i]!));
}
