import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-BI647GDZ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/verify/options.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var DEFAULT_API_URL = "https://api.pagerduty.com";
var DEFAULT_API_URL_EU = "https://api.eu.pagerduty.com";
function apiBases(flags, env) {
  return {
    apiUrl: flags.apiUrl ?? (env.PDGUARD_API_URL || DEFAULT_API_URL),
    apiUrlEu: flags.apiUrlEu ?? (env.PDGUARD_API_URL_EU || DEFAULT_API_URL_EU)
  };
}
var DEFAULTS = {
  timeoutMs: 5e3,
  deadlineMs: 3e4,
  concurrency: 8,
  maxRetries: 3,
  maxBackoffMs: 1e4,
  cacheTtlMs: 24 * 60 * 60 * 1e3
};
function parseBaseUrl(value, option) {
  if (typeof value !== "string" || value.trim() === "") {
    throw new UsageError(`${option} must be an http: or https: URL (it is empty)`);
  }
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(`${option} is not a valid URL; give an http: or https: URL such as https://api.pagerduty.com`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`${option} must be an http: or https: URL (got ${url.protocol})`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new UsageError(`${option} must not contain a user name or password`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new UsageError(`${option} must not have a query or fragment; give the base URL only`);
  }
  url.pathname = url.pathname.replace(/\/+$/, "");
  return url;
}
function joinUrl(base, path) {
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, "")}${path}`;
  return url;
}
function integer(value, option, fallback, min) {
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min) {
    throw new UsageError(`${option} must be a number of at least ${min}`);
  }
  return Math.floor(value);
}
function resolveOptions(options) {
  if (typeof options !== "object" || options === null) throw new UsageError("verify options are missing");
  const us = parseBaseUrl(options.apiUrl, "apiUrl (--api-url / PDGUARD_API_URL)");
  const eu = parseBaseUrl(options.apiUrlEu, "apiUrlEu (--api-url-eu / PDGUARD_API_URL_EU)");
  if (options.cacheFile !== void 0 && (typeof options.cacheFile !== "string" || options.cacheFile === "")) {
    throw new UsageError("cacheFile (--verify-cache) must be a file path");
  }
  return {
    bases: {
      us: { region: "us", label: "US API", url: us },
      eu: { region: "eu", label: "EU API", url: eu }
    },
    timeoutMs: integer(options.timeoutMs, "timeoutMs", DEFAULTS.timeoutMs, 1),
    deadlineMs: integer(options.deadlineMs, "deadlineMs", DEFAULTS.deadlineMs, 1),
    concurrency: integer(options.concurrency, "concurrency", DEFAULTS.concurrency, 1),
    maxRetries: integer(options.maxRetries, "maxRetries", DEFAULTS.maxRetries, 0),
    maxBackoffMs: integer(options.maxBackoffMs, "maxBackoffMs", DEFAULTS.maxBackoffMs, 0),
    cacheFile: options.cacheFile,
    cacheTtlMs: integer(options.cacheTtlMs, "cacheTtlMs", DEFAULTS.cacheTtlMs, 0),
    now: options.now ?? Date.now,
    debug: options.debug ?? (() => {
    })
  };
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  const s = ms / 1e3;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

export {
  apiBases,
  joinUrl,
  resolveOptions,
  formatDuration
};
