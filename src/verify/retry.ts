/**
 * Retries of one GET after a 429, a 5xx or a network error: the wait PagerDuty asks for
 * (`ratelimit-reset` or `retry-after`), else exponential backoff with jitter; never a single wait
 * longer than `maxBackoffMs`, never past the deadline, at most `maxRetries` times.
 *
 * When the server asks for a longer wait than `maxBackoffMs`, we stop rather than ask again early:
 * retrying before the reset would only be refused again and burn the key's rate limit.
 * A timeout is not retried: a server that does not answer in time would only make us wait again.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { httpGet, type GetOptions, type HttpOutcome } from './client.js';

export interface RetryPolicy {
  maxRetries: number;
  maxBackoffMs: number;
  /** performance.now() value after which no wait may end. */
  deadlineAt: number;
  /** The first backoff step; doubled on every retry. */
  baseBackoffMs?: number;
  random?: () => number;
}

export type GiveUp =
  /** Retried `maxRetries` times. */
  | 'exhausted'
  /** The server asked to wait longer than `maxBackoffMs` (`waitMs`). */
  | 'wait-too-long'
  /** Waiting would pass the overall deadline. */
  | 'deadline';

export interface RetriedOutcome {
  outcome: HttpOutcome;
  attempts: number;
  /** Set when the last outcome was retryable but we stopped. */
  gaveUp?: GiveUp;
  waitMs?: number;
}

export type RetryLog = (line: string) => void;

export function isRetryable(outcome: HttpOutcome): boolean {
  if (outcome.kind === 'network') return true;
  if (outcome.kind !== 'response') return false;
  return outcome.status === 429 || (outcome.status >= 500 && outcome.status <= 599);
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The wait the server asked for, in milliseconds: `ratelimit-reset` (seconds until the window
 * resets, as PagerDuty sends it), else `retry-after` (seconds or an HTTP date). Undefined when
 * neither is present and valid.
 */
export function requestedWaitMs(headers: IncomingHttpHeaders, wallClock: () => number = Date.now): number | undefined {
  const seconds = (text: string | undefined): number | undefined => {
    if (text === undefined || !/^\s*\d+(?:\.\d+)?\s*$/.test(text)) return undefined;
    return Math.ceil(Number(text) * 1000);
  };
  const reset = seconds(header(headers, 'ratelimit-reset'));
  if (reset !== undefined) return reset;
  const retryAfter = header(headers, 'retry-after');
  const after = seconds(retryAfter);
  if (after !== undefined) return after;
  if (retryAfter !== undefined) {
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - wallClock());
  }
  return undefined;
}

/** Exponential backoff with jitter: between half and all of base·2^retry, capped. */
export function backoffMs(retry: number, baseMs: number, capMs: number, random: () => number): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(retry, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Resolves true after `ms`, or false as soon as `signal` aborts; leaves no timer behind. */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve(false);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    // Kept referenced: this wait is what the run is doing, the process must not exit under it.
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function describe(outcome: HttpOutcome): string {
  return outcome.kind === 'response' ? String(outcome.status) : outcome.kind === 'network' ? outcome.code : outcome.kind;
}

export async function getWithRetries(url: URL, options: GetOptions, policy: RetryPolicy, log: RetryLog): Promise<RetriedOutcome> {
  const random = policy.random ?? Math.random;
  const base = policy.baseBackoffMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    const outcome = await httpGet(url, options);
    if (!isRetryable(outcome)) return { outcome, attempts: attempt };
    if (attempt > policy.maxRetries) return { outcome, attempts: attempt, gaveUp: 'exhausted' };
    const asked = outcome.kind === 'response' ? requestedWaitMs(outcome.headers) : undefined;
    if (asked !== undefined && asked > policy.maxBackoffMs) {
      log(`${describe(outcome)}: the server asks to wait ${asked} ms, more than the ${policy.maxBackoffMs} ms allowed; giving up`);
      return { outcome, attempts: attempt, gaveUp: 'wait-too-long', waitMs: asked };
    }
    const wait = asked ?? backoffMs(attempt - 1, base, policy.maxBackoffMs, random);
    if (performance.now() + wait >= policy.deadlineAt) {
      log(`${describe(outcome)}: waiting ${wait} ms would pass the deadline; giving up`);
      return { outcome, attempts: attempt, gaveUp: 'deadline', waitMs: wait };
    }
    log(`${describe(outcome)}: retry ${attempt} of ${policy.maxRetries} in ${wait} ms${asked !== undefined ? ' (as the server asked)' : ''}`);
    if (!(await sleep(wait, options.signal))) return { outcome: { kind: 'aborted' }, attempts: attempt };
  }
}
