import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  entryExists,
  formatDuration,
  isRegularFile,
  joinUrl,
  resolveOptions,
  sha256,
  writeFileSafely
} from "./chunk-2EJ272B5.js";
import {
  CACHE_LIMIT,
  PdguardError,
  RefusedRead,
  __commonJS,
  __require,
  __toESM,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS,
  readBoundedFile
} from "./chunk-OTAZTMIB.js";

// builtin-required:node:http
var require_node_http = __commonJS({
  "builtin-required:node:http"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:http");
  }
});

// builtin-required:node:https
var require_node_https = __commonJS({
  "builtin-required:node:https"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:https");
  }
});

// src/verify/verify.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/verify/cache.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var VERSION = 1;
var HASH = /^[0-9a-f]{64}$/;
var MAX_REASON = 300;
function clean(text) {
  return text.replace(/[\u0000-\u001f\u007f]/g, " ").slice(0, MAX_REASON);
}
function validEntry(value) {
  if (typeof value !== "object" || value === null) return void 0;
  const v = value;
  if (v.status !== "live" && v.status !== "dead") return void 0;
  if (typeof v.reason !== "string" || typeof v.checkedAt !== "string" || !Number.isFinite(Date.parse(v.checkedAt))) return void 0;
  const entry = { status: v.status, reason: clean(v.reason), checkedAt: v.checkedAt };
  if (v.httpStatus !== void 0) {
    if (typeof v.httpStatus !== "number" || !Number.isInteger(v.httpStatus) || v.httpStatus < 100 || v.httpStatus > 599) return void 0;
    entry.httpStatus = v.httpStatus;
  }
  return entry;
}
var VerifyCache = class _VerifyCache {
  constructor(file, apiUrls, ttlMs, now, debug) {
    this.file = file;
    this.apiUrls = apiUrls;
    this.ttlMs = ttlMs;
    this.now = now;
    this.debug = debug;
  }
  file;
  apiUrls;
  ttlMs;
  now;
  debug;
  entries = /* @__PURE__ */ new Map();
  changed = false;
  /** False when the file exists but is not a pdguard cache: it is never overwritten. */
  writable = true;
  /** Load `file` if it exists and is usable; otherwise start empty. Never throws. */
  static async load(file, apiUrls, ttlMs, now, debug) {
    const cache = new _VerifyCache(file, apiUrls, ttlMs, now, debug);
    if (!isRegularFile(file) && entryExists(file)) {
      debug("cache: the cache file is not a regular file; ignoring it and leaving it as it is");
      cache.writable = false;
      return cache;
    }
    let text;
    try {
      text = readBoundedFile(file, CACHE_LIMIT);
    } catch (error) {
      if (error instanceof RefusedRead && error.kind !== "missing") {
        debug(`cache: the cache file ${error.message}; ignoring it and leaving it as it is`);
        cache.writable = false;
        return cache;
      }
      const code = error instanceof RefusedRead ? "ENOENT" : error.code;
      debug(code === "ENOENT" ? "cache: no cache file yet" : `cache: cannot read the cache file (${String(code ?? "error")}); ignoring it`);
      return cache;
    }
    if (text.trim() === "") return cache;
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      debug("cache: the cache file is not valid JSON; ignoring it and leaving it as it is (delete it to start a new cache)");
      cache.writable = false;
      return cache;
    }
    const d = data;
    if (typeof d !== "object" || d === null || d.version !== VERSION || typeof d.entries !== "object" || d.entries === null || !Array.isArray(d.apiUrls)) {
      debug("cache: the file is not a pdguard verification cache; ignoring it and leaving it as it is (delete it to start a new cache)");
      cache.writable = false;
      return cache;
    }
    if (d.apiUrls.length !== apiUrls.length || d.apiUrls.some((url, i) => url !== apiUrls[i])) {
      debug("cache: the cache file was filled from other API URLs; ignoring it");
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
    debug(`cache: ${cache.entries.size} usable entries${dropped ? `, ${dropped} expired or invalid` : ""}`);
    return cache;
  }
  fresh(entry) {
    const age = this.now() - Date.parse(entry.checkedAt);
    return age >= 0 && age < this.ttlMs;
  }
  /** A cached result for this secret hash, if fresh. */
  get(hash) {
    const entry = this.entries.get(hash);
    if (!entry || !this.fresh(entry)) return void 0;
    const verification = { status: entry.status, reason: `${entry.reason} (cached from ${entry.checkedAt})` };
    if (entry.httpStatus !== void 0) verification.httpStatus = entry.httpStatus;
    return verification;
  }
  /** Record a fresh result; only `live` and `dead` are kept. */
  set(hash, verification) {
    if (!HASH.test(hash) || verification.status !== "live" && verification.status !== "dead") return;
    const entry = { status: verification.status, reason: clean(verification.reason), checkedAt: new Date(this.now()).toISOString() };
    if (verification.httpStatus !== void 0) entry.httpStatus = verification.httpStatus;
    this.entries.set(hash, entry);
    this.changed = true;
  }
  /** Write the cache back if anything changed: temporary file, then rename. Never throws. */
  async save() {
    if (!this.changed || !this.writable) return;
    const entries = {};
    for (const hash of [...this.entries.keys()].sort()) {
      const entry = this.entries.get(hash);
      if (this.fresh(entry)) entries[hash] = entry;
    }
    const data = { version: VERSION, apiUrls: this.apiUrls, entries };
    try {
      writeFileSafely(this.file, `${JSON.stringify(data, null, 2)}
`, { mode: 384, makeParents: true });
      this.changed = false;
      this.debug(`cache: wrote ${Object.keys(entries).length} entries`);
    } catch (error) {
      const why = error instanceof PdguardError ? error.message : String(error.code ?? "error");
      this.debug(`cache: cannot write the cache file (${why}); results not cached`);
    }
  }
};

