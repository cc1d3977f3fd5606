/**
 * `--verify`: is a found credential live? Each distinct secret is checked once per run, with
 * side-effect-free GETs only, against the API base URLs the caller gives (from the environment or
 * the command line, never from anything scanned).
 *
 * Per credential (REST API key: `Token token=`; scoped OAuth token: `Bearer`):
 *   1. `GET /users/me` in its home region (a `pdeu+` token: EU; everything else: US first).
 *      200 → live; 402/403 → live (valid, not allowed); 400 naming an account-level token → live
 *      (an account key, which /users/me cannot serve); 401 → rejected in that region.
 *   2. A 400 that says nothing of the kind, or a 404, cannot judge the credential: `GET /abilities`
 *      (which account keys and app tokens can read) judges it instead, the same way.
 *   3. Rejected (401) → the same in the other region; rejected by every region → dead.
 *   Anything else (timeouts, network errors, 5xx, 429 after retries, redirects, malformed or
 *   oversized answers, the deadline) → unknown. Nothing is ever live or dead by guess.
 *
 * Credentials whose rules cannot be checked without a side effect are `unknown` and never sent.
 * No secret appears in a reason, a debug line or an error: they name secrets by a short sha256.
 */
import { sha256 } from '../pipeline/findings.js';
import type { Finding, Region, Rule, Verification, VerifySpec } from '../types.js';
import { VerifyCache } from './cache.js';
import { Agents } from './client.js';
import { DEADLINE_REASON, describeOutcome, judge, type Judgement } from './judge.js';
import { formatDuration, joinUrl, resolveOptions, type ApiBase, type ResolvedOptions, type VerifyOptions } from './options.js';
import { runPool } from './pool.js';
import { getWithRetries } from './retry.js';

export type { VerifyOptions } from './options.js';

type Method = Exclude<VerifySpec['method'], 'none'>;

interface Credential {
  /** Method and hash: one check per distinct secret and method. */
  key: string;
  /** How likely it is a real credential (ranks, 0 first): the best confidence of its findings, its rule's severity. */
  confidence: number;
  severity: number;
  hash: string;
  secret: string;
  method: Method;
  /** From the rule: secrets that may be refresh tokens (a 401 then proves nothing). */
  refreshLike: RegExp | undefined;
  region: Region | null;
  ruleId: string;
}

/** What one verification run shares between its credentials. */
interface Run {
  options: ResolvedOptions;
  agents: Agents;
  signal: AbortSignal;
  deadlineAt: number;
  log: (line: string) => void;
}

const CONFIDENCE_RANK: Record<Finding['confidence'], number> = { high: 0, medium: 1, low: 2 };
const SEVERITY_RANK: Record<Finding['severity'], number> = { critical: 0, high: 1, medium: 2, low: 3 };

/**
 * Most likely real first: higher confidence (context that ties it to PagerDuty: a prefixed token,
 * a PagerDuty-named variable), then severity, then the order found (sort is stable). Anything an
 * attacker controls can be gamed; that is why an unchecked credential never counts as not live.
 */
function byLikelihood(a: Credential, b: Credential): number {
  return a.confidence - b.confidence || a.severity - b.severity;
}

export const MAX_BODY_BYTES = 64 * 1024;
export const ACCEPT = 'application/vnd.pagerduty+json;version=2';
export const USER_AGENT = 'pdguard';

const NO_METHOD = 'no verification method for this rule; not sent';
const NOT_SENDABLE = 'not sent: it holds characters an HTTP header cannot carry';

/** Why a credential of a rule with method none is never sent, in the rule's words when it gives them. */
function notSentReason(spec: VerifySpec): string {
  return `cannot be checked without a side effect${spec.unverifiable ? ` (${spec.unverifiable})` : ''}; not sent`;
}
/** Visible ASCII only: anything else cannot go in a header, and must not be smuggled into one. */
const SENDABLE = /^[\x21-\x7e]{1,1024}$/;

