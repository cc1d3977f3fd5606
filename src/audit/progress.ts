/**
 * The progress line of an audit over many repositories: which repository of how many, blobs and
 * bytes so far, the rate, and an estimate of the time left. A pure function of the progress and the
 * elapsed time, so that it is tested without a clock; the CLI draws it (cli/progress.ts throttles).
 */
import type { AuditProgress } from '../commands/audit.js';
import { formatBytes, plural } from '../report/present.js';

/** `1h 02m`, `3m 05s`, `42s`. */
export function formatEta(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/**
 * How much of the audit is done, by objects: the other repositories' (those finished, and what those
 * in flight beside this one have read), and of this one the commits and blobs read (trees are not counted, so this errs on the slow side). Null without counts.
 */
export function fractionDone(p: AuditProgress): number | null {
  if (p.objectsTotal <= 0) return null;
  const here = Math.min(p.commits + p.blobs, p.objectsHere);
  return Math.min(1, (p.objectsBefore + (p.phase === 'exposure' ? p.objectsHere : here)) / p.objectsTotal);
}

/** Names shown for the repositories in flight: as many as there are cores, at most this many. */
const NAMES_SHOWN = 3;

/**
 * One repository in flight: its place, blobs and bytes. Several: how many are finished and which
 * are in flight, and the bytes of all. The rate and the estimate are the whole audit's.
 */
export function describeAuditProgress(p: AuditProgress, elapsedSeconds: number, bytesSoFar: number): string {
  const seconds = Math.max(elapsedSeconds, 0.001);
  const several = p.running.length > 1;
  const names = p.running.slice(0, NAMES_SHOWN).join(', ') + (p.running.length > NAMES_SHOWN ? ', …' : '');
  const parts = several
    ? [`repositories ${p.finished} of ${p.repositories} done, ${p.running.length} in progress (${names})`, `${formatBytes(bytesSoFar)} read`]
    : [
        `repository ${p.repository} of ${p.repositories} (${p.name})`,
        p.phase === 'exposure' ? 'exposure' : `${plural(p.blobs, 'blob')}, ${formatBytes(p.bytes)}`,
      ];
  parts.push(`${formatBytes(bytesSoFar / seconds)}/s`);
  const done = fractionDone(p);
  // An estimate from the first moments would jump about: wait for a little history.
  if (done !== null && done > 0.01 && elapsedSeconds >= 2) parts.push(`ETA ${formatEta((elapsedSeconds * (1 - done)) / done)}`);
  return `pdguard: ${parts.join(', ')}`;
}

/** While clones are made: how many of how many, the last one, and the time left at this pace. */
export function describeCloneProgress(p: { done: number; total: number; name: string }, elapsedSeconds: number): string {
  const parts = [`cloned ${p.done} of ${p.total} (${p.name})`];
  if (p.done > 0 && p.done < p.total && elapsedSeconds >= 2) parts.push(`ETA ${formatEta((elapsedSeconds * (p.total - p.done)) / p.done)}`);
  return `pdguard: ${parts.join(', ')}`;
}