// src/verify/client.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_http = __toESM(require_node_http(), 1);
var import_node_https = __toESM(require_node_https(), 1);
var Agents = class {
  constructor(maxSockets) {
    this.maxSockets = maxSockets;
  }
  maxSockets;
  httpAgent;
  httpsAgent;
  for(url) {
    if (url.protocol === "https:") {
      this.httpsAgent ??= new import_node_https.default.Agent({ keepAlive: true, maxSockets: this.maxSockets });
      return this.httpsAgent;
    }
    this.httpAgent ??= new import_node_http.default.Agent({ keepAlive: true, maxSockets: this.maxSockets });
    return this.httpAgent;
  }
  /** Close every socket, idle or busy. */
  destroy() {
    this.httpAgent?.destroy();
    this.httpsAgent?.destroy();
  }
};
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" && /^[A-Z0-9_]{1,40}$/.test(code) ? code : "ERROR";
}
function httpGet(url, options) {
  const { signal, timeoutMs, maxBodyBytes } = options;
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve({ kind: "aborted" });
      return;
    }
    let request;
    let settled = false;
    const finish = (outcome, destroy) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      if (destroy) request?.destroy();
      resolve(outcome);
    };
    const onAbort = () => finish({ kind: "aborted" }, true);
    const timer = setTimeout(() => finish({ kind: "timeout" }, true), timeoutMs);
    timer.unref();
    signal.addEventListener("abort", onAbort, { once: true });
    const tooLarge = (status, headers) => finish({ kind: "response", status, headers, body: Buffer.alloc(0), tooLarge: true }, true);
    try {
      const module = url.protocol === "https:" ? import_node_https.default : import_node_http.default;
      request = module.request(url, { method: "GET", headers: options.headers, agent: options.agents.for(url) }, (response) => {
        const status = response.statusCode ?? 0;
        const headers = response.headers;
        const declared = Number(headers["content-length"]);
        if (Number.isFinite(declared) && declared > maxBodyBytes) {
          tooLarge(status, headers);
          return;
        }
        const chunks = [];
        let size = 0;
        response.on("data", (chunk) => {
          if (settled) return;
          size += chunk.length;
          if (size > maxBodyBytes) {
            chunks.length = 0;
            tooLarge(status, headers);
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () => finish({ kind: "response", status, headers, body: Buffer.concat(chunks), tooLarge: false }, false));
        response.on("error", (error) => finish({ kind: "network", code: errorCode(error) }, true));
        response.on("close", () => finish({ kind: "network", code: "ECONNRESET" }, true));
      });
      request.on("error", (error) => finish({ kind: "network", code: errorCode(error) }, true));
      request.end();
    } catch (error) {
      finish({ kind: "network", code: errorCode(error) }, true);
    }
  });
}

