/**
 * What a history audit learned, kept for the next one: which blobs were scanned and held nothing
 * (content-addressed, so true in any selection of commits), which held findings (their places and
 * the secrets' hashes, never the secrets), the commits covered (the tips walked) and where each
 * blob with findings appears. A re-audit then walks only the commits that are new, scans only the
 * blobs that are new, and still reports every finding. The commits it covers are those it walked in
 * one view of history (a shallow clone's boundary): fetched deeper, the history is walked again.
 *
 * Trust: the cache never hides a finding by itself. Blobs that held findings are scanned again on
 * every run; the commits it covers are reused only when every one of its tips is still in the
 * history being audited and the repository holds the same part of history as when they were walked
 * (its shallow boundary; git/repo.ts historyView); it is written only by a run that read every blob
 * it listed (nothing missing, too large or unreadable), so that what it covers was scanned; a file that is not a cache of this pdguard and these rules (corrupt,
 * foreign, truncated, another version) is ignored with a warning and the audit starts over. It is
 * as trusted as the git directory it lives in (or the file named): an attacker who can write it
 * can also rewrite the repository. It is written atomically and never through a symbolic link.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PdguardError } from '../errors.js';
import { refuseLinkedPath, writeFileSafely } from '../util/safe-write.js';
import type { Rule } from '../types.js';
import type { Occurrence } from './attribute.js';
import { OidSet } from './oids.js';
import { CACHE_LIMIT, POINTER_LIMIT, RefusedRead, readBoundedFile } from '../util/read-bounded.js';

const FORMAT = 'pdguard-history-cache';
const SCHEMA = 3;

/** Where a finding was in a blob, without the secret. */
export interface CachedPlace {
  ruleId: string;
  line: number;
  column: number;
  secretHash: string;
}

export interface CachedOccurrence extends Occurrence {
  file: string;
}

export interface HistoryCache {
  /** What was walked (the git revisions, as given), for which `tips` and `occurrences` hold. */
  selection: string;
  /**
   * The part of history the repository held when `tips` were walked (git/repo.ts historyView: its
   * shallow boundary): `tips` cover their history only as seen then. Null: not known, never reused.
   */
  view: string | null;
  /** The commits whose whole history was covered. */
  tips: string[];
  commits: number;
  /** Blobs scanned with no finding. */
  clean: OidSet;
  /** Blobs that held findings: scanned again on every run, never trusted. */
  findings: Map<string, CachedPlace[]>;
  occurrences: CachedOccurrence[];
}

export const emptyCache = (): HistoryCache => ({ selection: '', view: null, tips: [], commits: 0, clean: OidSet.EMPTY, findings: new Map(), occurrences: [] });

/** The default place: inside the git directory, never in the work tree. */
export function defaultCachePath(gitDir: string): string {
  return join(gitDir, 'pdguard', 'history-cache.json');
}

/** A fingerprint of the rules: any change of a rule starts the cache over. */
export function rulesKey(rules: readonly Rule[]): string {
  const text = JSON.stringify(rules, (_key, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value));
  return createHash('sha256').update(text).digest('hex');
}

interface Stored {
  format: string;
  schema: number;
  pdguard: string;
  rules: string;
  selection: string;
  view: string | null;
  tips: string[];
  commits: number;
  /** The clean blobs' ids, sorted, as one hex string (a JSON array of 165,000 strings cost 10 MB to hold). */
  clean: string;
  /** Bytes per id in `clean`: 20 (SHA-1) or 32 (SHA-256). */
  width: number;
  findings: [string, CachedPlace[]][];
  occurrences: CachedOccurrence[];
  /** The seal of everything above, as written (the file's text up to it): a truncated or edited file is not read. */
  check?: string;
}

const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * How a cache is sealed: a plain SHA-256 for a file the user named (`--cache FILE`: they vouch
 * for it, and a CI runner's key would differ on every run), and an HMAC under a key of this
 * user's own for the default file inside `.git`, which a downloaded repository can bring with it:
 * a cache planted there (claiming a secret's blob is clean) is then foreign, and ignored.
 */
export type Seal = { key: Buffer | null };

function hasher(seal: Seal) {
  return seal.key ? createHmac('sha256', seal.key) : createHash('sha256');
}

/**
 * The file's text, in pieces: the stored fields as JSON, `clean` last and written out from the
 * set's bytes a piece at a time (never one 6 MB string), then a last field `check`: the seal of
 * the JSON before it (as if it ended there), so that reading it back checks the very bytes
 * written, with no second encoding.
 */
function* sealedText(fields: Omit<Stored, 'check' | 'clean'>, clean: OidSet, seal: Seal): Generator<string> {
  const body = JSON.stringify({ ...fields, clean: '' });
  const hash = hasher(seal);
  const open = body.slice(0, -2); // up to the opening quote of clean's value
  hash.update(open);
  yield open;
  for (const piece of clean.hexPieces()) {
    hash.update(piece);
    yield piece;
  }
  hash.update('"}');
  yield `","check":"${hash.digest('hex')}"}`;
}

/** Whether `text` is sealed as `sealedText` writes it, with `check`. */
function sealIntact(text: string, check: unknown, seal: Seal): boolean {
  if (typeof check !== 'string' || !/^[0-9a-f]{64}$/.test(check)) return false;
  const tail = `,"check":"${check}"}`;
  return text.endsWith(tail) && hasher(seal).update(text.slice(0, -tail.length)).update('}').digest('hex') === check;
}

/** This user's key for caches in git directories, made once (0600) in their cache directory; null if none can be had. */
export function userSeal(env: NodeJS.ProcessEnv = process.env): Seal {
  try {
    const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
    const dir = join(base, 'pdguard');
    const file = join(dir, 'history-cache-key');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      if (lstatSync(file).isSymbolicLink()) return { key: null };
      const key = Buffer.from(readBoundedFile(file, POINTER_LIMIT).trim(), 'hex');
      if (key.length >= 32) return { key };
    } catch {
      // no key yet
    }
    const fresh = randomBytes(32);
    const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      writeSync(fd, fresh.toString('hex'));
    } finally {
      closeSync(fd);
    }
    return { key: fresh };
  } catch {
    return { key: null };
  }
}

