import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-67F7UJSQ.js";
import {
  ConfigError,
  errorMessage
} from "./chunk-I36JKIRJ.js";
import {
  __toESM,
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-DAIUZSFK.js";

// src/config/config.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var CONFIG_FILE_NAME = ".pdguard.yaml";
var EMPTY_CONFIG = { file: null, exclude: [], allow: [] };
var TOP_KEYS = ["exclude", "allow", "baseline", "patterns", "rules"];
var ALLOW_KEYS = ["secretHash", "fingerprint", "reason"];
var RULES_KEYS = ["disable"];
var isStringList = (value) => Array.isArray(value) && value.every((g) => typeof g === "string" && g !== "");
function parseConfig(file, text, options = {}) {
  const fail = (problem) => {
    throw new ConfigError(`${file}: ${problem}`);
  };
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (error) {
    fail(`not valid YAML: ${errorMessage(error).split("\n")[0]}`);
  }
  if (doc === null || doc === void 0) return { ...EMPTY_CONFIG, file };
  if (typeof doc !== "object" || Array.isArray(doc)) return fail(`must be a YAML mapping (keys: ${TOP_KEYS.join(", ")})`);
  const dict = doc;
  for (const key of Object.keys(dict)) {
    if (!TOP_KEYS.includes(key)) fail(`unknown key '${key}' (allowed: ${TOP_KEYS.join(", ")})`);
  }
  const exclude = dict.exclude ?? [];
  if (!isStringList(exclude)) fail(`'exclude' must be a list of glob strings`);
  const allowList = dict.allow ?? [];
  if (!Array.isArray(allowList)) fail(`'allow' must be a list of entries with secretHash or fingerprint, and reason`);
  const allow = allowList.map((entry, i) => {
    const at = `allow[${i}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return fail(`${at} must be a mapping`);
    const e = entry;
    for (const key of Object.keys(e)) {
      if (!ALLOW_KEYS.includes(key)) fail(`unknown key '${key}' in ${at} (allowed: ${ALLOW_KEYS.join(", ")})`);
    }
    for (const key of ["secretHash", "fingerprint"]) {
      if (e[key] !== void 0 && (typeof e[key] !== "string" || !/^[0-9a-f]{16,64}$/.test(e[key]))) {
        fail(`${at}.${key} must be a lower-case hex string as pdguard prints it`);
      }
    }
    if (e.secretHash === void 0 && e.fingerprint === void 0) fail(`${at} needs secretHash or fingerprint`);
    if (typeof e.reason !== "string" || e.reason.trim() === "") fail(`${at}.reason must say why this finding is allowed`);
    const result = { reason: e.reason };
    if (e.secretHash !== void 0) result.secretHash = e.secretHash;
    if (e.fingerprint !== void 0) result.fingerprint = e.fingerprint;
    return result;
  });
  const config = { file, exclude, allow };
  const fileOf = (key, value) => configPath(file, key, value, options.confined ?? false);
  if (dict.baseline !== void 0 && dict.baseline !== null) {
    if (typeof dict.baseline !== "string" || dict.baseline === "") fail(`'baseline' must be the path of a baseline file (written by --write-baseline)`);
    config.baseline = fileOf("baseline", dict.baseline);
  }
  if (dict.patterns !== void 0 && dict.patterns !== null) {
    if (!isStringList(dict.patterns)) fail(`'patterns' must be a list of pattern file paths`);
    config.patterns = dict.patterns.map((p) => fileOf("patterns", p));
  }
  if (dict.rules !== void 0 && dict.rules !== null) {
    const rules = dict.rules;
    if (typeof rules !== "object" || Array.isArray(rules)) return fail(`'rules' must be a mapping such as { disable: [RULE-ID, ...] }`);
    for (const key of Object.keys(rules)) {
      if (!RULES_KEYS.includes(key)) fail(`unknown key '${key}' in rules (allowed: ${RULES_KEYS.join(", ")})`);
    }
    const disable = rules.disable ?? [];
    if (!isStringList(disable)) fail(`'rules.disable' must be a list of rule ids (see pdguard rules)`);
    config.disableRules = disable;
  }
  return config;
}
function configPath(file, key, value, confined) {
  const dir = dirname(resolve(file));
  const target = resolve(dir, value);
  if (!confined) return target;
  const outside = (base, path) => {
    const rel = relative(base, path);
    return rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  };
  let realDir = dir;
  try {
    realDir = realpathSync(dir);
  } catch {
  }
  let realTarget = target;
  try {
    realTarget = realpathSync(target);
  } catch {
    realTarget = resolve(realDir, relative(dir, target));
  }
  if (isAbsolute(value) || outside(dir, target) || outside(realDir, realTarget)) {
    throw new ConfigError(
      `${file}: ${key}: '${value}' is outside the directory of this configuration; a .pdguard.yaml found in the scanned tree may name only files inside it (or pass --config FILE)`
    );
  }
  return target;
}
function loadConfig(file, options = {}) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`${file}: cannot read configuration (${error.code ?? errorMessage(error)})`);
  }
  return parseConfig(file, text, options);
}
function workTreeTop(dir) {
  const uid = typeof process.getuid === "function" ? process.getuid() : null;
  for (let at = resolve(dir); ; ) {
    const dotGit = join(at, ".git");
    try {
      const stat = statSync(dotGit);
      const owned = uid === null || stat.uid === uid;
      const real = stat.isDirectory() ? existsSync(join(dotGit, "HEAD")) : readFileSync(dotGit, "utf8").startsWith("gitdir:");
      if (owned && real) return at;
    } catch {
    }
    const parent = dirname(at);
    if (parent === at) return null;
    at = parent;
  }
}
function findConfig(root, explicit) {
  if (explicit) return loadConfig(explicit);
  const own = join(root, CONFIG_FILE_NAME);
  if (existsSync(own)) return loadConfig(own, { confined: true });
  const top = workTreeTop(root);
  if (top !== null && top !== resolve(root)) {
    const atTop = join(top, CONFIG_FILE_NAME);
    if (existsSync(atTop)) return loadConfig(atTop, { confined: true });
  }
  return EMPTY_CONFIG;
}

export {
  CONFIG_FILE_NAME,
  parseConfig,
  loadConfig,
  workTreeTop,
  findConfig
};