// src/verify/judge.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var ACCOUNT_LEVEL = /\b(?:account[- ]level|user[- ]level)(?: rest)?(?: api| access)?(?: api)? (?:token|key)/i;
var DEADLINE_REASON = "verification deadline reached";
function parseJson(body) {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    return void 0;
  }
}
function strings(value, depth = 0, out = []) {
  if (depth > 6 || out.length > 200) return out;
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, depth + 1, out);
  else if (typeof value === "object" && value !== null) for (const item of Object.values(value)) strings(item, depth + 1, out);
  return out;
}
function saysAccountLevel(body) {
  const json = parseJson(body);
  if (typeof json !== "object" || json === null) return false;
  return strings(json).some((text) => ACCOUNT_LEVEL.test(text));
}
function isJsonObject(body) {
  const json = parseJson(body);
  return typeof json === "object" && json !== null && !Array.isArray(json);
}
function judge(retried, ctx) {
  const { outcome } = retried;
  const api = ctx.base.label;
  const where = ctx.path === "/users/me" ? "" : ` on ${ctx.path}`;
  switch (outcome.kind) {
    case "aborted":
      return { kind: "unknown", reason: DEADLINE_REASON };
    case "timeout":
      return { kind: "unknown", reason: `timed out after ${formatDuration(ctx.timeoutMs)} (${api})` };
    case "network":
      return { kind: "unknown", reason: `network error ${outcome.code} (${api})${retryNote(retried)}` };
    case "response":
      break;
  }
  const status = outcome.status;
  if (status >= 200 && status <= 299) {
    if (outcome.tooLarge) return { kind: "unknown", reason: tooLargeReason(ctx, status), httpStatus: status };
    if (!isJsonObject(outcome.body)) {
      return { kind: "unknown", reason: `malformed answer from the ${api}: ${status} without a JSON body`, httpStatus: status };
    }
    return { kind: "live", reason: `accepted by the ${api} (${status}${where})`, httpStatus: status };
  }
  if (status >= 300 && status <= 399) {
    return { kind: "unknown", reason: `redirected by the ${api}; not followed (${status})`, httpStatus: status };
  }
  if (status === 401) return { kind: "rejected", httpStatus: 401 };
  if (status === 402 || status === 403) {
    return { kind: "live", reason: `valid but not allowed by the ${api} (${status}${where})`, httpStatus: status };
  }
  if (status === 400 && ctx.path === "/users/me") {
    if (!outcome.tooLarge && saysAccountLevel(outcome.body)) {
      return { kind: "live", reason: `valid account-level key: the ${api} needs a user-level token for /users/me (400)`, httpStatus: 400 };
    }
    return { kind: "cannot-judge", what: `400 on /users/me`, httpStatus: 400 };
  }
  if (status === 404 && ctx.path === "/users/me") return { kind: "cannot-judge", what: "404 on /users/me", httpStatus: 404 };
  if (status === 429) {
    if (retried.gaveUp === "wait-too-long" && retried.waitMs !== void 0) {
      return { kind: "unknown", reason: `rate limited; the ${api} asks to wait ${formatDuration(retried.waitMs)}`, httpStatus: 429 };
    }
    if (retried.gaveUp === "deadline") return { kind: "unknown", reason: `rate limited; ${DEADLINE_REASON}`, httpStatus: 429 };
    return { kind: "unknown", reason: `rate limited; retries exhausted (${api})`, httpStatus: 429 };
  }
  if (status >= 500 && status <= 599) {
    return { kind: "unknown", reason: `server error from the ${api} (${status}${where})${retryNote(retried)}`, httpStatus: status };
  }
  return { kind: "unknown", reason: `unexpected answer from the ${api} (${status}${where})`, httpStatus: status };
}
function retryNote(retried) {
  switch (retried.gaveUp) {
    case "exhausted":
      return retried.attempts > 1 ? "; retries exhausted" : "";
    case "wait-too-long":
      return retried.waitMs !== void 0 ? `; asked to wait ${formatDuration(retried.waitMs)}` : "";
    case "deadline":
      return `; ${DEADLINE_REASON}`;
    default:
      return "";
  }
}
function tooLargeReason(ctx, status) {
  return `malformed answer from the ${ctx.base.label}: ${status} with a body over ${Math.round(ctx.maxBodyBytes / 1024)} KB`;
}
function describeOutcome(outcome) {
  switch (outcome.kind) {
    case "response":
      return `${outcome.status}${outcome.tooLarge ? " (body over the limit, dropped)" : ""}`;
    case "network":
      return `network error ${outcome.code}`;
    default:
      return outcome.kind;
  }
}

// src/verify/pool.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
async function runPool(items, limit, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
}

