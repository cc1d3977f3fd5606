/**
 * The options of `verifyFindings`, checked once and resolved to concrete values. A bad value is a
 * UsageError naming the option, on one line: the CLI prints it and exits 2.
 */
import { UsageError } from '../errors.js';
import type { Region } from '../types.js';

export interface VerifyOptions {
  /** US base URL (the CLI's default: https://api.pagerduty.com). */
  apiUrl: string;
  /** EU base URL (the CLI's default: https://api.eu.pagerduty.com). */
  apiUrlEu: string;
  /** Per request, including reading the answer; default 5000. */
  timeoutMs?: number;
  /** Budget for the whole verification; default 30000. Secrets not settled by then are `unknown`. */
  deadlineMs?: number;
  /** Requests in flight at once; default 8. */
  concurrency?: number;
  /** Retries of one request after a 429, a 5xx or a network error; default 3. */
  maxRetries?: number;
  /** The longest single wait between retries; default 10000. */
  maxBackoffMs?: number;
  /** Optional JSON cache of results, keyed by the secret's sha256; it never holds a secret. */
  cacheFile?: string;
  /** How long a cached result is used; default 24 hours. */
  cacheTtlMs?: number;
  /** The clock of the cache (epoch milliseconds); default Date.now. */
  now?: () => number;
  /** Receives debug lines; they never contain a secret. */
  debug?: (line: string) => void;
}

/** PagerDuty's API hosts: where --verify sends secrets unless the user names others. */
export const DEFAULT_API_URL = 'https://api.pagerduty.com';
export const DEFAULT_API_URL_EU = 'https://api.eu.pagerduty.com';

/**
 * The base URLs every front end uses: a flag's value, else the environment's (PDGUARD_API_URL,
 * PDGUARD_API_URL_EU; empty counts as unset, as shells and workflow files leave them), else
 * PagerDuty's own hosts. Never anything from the scanned tree: a repository must not be able to
 * send the secrets found in it elsewhere.
 */
export function apiBases(flags: { apiUrl?: string; apiUrlEu?: string }, env: Record<string, string | undefined>): { apiUrl: string; apiUrlEu: string } {
  return {
    apiUrl: flags.apiUrl ?? (env.PDGUARD_API_URL || DEFAULT_API_URL),
    apiUrlEu: flags.apiUrlEu ?? (env.PDGUARD_API_URL_EU || DEFAULT_API_URL_EU),
  };
}

export interface ApiBase {
  region: Region;
  /** "US API" or "EU API", for reasons. */
  label: string;
  /** The parsed base URL, pathname without a trailing slash. */
  url: URL;
}

export interface ResolvedOptions {
  bases: Record<Region, ApiBase>;
  timeoutMs: number;
  deadlineMs: number;
  concurrency: number;
  maxRetries: number;
  maxBackoffMs: number;
  cacheFile: string | undefined;
  cacheTtlMs: number;
  now: () => number;
  debug: (line: string) => void;
}

export const DEFAULTS = {
  timeoutMs: 5000,
  deadlineMs: 30_000,
  concurrency: 8,
  maxRetries: 3,
  maxBackoffMs: 10_000,
  cacheTtlMs: 24 * 60 * 60 * 1000,
} as const;

/**
 * Parse a base URL. Only http: and https: are accepted, without credentials, query or fragment;
 * the message names the option and never repeats the value (it could hold a password).
 */
export function parseBaseUrl(value: unknown, option: string): URL {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError(`${option} must be an http: or https: URL (it is empty)`);
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(`${option} is not a valid URL; give an http: or https: URL such as https://api.pagerduty.com`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${option} must be an http: or https: URL (got ${url.protocol})`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new UsageError(`${option} must not contain a user name or password`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new UsageError(`${option} must not have a query or fragment; give the base URL only`);
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/** The URL of `path` (starting with `/`) under `base`, keeping the base's path prefix. */
export function joinUrl(base: URL, path: string): URL {
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`;
  return url;
}

function integer(value: number | undefined, option: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new UsageError(`${option} must be a number of at least ${min}`);
  }
  return Math.floor(value);
}

export function resolveOptions(options: VerifyOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) throw new UsageError('verify options are missing');
  const us = parseBaseUrl(options.apiUrl, 'apiUrl (--api-url / PDGUARD_API_URL)');
  const eu = parseBaseUrl(options.apiUrlEu, 'apiUrlEu (--api-url-eu / PDGUARD_API_URL_EU)');
  if (options.cacheFile !== undefined && (typeof options.cacheFile !== 'string' || options.cacheFile === '')) {
    throw new UsageError('cacheFile (--verify-cache) must be a file path');
  }
  return {
    bases: {
      us: { region: 'us', label: 'US API', url: us },
      eu: { region: 'eu', label: 'EU API', url: eu },
    },
    timeoutMs: integer(options.timeoutMs, 'timeoutMs', DEFAULTS.timeoutMs, 1),
    deadlineMs: integer(options.deadlineMs, 'deadlineMs', DEFAULTS.deadlineMs, 1),
    concurrency: integer(options.concurrency, 'concurrency', DEFAULTS.concurrency, 1),
    maxRetries: integer(options.maxRetries, 'maxRetries', DEFAULTS.maxRetries, 0),
    maxBackoffMs: integer(options.maxBackoffMs, 'maxBackoffMs', DEFAULTS.maxBackoffMs, 0),
    cacheFile: options.cacheFile,
    cacheTtlMs: integer(options.cacheTtlMs, 'cacheTtlMs', DEFAULTS.cacheTtlMs, 0),
    now: options.now ?? Date.now,
    debug: options.debug ?? (() => {}),
  };
}

/** "200 ms", "5 s", "1.5 s": durations in reasons. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
