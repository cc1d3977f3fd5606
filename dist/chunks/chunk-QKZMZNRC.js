import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-E7PWWUY2.js";
import {
  require_dist
} from "./chunk-67F7UJSQ.js";
import {
  PatternError,
  errorMessage
} from "./chunk-I36JKIRJ.js";
import {
  __toESM,
  define_PDGUARD_BUILTIN_PATTERNS_default,
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-DAIUZSFK.js";

// src/patterns/load.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";

// src/patterns/builtin.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { readdirSync } from "node:fs";
import { join } from "node:path";
var PATTERN_DIR = "patterns";
function builtinPatternFiles(packageRoot2) {
  return readdirSync(join(packageRoot2, PATTERN_DIR)).filter((file) => file.endsWith(".yaml")).sort().map((file) => ({ path: join(packageRoot2, PATTERN_DIR, file), name: `${PATTERN_DIR}/${file}` }));
}

// src/patterns/load.ts
var CONFIDENCES = ["high", "medium", "low"];
var SEVERITIES = ["critical", "high", "medium", "low"];
var TOP_KEYS = ["version", "fragments", "rules"];
var RULE_KEYS = [
  "id",
  "name",
  "description",
  "confidence",
  "severity",
  "region",
  "verify",
  "redact",
  "keywords",
  "patterns",
  "secret",
  "known_examples",
  "remediation",
  "help_uri",
  "lifetime",
  "tags",
  "examples",
  "negative_examples"
];
var VERIFY_METHODS = ["rest-api-key", "oauth-token", "none"];
var VERIFY_KEYS = ["method", "unverifiable", "refresh_like"];
var REGIONS = ["us", "eu"];
var REDACT_KEYS = ["keep"];
var PATTERN_KEYS = ["regex", "confidence", "ignore_case", "context", "unless", "decode"];
var CONTEXT_KINDS = ["line", "parent", "near", "name", "sibling", "call", "table"];
var CONTEXT_KEYS = [...CONTEXT_KINDS, "lines", "levels"];
var ENCODINGS = ["base64", "json-unicode", "url"];
var SECRET_KEYS = ["shape", "min_entropy", "min_classes", "min_digits", "url_decode"];
var Where = class {
  constructor(file, rule) {
    this.file = file;
    this.rule = rule;
  }
  file;
  rule;
  fail(problem) {
    throw new PatternError(`${this.file}${this.rule ? `: rule '${this.rule}'` : ""}: ${problem}`);
  }
};
function isDict(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkKeys(where, value, allowed, what) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) where.fail(`unknown key '${key}' in ${what} (allowed: ${allowed.join(", ")})`);
  }
}
function str(where, value, name, required = true) {
  if (value === void 0 && !required) return "";
  if (typeof value !== "string" || value.trim() === "") where.fail(`'${name}' must be a non-empty string`);
  return value;
}
function strList(where, value, name) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && v !== "")) {
    where.fail(`'${name}' must be a list of non-empty strings`);
  }
  return value;
}
function oneOf(where, value, name, allowed, fallback) {
  if (value === void 0 && fallback !== void 0) return fallback;
  if (typeof value !== "string" || !allowed.includes(value)) {
    where.fail(`'${name}' must be one of ${allowed.join(", ")} (got ${JSON.stringify(value)})`);
  }
  return value;
}
function num(where, value, name, min, max) {
  if (value === void 0) return void 0;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    where.fail(`'${name}' must be a number from ${min} to ${max}`);
  }
  return value;
}
function expandFragments(where, source, fragments) {
  return source.replace(/\{\{([A-Za-z0-9_]+)\}\}/g, (_, name) => {
    const fragment = fragments.get(name);
    if (fragment === void 0) where.fail(`unknown fragment '{{${name}}}'`);
    return fragment;
  });
}
function compile(where, source, flags, name) {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    return where.fail(`'${name}' is not a valid regular expression: ${errorMessage(error)}`);
  }
}
function captureGroups(regex) {
  return (new RegExp(`${regex.source}|`).exec("")?.length ?? 1) - 1;
}
function compileContext(where, value, fragments, key = "context") {
  if (value === void 0) return [];
  if (!Array.isArray(value) || value.length === 0) where.fail(`'${key}' must be a non-empty list`);
  return value.map((item) => {
    if (!isDict(item)) return where.fail(`each '${key}' entry must be a mapping`);
    checkKeys(where, item, CONTEXT_KEYS, `a ${key} entry`);
    const kinds = CONTEXT_KINDS.filter((k) => item[k] !== void 0);
    if (kinds.length === 0) where.fail(`each '${key}' entry needs one or more of ${CONTEXT_KINDS.join(", ")}`);
    const requirement = {};
    for (const kind of kinds) {
      const regex = compile(where, expandFragments(where, str(where, item[kind], `${key}.${kind}`), fragments), "i", `${key}.${kind}`);
      if (kind === "near") {
        const lines = num(where, item.lines, `${key}.lines`, 1, 200);
        if (lines === void 0) where.fail(`a 'near' context needs 'lines'`);
        requirement.near = { regex, lines };
      } else if (kind === "sibling") {
        requirement.sibling = { regex, levels: num(where, item.levels, `${key}.levels`, 1, 8) ?? 1 };
      } else requirement[kind] = regex;
    }
    if (item.lines !== void 0 && !kinds.includes("near")) where.fail(`'lines' goes only with 'near'`);
    if (item.levels !== void 0 && !kinds.includes("sibling")) where.fail(`'levels' goes only with 'sibling'`);
    return requirement;
  });
}
function compileDecode(where, value, at) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || value.length === 0) where.fail(`${at}.decode must be a non-empty list of ${ENCODINGS.join(", ")}`);
  return value.map((v) => oneOf(where, v, `${at}.decode`, ENCODINGS));
}
function compilePattern(where, value, index, fragments, ruleConfidence) {
  const at = `patterns[${index}]`;
  if (!isDict(value)) where.fail(`${at} must be a mapping`);
  checkKeys(where, value, PATTERN_KEYS, at);
  const source = expandFragments(where, str(where, value.regex, `${at}.regex`), fragments);
  if (value.ignore_case !== void 0 && typeof value.ignore_case !== "boolean") where.fail(`${at}.ignore_case must be true or false`);
  const flags = value.ignore_case === false ? "gd" : "gid";
  const regex = compile(where, source, flags, `${at}.regex`);
  const groups = captureGroups(regex);
  if (groups !== 1) where.fail(`${at}.regex must have exactly one capture group (the secret), found ${groups}; use (?:...) for the others`);
  if (regex.test("")) where.fail(`${at}.regex matches the empty string`);
  return {
    regex,
    confidence: oneOf(where, value.confidence, `${at}.confidence`, CONFIDENCES, ruleConfidence),
    context: compileContext(where, value.context, fragments),
    unless: compileContext(where, value.unless, fragments, "unless"),
    decode: compileDecode(where, value.decode, at)
  };
}
function compileSecretChecks(where, value) {
  if (value === void 0) return {};
  if (!isDict(value)) where.fail(`'secret' must be a mapping`);
  checkKeys(where, value, SECRET_KEYS, "secret");
  if (value.url_decode !== void 0 && typeof value.url_decode !== "boolean") where.fail(`'secret.url_decode' must be true or false`);
  const checks = {};
  if (value.shape !== void 0) checks.shape = compile(where, str(where, value.shape, "secret.shape"), "", "secret.shape");
  const minEntropy = num(where, value.min_entropy, "secret.min_entropy", 0, 8);
  const minClasses = num(where, value.min_classes, "secret.min_classes", 1, 4);
  const minDigits = num(where, value.min_digits, "secret.min_digits", 0, 1e3);
  if (minEntropy !== void 0) checks.minEntropy = minEntropy;
  if (minClasses !== void 0) checks.minClasses = minClasses;
  if (minDigits !== void 0) checks.minDigits = minDigits;
  if (value.url_decode) checks.urlDecode = true;
  return checks;
}
function compileRegion(where, value) {
  if (value === void 0) return {};
  if (!isDict(value)) return where.fail(`'region' must map regions (${REGIONS.join(", ")}) to regular expressions that the secret matches`);
  checkKeys(where, value, [...REGIONS], "region");
  const out = {};
  for (const region of REGIONS) {
    if (value[region] !== void 0) out[region] = compile(where, str(where, value[region], `region.${region}`), "", `region.${region}`);
  }
  return out;
}
function compileVerify(where, value) {
  if (value === void 0 || typeof value === "string") return { method: oneOf(where, value, "verify", VERIFY_METHODS, "none") };
  if (!isDict(value)) return where.fail(`'verify' must be a method (${VERIFY_METHODS.join(", ")}) or a mapping with 'method'`);
  checkKeys(where, value, VERIFY_KEYS, "verify");
  const spec = { method: oneOf(where, value.method, "verify.method", VERIFY_METHODS) };
  if (value.unverifiable !== void 0) {
    if (spec.method !== "none") where.fail(`'verify.unverifiable' says why a credential is never sent: it goes with method none`);
    spec.unverifiable = str(where, value.unverifiable, "verify.unverifiable").trim();
  }
  if (value.refresh_like !== void 0) {
    if (spec.method !== "oauth-token") where.fail(`'verify.refresh_like' goes with method oauth-token`);
    spec.refreshLike = compile(where, str(where, value.refresh_like, "verify.refresh_like"), "", "verify.refresh_like");
  }
  return spec;
}
function compileRedact(where, value) {
  if (value === void 0) return void 0;
  if (!isDict(value)) return where.fail(`'redact' must be a mapping with 'keep'`);
  checkKeys(where, value, REDACT_KEYS, "redact");
  const keep = compile(where, str(where, value.keep, "redact.keep"), "", "redact.keep");
  if (!keep.source.startsWith("^")) where.fail(`'redact.keep' must be anchored at the start of the secret (begin with ^)`);
  return keep;
}
function compileRule(file, value, index, fragments) {
  if (!isDict(value)) return new Where(file).fail(`rules[${index}] must be a mapping`);
  const idValue = value.id;
  const where = new Where(file, typeof idValue === "string" ? idValue : `rules[${index}]`);
  checkKeys(where, value, RULE_KEYS, "a rule");
  const id = str(where, idValue, "id");
  if (!/^[a-z0-9][a-z0-9-]{2,63}$/.test(id)) where.fail(`'id' must be lower-case letters, digits and dashes`);
  const confidence = oneOf(where, value.confidence, "confidence", CONFIDENCES);
  if (!Array.isArray(value.patterns) || value.patterns.length === 0) where.fail(`'patterns' must be a non-empty list`);
  const keywords = strList(where, value.keywords, "keywords").map((k) => k.toLowerCase());
  const redactKeep = compileRedact(where, value.redact);
  return {
    id,
    name: str(where, value.name, "name"),
    description: str(where, value.description, "description").trim(),
    confidence,
    severity: oneOf(where, value.severity, "severity", SEVERITIES),
    keywords,
    patterns: value.patterns.map((p, i) => compilePattern(where, p, i, fragments, confidence)),
    secret: compileSecretChecks(where, value.secret),
    knownExamples: new Set(strList(where, value.known_examples, "known_examples")),
    region: compileRegion(where, value.region),
    verify: compileVerify(where, value.verify),
    ...redactKeep ? { redactKeep } : {},
    remediation: str(where, value.remediation, "remediation").trim(),
    helpUri: str(where, value.help_uri, "help_uri"),
    ...value.lifetime !== void 0 ? { lifetime: str(where, value.lifetime, "lifetime").trim() } : {},
    tags: strList(where, value.tags, "tags"),
    examples: strList(where, value.examples, "examples"),
    negativeExamples: strList(where, value.negative_examples, "negative_examples"),
    source: file
  };
}
function compilePatternDocument(file, doc) {
  const where = new Where(file);
  if (!isDict(doc)) where.fail("must be a YAML mapping with a `rules` list");
  checkKeys(where, doc, TOP_KEYS, "the file");
  if (doc.version !== void 0 && doc.version !== 1) where.fail(`unsupported version ${JSON.stringify(doc.version)} (this pdguard reads version 1)`);
  const fragments = /* @__PURE__ */ new Map();
  if (doc.fragments !== void 0) {
    if (!isDict(doc.fragments)) where.fail(`'fragments' must be a mapping of names to regex text`);
    for (const [name, value] of Object.entries(doc.fragments)) {
      if (typeof value !== "string") where.fail(`fragment '${name}' must be a string`);
      fragments.set(name, expandFragments(where, value, fragments));
    }
  }
  if (!Array.isArray(doc.rules) || doc.rules.length === 0) where.fail(`'rules' must be a non-empty list`);
  return doc.rules.map((rule, i) => compileRule(file, rule, i, fragments));
}
function parsePatternText(file, text) {
  try {
    return (0, import_yaml.parse)(text);
  } catch (error) {
    return new Where(file).fail(`not valid YAML: ${errorMessage(error).split("\n")[0]}`);
  }
}
function readPatternFile(path, file = path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new PatternError(`${file}: cannot read pattern file (${error.code ?? errorMessage(error)})`);
  }
  return { file, doc: parsePatternText(file, text) };
}
function compilePatternFile(file, text) {
  return compilePatternDocument(file, parsePatternText(file, text));
}
function builtinDocuments() {
  if (typeof define_PDGUARD_BUILTIN_PATTERNS_default !== "undefined") return define_PDGUARD_BUILTIN_PATTERNS_default;
  return builtinPatternFiles(packageRoot()).map(({ path, name }) => readPatternFile(path, name));
}
function loadPatterns(extraFiles = []) {
  const rules = [];
  const seen = /* @__PURE__ */ new Map();
  const documents = [...builtinDocuments(), ...extraFiles.map((file) => readPatternFile(file))];
  for (const { file, doc } of documents) {
    for (const rule of compilePatternDocument(file, doc)) {
      const first = seen.get(rule.id);
      if (first) throw new PatternError(`${file}: rule '${rule.id}': id already defined in ${first}`);
      seen.set(rule.id, file);
      rules.push(rule);
    }
  }
  return rules;
}

export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