// src/verify/retry.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function isRetryable(outcome) {
  if (outcome.kind === "network") return true;
  if (outcome.kind !== "response") return false;
  return outcome.status === 429 || outcome.status >= 500 && outcome.status <= 599;
}
function header(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
function requestedWaitMs(headers, wallClock = Date.now) {
  const seconds = (text) => {
    if (text === void 0 || !/^\s*\d+(?:\.\d+)?\s*$/.test(text)) return void 0;
    return Math.ceil(Number(text) * 1e3);
  };
  const reset = seconds(header(headers, "ratelimit-reset"));
  if (reset !== void 0) return reset;
  const retryAfter = header(headers, "retry-after");
  const after = seconds(retryAfter);
  if (after !== void 0) return after;
  if (retryAfter !== void 0) {
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - wallClock());
  }
  return void 0;
}
function backoffMs(retry, baseMs, capMs, random) {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(retry, 30));
  return Math.round(ceiling / 2 + random() * ceiling / 2);
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve(false);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
function describe(outcome) {
  return outcome.kind === "response" ? String(outcome.status) : outcome.kind === "network" ? outcome.code : outcome.kind;
}
async function getWithRetries(url, options, policy, log) {
  const random = policy.random ?? Math.random;
  const base = policy.baseBackoffMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    const outcome = await httpGet(url, options);
    if (!isRetryable(outcome)) return { outcome, attempts: attempt };
    if (attempt > policy.maxRetries) return { outcome, attempts: attempt, gaveUp: "exhausted" };
    const asked = outcome.kind === "response" ? requestedWaitMs(outcome.headers) : void 0;
    if (asked !== void 0 && asked > policy.maxBackoffMs) {
      log(`${describe(outcome)}: the server asks to wait ${asked} ms, more than the ${policy.maxBackoffMs} ms allowed; giving up`);
      return { outcome, attempts: attempt, gaveUp: "wait-too-long", waitMs: asked };
    }
    const wait = asked ?? backoffMs(attempt - 1, base, policy.maxBackoffMs, random);
    if (performance.now() + wait >= policy.deadlineAt) {
      log(`${describe(outcome)}: waiting ${wait} ms would pass the deadline; giving up`);
      return { outcome, attempts: attempt, gaveUp: "deadline", waitMs: wait };
    }
    log(`${describe(outcome)}: retry ${attempt} of ${policy.maxRetries} in ${wait} ms${asked !== void 0 ? " (as the server asked)" : ""}`);
    if (!await sleep(wait, options.signal)) return { outcome: { kind: "aborted" }, attempts: attempt };
  }
}