/** The cache at `path`: empty when there is none; a warning (and empty) when it cannot be used. */
export function loadCache(path: string, pdguard: string, rules: string, seal: Seal): { cache: HistoryCache; warning?: string } {
  let text: string;
  try {
    // Never through a link, never a FIFO or a device, never past the cap (read-bounded.ts).
    text = readBoundedFile(path, CACHE_LIMIT);
  } catch (error) {
    if (error instanceof RefusedRead && error.kind === 'missing') return { cache: emptyCache() };
    if (error instanceof RefusedRead && error.kind === 'link') return { cache: emptyCache(), warning: `history cache ${path} is a symbolic link: not read` };
    if (error instanceof RefusedRead) return { cache: emptyCache(), warning: `history cache ${path} not read: it ${error.message}; starting over` };
    return { cache: emptyCache(), warning: `history cache ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): starting over` };
  }
  const unusable = (why: string) => ({ cache: emptyCache(), warning: `history cache ${path} ${why}: ignored, starting over` });
  let stored: Stored;
  try {
    stored = JSON.parse(text) as Stored;
  } catch {
    return unusable('is not valid JSON');
  }
  if (typeof stored !== 'object' || stored === null || stored.format !== FORMAT) return unusable('is not a pdguard history cache');
  if (stored.schema !== SCHEMA || stored.pdguard !== pdguard) return { cache: emptyCache(), warning: `history cache ${path} is from another pdguard version: starting over` };
  if (stored.rules !== rules) return { cache: emptyCache(), warning: `history cache ${path} was made with other rules: starting over` };
  if (!sealIntact(text, stored.check, seal)) return unusable(seal.key ? 'was not written by your pdguard, or was truncated or edited' : 'does not match its checksum (truncated or edited)');
  const clean = valid(stored) ? OidSet.fromHex(stored.clean, stored.width) : null;
  if (!clean) return unusable('is malformed');
  return {
    cache: {
      selection: stored.selection,
      view: stored.view,
      tips: stored.tips,
      commits: stored.commits,
      clean,
      findings: new Map(stored.findings),
      occurrences: stored.occurrences,
    },
  };
}

function valid(s: Stored): boolean {
  const isOid = (v: unknown) => typeof v === 'string' && OID.test(v);
  return (
    typeof s.selection === 'string' &&
    (s.view === null || typeof s.view === 'string') &&
    Array.isArray(s.tips) && s.tips.every(isOid) &&
    Number.isSafeInteger(s.commits) && s.commits >= 0 &&
    typeof s.clean === 'string' && typeof s.width === 'number' &&
    Array.isArray(s.findings) && s.findings.every((f) => Array.isArray(f) && isOid(f[0]) && Array.isArray(f[1])) &&
    Array.isArray(s.occurrences) &&
    s.occurrences.every(
      (o) =>
        o !== null && typeof o === 'object' && isOid(o.blob) && typeof o.path === 'string' && typeof o.file === 'string' &&
        typeof o.added === 'boolean' && typeof o.merge === 'boolean' && o.commit !== null && typeof o.commit === 'object' &&
        isOid(o.commit.sha) && typeof o.commit.author === 'string' && typeof o.commit.email === 'string' && typeof o.commit.date === 'string',
    )
  );
}

/**
 * Write the cache atomically (a new file beside it, then renamed over it), never through a
 * symbolic link. Returns a warning when it could not be written; the audit's result stands.
 */
export function saveCache(path: string, cache: HistoryCache, pdguard: string, rules: string, seal: Seal): string | undefined {
  const fields: Omit<Stored, 'check' | 'clean'> = {
    format: FORMAT,
    schema: SCHEMA,
    pdguard,
    rules,
    selection: cache.selection,
    view: cache.view,
    tips: cache.tips,
    commits: cache.commits,
    width: cache.clean.width,
    findings: [...cache.findings],
    occurrences: cache.occurrences,
  };
  try {
    // Checked before the folder is made: mkdir would follow a committed link on the way.
    refuseLinkedPath(path);
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSafely(path, sealedText(fields, cache.clean, seal), { mode: 0o600 });
    return undefined;
  } catch (error) {
    if (error instanceof PdguardError) return `${error.message}: history cache not written`;
    return `history cache ${path} could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
}
