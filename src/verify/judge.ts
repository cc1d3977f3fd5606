/**
 * What one answer of PagerDuty's REST API says about a credential. Pure functions: an outcome in,
 * a judgement out. Only what PagerDuty documents makes a credential live or rejected; anything else
 * is unknown, never a guess.
 */
import type { HttpOutcome } from './client.js';
import { formatDuration, type ApiBase } from './options.js';
import type { RetriedOutcome } from './retry.js';

export type Judgement =
  /** The API accepted the credential (200), or knows it and refuses this request (402, 403, an account key's 400). */
  | { kind: 'live'; reason: string; httpStatus: number }
  /** 401: invalid, expired, revoked, or issued in the other region. */
  | { kind: 'rejected'; httpStatus: 401 }
  /** This endpoint cannot tell (a 400 without the account-level message, a 404): ask another. */
  | { kind: 'cannot-judge'; what: string; httpStatus: number }
  | { kind: 'unknown'; reason: string; httpStatus?: number };

export interface JudgeContext {
  base: ApiBase;
  /** '/users/me' or '/abilities'. */
  path: string;
  timeoutMs: number;
  maxBodyBytes: number;
}

/** PagerDuty's answer to /users/me for an account-level key: it names the key kind it cannot use. */
const ACCOUNT_LEVEL = /\b(?:account[- ]level|user[- ]level)(?: rest)?(?: api| access)?(?: api)? (?:token|key)/i;

export const DEADLINE_REASON = 'verification deadline reached';

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Every string in a parsed JSON answer (depth-limited), where PagerDuty puts its error messages. */
function strings(value: unknown, depth = 0, out: string[] = []): string[] {
  if (depth > 6 || out.length > 200) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, depth + 1, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) strings(item, depth + 1, out);
  return out;
}

/** A 400 whose JSON error says the request needs a user-level token: the key is a valid account-level key. */
export function saysAccountLevel(body: Buffer): boolean {
  const json = parseJson(body);
  if (typeof json !== 'object' || json === null) return false;
  return strings(json).some((text) => ACCOUNT_LEVEL.test(text));
}

function isJsonObject(body: Buffer): boolean {
  const json = parseJson(body);
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

export function judge(retried: RetriedOutcome, ctx: JudgeContext): Judgement {
  const { outcome } = retried;
  const api = ctx.base.label;
  const where = ctx.path === '/users/me' ? '' : ` on ${ctx.path}`;
  switch (outcome.kind) {
    case 'aborted':
      return { kind: 'unknown', reason: DEADLINE_REASON };
    case 'timeout':
      return { kind: 'unknown', reason: `timed out after ${formatDuration(ctx.timeoutMs)} (${api})` };
    case 'network':
      return { kind: 'unknown', reason: `network error ${outcome.code} (${api})${retryNote(retried)}` };
    case 'response':
      break;
  }
  const status = outcome.status;
  if (status >= 200 && status <= 299) {
    if (outcome.tooLarge) return { kind: 'unknown', reason: tooLargeReason(ctx, status), httpStatus: status };
    if (!isJsonObject(outcome.body)) {
      return { kind: 'unknown', reason: `malformed answer from the ${api}: ${status} without a JSON body`, httpStatus: status };
    }
    return { kind: 'live', reason: `accepted by the ${api} (${status}${where})`, httpStatus: status };
  }
  if (status >= 300 && status <= 399) {
    return { kind: 'unknown', reason: `redirected by the ${api}; not followed (${status})`, httpStatus: status };
  }
  if (status === 401) return { kind: 'rejected', httpStatus: 401 };
  if (status === 402 || status === 403) {
    return { kind: 'live', reason: `valid but not allowed by the ${api} (${status}${where})`, httpStatus: status };
  }
  if (status === 400 && ctx.path === '/users/me') {
    if (!outcome.tooLarge && saysAccountLevel(outcome.body)) {
      return { kind: 'live', reason: `valid account-level key: the ${api} needs a user-level token for /users/me (400)`, httpStatus: 400 };
    }
    return { kind: 'cannot-judge', what: `400 on /users/me`, httpStatus: 400 };
  }
  if (status === 404 && ctx.path === '/users/me') return { kind: 'cannot-judge', what: '404 on /users/me', httpStatus: 404 };
  if (status === 429) {
    if (retried.gaveUp === 'wait-too-long' && retried.waitMs !== undefined) {
      return { kind: 'unknown', reason: `rate limited; the ${api} asks to wait ${formatDuration(retried.waitMs)}`, httpStatus: 429 };
    }
    if (retried.gaveUp === 'deadline') return { kind: 'unknown', reason: `rate limited; ${DEADLINE_REASON}`, httpStatus: 429 };
    return { kind: 'unknown', reason: `rate limited; retries exhausted (${api})`, httpStatus: 429 };
  }
  if (status >= 500 && status <= 599) {
    return { kind: 'unknown', reason: `server error from the ${api} (${status}${where})${retryNote(retried)}`, httpStatus: status };
  }
  return { kind: 'unknown', reason: `unexpected answer from the ${api} (${status}${where})`, httpStatus: status };
}

function retryNote(retried: RetriedOutcome): string {
  switch (retried.gaveUp) {
    case 'exhausted':
      return retried.attempts > 1 ? '; retries exhausted' : '';
    case 'wait-too-long':
      return retried.waitMs !== undefined ? `; asked to wait ${formatDuration(retried.waitMs)}` : '';
    case 'deadline':
      return `; ${DEADLINE_REASON}`;
    default:
      return '';
  }
}

function tooLargeReason(ctx: JudgeContext, status: number): string {
  return `malformed answer from the ${ctx.base.label}: ${status} with a body over ${Math.round(ctx.maxBodyBytes / 1024)} KB`;
}

/** For the debug log: what an outcome was, without anything from its body. */
export function describeOutcome(outcome: HttpOutcome): string {
  switch (outcome.kind) {
    case 'response':
      return `${outcome.status}${outcome.tooLarge ? ' (body over the limit, dropped)' : ''}`;
    case 'network':
      return `network error ${outcome.code}`;
    default:
      return outcome.kind;
  }
}