// src/verify/verify.ts
var CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
var SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 };
function byLikelihood(a, b) {
  return a.confidence - b.confidence || a.severity - b.severity;
}
var MAX_BODY_BYTES = 64 * 1024;
var ACCEPT = "application/vnd.pagerduty+json;version=2";
var USER_AGENT = "pdguard";
var NO_METHOD = "no verification method for this rule; not sent";
var NOT_SENDABLE = "not sent: it holds characters an HTTP header cannot carry";
function notSentReason(spec) {
  return `cannot be checked without a side effect${spec.unverifiable ? ` (${spec.unverifiable})` : ""}; not sent`;
}
var SENDABLE = /^[\x21-\x7e]{1,1024}$/;
function requestHeaders(method, secret) {
  return {
    Accept: ACCEPT,
    Authorization: method === "rest-api-key" ? `Token token=${secret}` : `Bearer ${secret}`,
    "User-Agent": USER_AGENT
  };
}
function isLoopback(hostname) {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
function idOf(hash) {
  return `sha256:${hash.slice(0, 12)}`;
}
function regionOrder(credential, bases) {
  const first = credential.region === "eu" ? bases.eu : bases.us;
  const second = first === bases.eu ? bases.us : bases.eu;
  return second.url.href === first.url.href ? [first] : [first, second];
}
async function checkEndpoint(credential, base, path, run) {
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
      agents: run.agents
    },
    { maxRetries: options.maxRetries, maxBackoffMs: options.maxBackoffMs, deadlineAt: run.deadlineAt },
    (line) => run.log(`${id}: ${base.label} ${path}: ${line}`)
  );
  run.log(`${id}: GET ${url.href} \u2192 ${describeOutcome(retried.outcome)} in ${Math.round(performance.now() - started)} ms`);
  return judge(retried, { base, path, timeoutMs: options.timeoutMs, maxBodyBytes: MAX_BODY_BYTES });
}
async function checkRegion(credential, base, run) {
  const me = await checkEndpoint(credential, base, "/users/me", run);
  if (me.kind !== "cannot-judge") return me;
  const abilities = await checkEndpoint(credential, base, "/abilities", run);
  if (abilities.kind === "live" || abilities.kind === "rejected") return abilities;
  const why = abilities.kind === "unknown" ? abilities.reason : abilities.what;
  return { kind: "unknown", reason: `the ${base.label} could not judge it from /users/me (${me.httpStatus}); then ${why}`, httpStatus: me.httpStatus };
}
async function verifyCredential(credential, run) {
  if (!SENDABLE.test(credential.secret)) return { status: "unknown", reason: NOT_SENDABLE };
  const order = regionOrder(credential, run.options.bases);
  const rejectedBy = [];
  for (const base of order) {
    const prefix = rejectedBy.length ? `rejected by the ${rejectedBy.map((b) => b.label).join(" and the ")} (401); ` : "";
    if (run.signal.aborted) return { status: "unknown", reason: `${prefix}${DEADLINE_REASON}`, unchecked: true };
    const judgement = await checkRegion(credential, base, run);
    if (judgement.kind === "rejected") {
      rejectedBy.push(base);
      continue;
    }
    if (judgement.kind === "live") return { status: "live", reason: judgement.reason, httpStatus: judgement.httpStatus };
    const unknown = { status: "unknown", reason: `${prefix}${judgement.reason}`, unchecked: true };
    if (judgement.httpStatus !== void 0) unknown.httpStatus = judgement.httpStatus;
    return unknown;
  }
  const by = order.length > 1 ? "both regions" : `the ${order[0].label}`;
  if (credential.refreshLike?.test(credential.secret)) {
    return {
      status: "unknown",
      reason: `rejected by ${by} as an access token (401), but it looks like a refresh token, which only a token request (a side effect) could check`,
      httpStatus: 401
    };
  }
  return { status: "dead", reason: `rejected by ${by} (401)`, httpStatus: 401 };
}
async function verifyFindings(findings, rules, options) {
  const resolved = resolveOptions(options);
  const started = performance.now();
  const log = (line) => resolved.debug(`verify: ${line}`);
  const specs = new Map(rules.map((rule) => [rule.id, rule.verify]));
  const credentials = /* @__PURE__ */ new Map();
  let notSent = 0;
  const plan = findings.map((finding) => {
    const spec = specs.get(finding.ruleId);
    if (spec === void 0 || spec.method === "none") {
      notSent++;
      return { status: "unknown", reason: spec === void 0 ? NO_METHOD : notSentReason(spec) };
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
    if (base.url.protocol === "http:" && !isLoopback(base.url.hostname)) {
      log(`warning: the ${base.label} URL is plain http:, so secrets would cross the network unencrypted`);
    }
  }
  const results = /* @__PURE__ */ new Map();
  if (credentials.size > 0) {
    const cache = resolved.cacheFile ? await VerifyCache.load(resolved.cacheFile, [resolved.bases.us.url.href, resolved.bases.eu.url.href], resolved.cacheTtlMs, resolved.now, log) : void 0;
    const todo = [];
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
    const planned = plan[i];
    const verification = typeof planned === "string" ? results.get(planned) ?? { status: "unknown", reason: DEADLINE_REASON, unchecked: true } : planned;
    return { ...finding, verification: { ...verification } };
  });
}
async function checkAll(todo, options, started, results, log) {
  const controller = new AbortController();
  const deadlineAt = started + options.deadlineMs;
  const deadline = setTimeout(() => {
    log(`deadline of ${formatDuration(options.deadlineMs)} reached; the secrets not settled yet are unknown`);
    controller.abort();
  }, Math.max(0, deadlineAt - performance.now()));
  deadline.unref();
  const run = { options, agents: new Agents(options.concurrency), signal: controller.signal, deadlineAt, log };
  try {
    await runPool(todo, options.concurrency, async (credential) => {
      let result;
      if (run.signal.aborted) {
        result = { status: "unknown", reason: DEADLINE_REASON, unchecked: true };
      } else {
        try {
          result = await verifyCredential(credential, run);
        } catch (error) {
          log(`${idOf(credential.hash)}: internal error (${error instanceof Error ? error.name : typeof error})`);
          result = { status: "unknown", reason: "verification failed (internal error)", unchecked: true };
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
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
