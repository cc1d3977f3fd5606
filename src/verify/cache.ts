/**
 * The optional verification cache: a JSON file of results keyed by the secret's sha256 hex, so that
 * CI re-runs do not ask PagerDuty again. An entry holds the status, the reason, the HTTP status and
 * when it was checked: never the secret. Only `live` and `dead` are cached (an `unknown` is worth
 * asking again next time). The file is tied to the two API base URLs it was filled from, so results
 * from a test server are never taken for PagerDuty's.
 *
 * Reading never fails the run: a missing, unreadable or corrupt file is ignored with a debug line.
 * Writing goes to a temporary file in the same directory, renamed over the cache (atomic).
 */
import { PdguardError } from '../errors.js';
import type { Verification } from '../types.js';
import { CACHE_LIMIT, RefusedRead, readBoundedFile } from '../util/read-bounded.js';
import { entryExists, isRegularFile, writeFileSafely } from '../util/safe-write.js';

const VERSION = 1;
const HASH = /^[0-9a-f]{64}$/;
const MAX_REASON = 300;

export interface CacheEntry {
  status: 'live' | 'dead';
  reason: string;
  httpStatus?: number;
  /** ISO 8601. */
  checkedAt: string;
}

interface CacheFile {
  version: number;
  apiUrls: string[];
  entries: Record<string, CacheEntry>;
}


function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, MAX_REASON);
}

function validEntry(value: unknown): CacheEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.status !== 'live' && v.status !== 'dead') return undefined;
  if (typeof v.reason !== 'string' || typeof v.checkedAt !== 'string' || !Number.isFinite(Date.parse(v.checkedAt))) return undefined;
  const entry: CacheEntry = { status: v.status, reason: clean(v.reason), checkedAt: v.checkedAt };
  if (v.httpStatus !== undefined) {
    if (typeof v.httpStatus !== 'number' || !Number.isInteger(v.httpStatus) || v.httpStatus < 100 || v.httpStatus > 599) return undefined;
    entry.httpStatus = v.httpStatus;
  }
  return entry;
}

export class VerifyCache {
  private readonly entries = new Map<string, CacheEntry>();
  private changed = false;
  /** False when the file exists but is not a pdguard cache: it is never overwritten. */
  private writable = true;

  private constructor(
    private readonly file: string,
    private readonly apiUrls: string[],
    private readonly ttlMs: number,
    private readonly now: () => number,
    private readonly debug: (line: string) => void,
  ) {}

  /** Load `file` if it exists and is usable; otherwise start empty. Never throws. */
  static async load(file: string, apiUrls: string[], ttlMs: number, now: () => number, debug: (line: string) => void): Promise<VerifyCache> {
    const cache = new VerifyCache(file, apiUrls, ttlMs, now, debug);
    if (!isRegularFile(file) && entryExists(file)) {
      // A link (or a FIFO, a device) is never read nor written: a repository may have planted it.
      debug('cache: the cache file is not a regular file; ignoring it and leaving it as it is');
      cache.writable = false;
      return cache;
    }
    let text: string;
    try {
      // A regular file only, never through a link, never past the cap (util/read-bounded.ts).
      text = readBoundedFile(file, CACHE_LIMIT);
    } catch (error) {
      if (error instanceof RefusedRead && error.kind !== 'missing') {
        debug(`cache: the cache file ${error.message}; ignoring it and leaving it as it is`);
        cache.writable = false;
        return cache;
      }
      const code = error instanceof RefusedRead ? 'ENOENT' : (error as { code?: unknown }).code;
      debug(code === 'ENOENT' ? 'cache: no cache file yet' : `cache: cannot read the cache file (${String(code ?? 'error')}); ignoring it`);
      return cache;
    }
    if (text.trim() === '') return cache;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // The parser's message quotes the file: never log it.
      debug('cache: the cache file is not valid JSON; ignoring it and leaving it as it is (delete it to start a new cache)');
      cache.writable = false;
      return cache;
    }
    const d = data as Partial<CacheFile> | null;
    if (typeof d !== 'object' || d === null || d.version !== VERSION || typeof d.entries !== 'object' || d.entries === null || !Array.isArray(d.apiUrls)) {
      debug('cache: the file is not a pdguard verification cache; ignoring it and leaving it as it is (delete it to start a new cache)');
      cache.writable = false;
      return cache;
    }
    if (d.apiUrls.length !== apiUrls.length || d.apiUrls.some((url, i) => url !== apiUrls[i])) {
      debug('cache: the cache file was filled from other API URLs; ignoring it');
      cache.changed = true;
      return cache;
    }
    let dropped = 0;
    for (const [hash, value] of Object.entries(d.entries)) {
      const entry = validEntry(value);
      if (HASH.test(hash) && entry && cache.fresh(entry)) cache.entries.set(hash, entry);
      else dropped++;
    }
    if (dropped > 0) cache.changed = true;
    debug(`cache: ${cache.entries.size} usable entries${dropped ? `, ${dropped} expired or invalid` : ''}`);
    return cache;
  }

  private fresh(entry: CacheEntry): boolean {
    const age = this.now() - Date.parse(entry.checkedAt);
    // An entry from the future (a skewed or edited clock) is not trusted.
    return age >= 0 && age < this.ttlMs;
  }

  /** A cached result for this secret hash, if fresh. */
  get(hash: string): Verification | undefined {
    const entry = this.entries.get(hash);
    if (!entry || !this.fresh(entry)) return undefined;
    const verification: Verification = { status: entry.status, reason: `${entry.reason} (cached from ${entry.checkedAt})` };
    if (entry.httpStatus !== undefined) verification.httpStatus = entry.httpStatus;
    return verification;
  }

  /** Record a fresh result; only `live` and `dead` are kept. */
  set(hash: string, verification: Verification): void {
    if (!HASH.test(hash) || (verification.status !== 'live' && verification.status !== 'dead')) return;
    const entry: CacheEntry = { status: verification.status, reason: clean(verification.reason), checkedAt: new Date(this.now()).toISOString() };
    if (verification.httpStatus !== undefined) entry.httpStatus = verification.httpStatus;
    this.entries.set(hash, entry);
    this.changed = true;
  }

  /** Write the cache back if anything changed: temporary file, then rename. Never throws. */
  async save(): Promise<void> {
    if (!this.changed || !this.writable) return;
    const entries: Record<string, CacheEntry> = {};
    for (const hash of [...this.entries.keys()].sort()) {
      const entry = this.entries.get(hash)!;
      if (this.fresh(entry)) entries[hash] = entry;
    }
    const data: CacheFile = { version: VERSION, apiUrls: this.apiUrls, entries };
    try {
      // Never through a link a repository brings (util/safe-write.ts); missing folders are made.
      writeFileSafely(this.file, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600, makeParents: true });
      this.changed = false;
      this.debug(`cache: wrote ${Object.keys(entries).length} entries`);
    } catch (error) {
      const why = error instanceof PdguardError ? error.message : String((error as { code?: unknown }).code ?? 'error');
      this.debug(`cache: cannot write the cache file (${why}); results not cached`);
    }
  }
}