export function requestHeaders(method: Method, secret: string): Record<string, string> {
  return {
    Accept: ACCEPT,
    Authorization: method === 'rest-api-key' ? `Token token=${secret}` : `Bearer ${secret}`,
    'User-Agent': USER_AGENT,
  };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** How debug lines name a secret: a prefix of its sha256, never the secret. */
function idOf(hash: string): string {
  return `sha256:${hash.slice(0, 12)}`;
}

function regionOrder(credential: Credential, bases: ResolvedOptions['bases']): ApiBase[] {
  const first = credential.region === 'eu' ? bases.eu : bases.us;
  const second = first === bases.eu ? bases.us : bases.eu;
  return second.url.href === first.url.href ? [first] : [first, second];
}

async function checkEndpoint(credential: Credential, base: ApiBase, path: string, run: Run): Promise<Judgement> {
  const { options } = run;
  const url = joinUrl(base.url, path);
  const id = idOf(credential.hash);
  const started = performance.now();
  const retried = await getWithRetries(
    url,
    {
      headers: requestHeaders(credential.method, credential.secret),
      timeoutMs: options.timeoutMs,
      maxBodyBytes: MAX_BODY_BYTES,
      signal: run.signal,
      agents: run.agents,
    },
    { maxRetries: options.maxRetries, maxBackoffMs: options.maxBackoffMs, deadlineAt: run.deadlineAt },
    (line) => run.log(`${id}: ${base.label} ${path}: ${line}`),
  );
  run.log(`${id}: GET ${url.href} → ${describeOutcome(retried.outcome)} in ${Math.round(performance.now() - started)} ms`);
  return judge(retried, { base, path, timeoutMs: options.timeoutMs, maxBodyBytes: MAX_BODY_BYTES });
}

type RegionJudgement = Exclude<Judgement, { kind: 'cannot-judge' }>;

async function checkRegion(credential: Credential, base: ApiBase, run: Run): Promise<RegionJudgement> {
  const me = await checkEndpoint(credential, base, '/users/me', run);
  if (me.kind !== 'cannot-judge') return me;
  const abilities = await checkEndpoint(credential, base, '/abilities', run);
  if (abilities.kind === 'live' || abilities.kind === 'rejected') return abilities;
  const why = abilities.kind === 'unknown' ? abilities.reason : abilities.what;
  return { kind: 'unknown', reason: `the ${base.label} could not judge it from /users/me (${me.httpStatus}); then ${why}`, httpStatus: me.httpStatus };
}

async function verifyCredential(credential: Credential, run: Run): Promise<Verification> {
  if (!SENDABLE.test(credential.secret)) return { status: 'unknown', reason: NOT_SENDABLE };
  const order = regionOrder(credential, run.options.bases);
  const rejectedBy: ApiBase[] = [];
  for (const base of order) {
    const prefix = rejectedBy.length ? `rejected by the ${rejectedBy.map((b) => b.label).join(' and the ')} (401); ` : '';
    if (run.signal.aborted) return { status: 'unknown', reason: `${prefix}${DEADLINE_REASON}`, unchecked: true };
    const judgement = await checkRegion(credential, base, run);
    if (judgement.kind === 'rejected') {
      rejectedBy.push(base);
      continue;
    }
    if (judgement.kind === 'live') return { status: 'live', reason: judgement.reason, httpStatus: judgement.httpStatus };
    const unknown: Verification = { status: 'unknown', reason: `${prefix}${judgement.reason}`, unchecked: true };
    if (judgement.httpStatus !== undefined) unknown.httpStatus = judgement.httpStatus;
    return unknown;
  }
  const by = order.length > 1 ? 'both regions' : `the ${order[0]!.label}`;
  if (credential.refreshLike?.test(credential.secret)) {
    return {
      status: 'unknown',
      reason: `rejected by ${by} as an access token (401), but it looks like a refresh token, which only a token request (a side effect) could check`,
      httpStatus: 401,
    };
  }
  return { status: 'dead', reason: `rejected by ${by} (401)`, httpStatus: 401 };
}

/**
 * Verify the findings' credentials. Returns new findings, in the same order, each with
 * `verification` set. Throws only a UsageError for unusable options.
 */
export async function verifyFindings(findings: Finding[], rules: readonly Rule[], options: VerifyOptions): Promise<Finding[]> {
  const resolved = resolveOptions(options);
  const started = performance.now();
  const log = (line: string): void => resolved.debug(`verify: ${line}`);
  const specs = new Map(rules.map((rule) => [rule.id, rule.verify]));

  const credentials = new Map<string, Credential>();
  let notSent = 0;
  const plan: Array<string | Verification> = findings.map((finding) => {
    const spec = specs.get(finding.ruleId);
    if (spec === undefined || spec.method === 'none') {
      notSent++;
      return { status: 'unknown', reason: spec === undefined ? NO_METHOD : notSentReason(spec) };
    }
    const method = spec.method;
    const hash = sha256(finding.secret);
    const key = `${method}:${hash}`;
    const confidence = CONFIDENCE_RANK[finding.confidence];
    const severity = SEVERITY_RANK[finding.severity];
    const known = credentials.get(key);
    if (!known) {
      credentials.set(key, { key, hash, secret: finding.secret, method, refreshLike: spec.refreshLike, region: finding.region, ruleId: finding.ruleId, confidence, severity });
    } else {
      known.confidence = Math.min(known.confidence, confidence);
      known.severity = Math.min(known.severity, severity);
    }
    return key;
  });
  log(`${findings.length} findings: ${credentials.size} distinct secrets to check, ${notSent} findings that are never sent`);
  for (const base of Object.values(resolved.bases)) {
    if (base.url.protocol === 'http:' && !isLoopback(base.url.hostname)) {
      log(`warning: the ${base.label} URL is plain http:, so secrets would cross the network unencrypted`);
    }
  }

  const results = new Map<string, Verification>();
  if (credentials.size > 0) {
    const cache = resolved.cacheFile
      ? await VerifyCache.load(resolved.cacheFile, [resolved.bases.us.url.href, resolved.bases.eu.url.href], resolved.cacheTtlMs, resolved.now, log)
      : undefined;
    const todo: Credential[] = [];
    for (const credential of credentials.values()) {
      const cached = cache?.get(credential.hash);
      if (cached) {
        log(`${idOf(credential.hash)}: ${cached.status} from the cache`);
        results.set(credential.key, cached);
      } else {
        todo.push(credential);
      }
    }
    if (todo.length > 0) {
      // The likeliest credentials first: a deadline or a rate limit that many decoys bring about
      // then leaves the least likely unchecked (and an unchecked one never passes for not live).
      todo.sort(byLikelihood);
      await checkAll(todo, resolved, started, results, log);
      for (const credential of todo) {
        const result = results.get(credential.key);
        if (result) cache?.set(credential.hash, result);
      }
    }
    await cache?.save();
  }

  return findings.map((finding, i) => {
    const planned = plan[i]!;
    const verification: Verification = typeof planned === 'string' ? results.get(planned) ?? { status: 'unknown', reason: DEADLINE_REASON, unchecked: true } : planned;
    return { ...finding, verification: { ...verification } };
  });
}

async function checkAll(todo: Credential[], options: ResolvedOptions, started: number, results: Map<string, Verification>, log: (line: string) => void): Promise<void> {
  const controller = new AbortController();
  const deadlineAt = started + options.deadlineMs;
  const deadline = setTimeout(() => {
    log(`deadline of ${formatDuration(options.deadlineMs)} reached; the secrets not settled yet are unknown`);
    controller.abort();
  }, Math.max(0, deadlineAt - performance.now()));
  // A watchdog only: the requests and waits it guards keep the process alive while they run.
  deadline.unref();
  const run: Run = { options, agents: new Agents(options.concurrency), signal: controller.signal, deadlineAt, log };
  try {
    await runPool(todo, options.concurrency, async (credential) => {
      let result: Verification;
      if (run.signal.aborted) {
        result = { status: 'unknown', reason: DEADLINE_REASON, unchecked: true };
      } else {
        try {
          result = await verifyCredential(credential, run);
        } catch (error) {
          // A bug, not an answer: report it without its message, which could quote the secret.
          log(`${idOf(credential.hash)}: internal error (${error instanceof Error ? error.name : typeof error})`);
          result = { status: 'unknown', reason: 'verification failed (internal error)', unchecked: true };
        }
      }
      results.set(credential.key, result);
      log(`${idOf(credential.hash)} (${credential.ruleId}): ${result.status}: ${result.reason}`);
    });
  } finally {
    clearTimeout(deadline);
    run.agents.destroy();
  }
}
