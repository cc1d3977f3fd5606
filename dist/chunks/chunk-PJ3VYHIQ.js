import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  CompiledRules
} from "./chunk-NSSYMS3V.js";
import {
  compilePatternFile,
  loadPatterns
} from "./chunk-MBPIPIM5.js";
import {
  compareFindings,
  toFindings
} from "./chunk-T5BUAX2I.js";
import {
  findConfig,
  globMatcher
} from "./chunk-3DVWT4TM.js";
import {
  writeFileSafely
} from "./chunk-3MH3OYKU.js";
import {
  BASELINE_LIMIT,
  CONFIG_LIMIT,
  ConfigError,
  PdguardError,
  RefusedRead,
  UsageError,
  errorMessage,
  jsonSyntaxProblem,
  readBoundedFile
} from "./chunk-BI647GDZ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/pipeline/run.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/config/rules.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function configPatternRules(config) {
  return (config.patterns ?? []).flatMap((file) => {
    let text;
    try {
      text = readBoundedFile(file, CONFIG_LIMIT, { followLinks: !config.confined });
    } catch (error) {
      if (error instanceof RefusedRead) throw new ConfigError(`${config.file}: patterns: ${file} not read: it ${error.message}`);
      throw new ConfigError(`${config.file}: patterns: cannot read ${file} (${error.code ?? errorMessage(error)})`);
    }
    return compilePatternFile(file, text);
  });
}
function selectRules(base, config, selection = {}) {
  const all = [...base];
  const ids = new Map(all.map((r) => [r.id, r.source]));
  for (const rule of configPatternRules(config)) {
    const first = ids.get(rule.id);
    if (first !== void 0) throw new ConfigError(`${rule.source}: rule '${rule.id}': id already defined in ${first}`);
    ids.set(rule.id, rule.source);
    all.push(rule);
  }
  const known = (id, where, error) => {
    if (!ids.has(id)) throw error(`${where}: no rule has the id '${id}' (pdguard rules lists them)`);
  };
  for (const id of config.disableRules ?? []) known(id, `${config.file}: rules.disable`, (m) => new ConfigError(m));
  for (const id of selection.enable ?? []) known(id, "--enable-rule", (m) => new UsageError(m));
  for (const id of selection.disable ?? []) known(id, "--disable-rule", (m) => new UsageError(m));
  const enable = new Set(selection.enable ?? []);
  const disable = /* @__PURE__ */ new Set([...enable.size ? [] : config.disableRules ?? [], ...selection.disable ?? []]);
  const chosen = all.filter((r) => (enable.size === 0 || enable.has(r.id)) && !disable.has(r.id));
  if (chosen.length === 0) throw new UsageError("the rule selection leaves no rule to run: nothing would be scanned (see --enable-rule, --disable-rule and rules.disable)");
  return chosen;
}

// src/pipeline/run.ts
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
async function runScan(source, options = {}) {
  const started = performance.now();
  const config = options.config ?? findConfig(source.configRoot, options.configFile);
  const rules = selectRules(options.rules ?? loadPatterns(), config, { enable: options.enableRules ?? [], disable: options.disableRules ?? [] });
  const raw = [];
  const skipped = [];
  const seenInFile = /* @__PURE__ */ new Set();
  const configExcluded = globMatcher(config.exclude);
  const totals = await source.scan(
    new CompiledRules(rules),
    { include: options.include ?? [], exclude: options.exclude ?? [] },
    {
      matches: (matches, where) => {
        const excluded = configExcluded(where.path);
        for (const found of toFindings(matches, where.path, where.commit)) {
          const occurrence = excluded ? { ...found, excluded } : found;
          if (where.file !== void 0) {
            const group = `${found.finding.secretHash}\0${where.file}`;
            const { finding, ...state } = occurrence;
            const alike = `${group}\0${finding.fingerprint}\0${JSON.stringify(state)}`;
            if (seenInFile.has(alike)) continue;
            seenInFile.add(alike);
            occurrence.group = group;
          }
          raw.push(occurrence);
        }
      },
      skipped: (skip) => {
        if (!configExcluded(skip.path) && !configExcluded(skip.path.replace(/ \([0-9a-f]{12}\)$/, ""))) skipped.push(skip);
      },
      progress: (progress) => options.onProgress?.(progress)
    }
  );
  const scan = {
    mode: source.mode,
    root: source.root,
    config: config.file,
    bytesScanned: totals.bytes,
    filesScanned: totals.files,
    commitsScanned: totals.commits,
    blobsScanned: totals.blobs,
    skipped: skipped.sort(byPath),
    durationMs: Math.round(performance.now() - started),
    ...totals.shallow !== void 0 ? { shallow: totals.shallow } : {},
    ...totals.revisions !== void 0 ? { revisions: totals.revisions } : {},
    ...totals.cached !== void 0 ? { cached: totals.cached } : {},
    ...totals.ignored !== void 0 ? { ignored: totals.ignored.count, ignoredPaths: totals.ignored.paths } : {},
    ...totals.warnings?.length ? { warnings: totals.warnings } : {}
  };
  return { scan, raw, rules, config };
}

// src/suppress/baseline.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function formatBaseline(findings) {
  const entries = findings.flatMap((f) => [f, ...f.otherPlaces ?? []]).map((f) => {
    const entry = { fingerprint: f.fingerprint, secretHash: f.secretHash, ruleId: f.ruleId, path: f.path };
    if (f.commit) entry.commit = f.commit.sha;
    return entry;
  }).sort((a, b) => compare(a.path, b.path) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint));
  const unique = entries.filter((e, i) => i === 0 || e.fingerprint !== entries[i - 1].fingerprint);
  return `${JSON.stringify({ version: 1, findings: unique }, null, 2)}
`;
}
function writeBaseline(file, findings) {
  const text = formatBaseline(findings);
  try {
    writeFileSafely(file, text, { userNamed: true });
  } catch (error) {
    if (error instanceof PdguardError) throw error;
    throw new ConfigError(`${file}: cannot write baseline (${error.code ?? errorMessage(error)})`);
  }
  return JSON.parse(text).findings.length;
}
function readBaseline(file, { followLinks = true } = {}) {
  let text;
  try {
    text = readBoundedFile(file, BASELINE_LIMIT, { followLinks });
  } catch (error) {
    if (error instanceof RefusedRead && error.kind !== "missing") throw new ConfigError(`${file}: baseline not read: it ${error.message}`);
    const code = error.code;
    throw new ConfigError(`${file}: cannot read baseline (${code ?? errorMessage(error)}); create one with --write-baseline`);
  }
  return parseBaseline(file, text);
}
function parseBaseline(file, text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: cannot read baseline (${jsonSyntaxProblem(error)}); create one with --write-baseline`);
  }
  const findings = doc?.findings;
  if (!Array.isArray(findings) || !findings.every((f) => typeof f?.fingerprint === "string")) {
    throw new ConfigError(`${file}: not a pdguard baseline (expected {"version": 1, "findings": [{"fingerprint": ...}]})`);
  }
  return new Set(findings.map((f) => f.fingerprint));
}

// src/pipeline/settle.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/suppress/suppress.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function isAllowed(finding, config) {
  return config.allow.some(
    (a) => a.secretHash !== void 0 && a.secretHash === finding.secretHash || a.fingerprint !== void 0 && a.fingerprint === finding.fingerprint
  );
}
function suppressionOf({ finding, inlineAllowed, excluded }, { config, baseline }) {
  if (inlineAllowed) return "inline";
  if (excluded) return "exclude";
  if (isAllowed(finding, config)) return "allow";
  if (baseline?.has(finding.fingerprint)) return "baseline";
  return null;
}
function applySuppressions(findings, suppressions) {
  const kept = [];
  const suppressed = [];
  const reported = /* @__PURE__ */ new Map();
  const hidden = /* @__PURE__ */ new Map();
  const added = suppressions.added;
  for (const raw of findings) {
    const own = added?.findings.has(raw) ?? false;
    const by = suppressionOf(own && !added.honour ? { ...raw, inlineAllowed: false } : raw, suppressions);
    const marked = own ? { ...raw.finding, addedAllow: added.honour ? "honoured" : "refused" } : raw.finding;
    const group = raw.group;
    if (by) {
      const finding = { ...marked, suppressedBy: by };
      if (group === void 0) suppressed.push(finding);
      else if (!hidden.has(group)) hidden.set(group, finding);
      continue;
    }
    const first = group === void 0 ? void 0 : reported.get(group);
    if (first) (first.otherPlaces ??= []).push(marked);
    else {
      const finding = { ...marked };
      kept.push(finding);
      if (group !== void 0) reported.set(group, finding);
    }
  }
  for (const [group, finding] of hidden) if (!reported.has(group)) suppressed.push(finding);
  return { findings: kept, suppressed };
}

// src/pipeline/source.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var isUnreadable = (skip) => skip.kind === "unreadable";
var NOTHING_SCANNED = { bytes: 0, files: 0, commits: 0, blobs: 0 };

// src/pipeline/settle.ts
async function settle(scanned, options = {}) {
  const configured = scanned.config.baseline;
  const baseline = options.ignoreBaseline ? null : options.baseline ?? (configured ? readBaseline(configured, { followLinks: !scanned.config.confined }) : null);
  const review = options.inlineReview;
  const added = review ? { findings: await review.added(scanned.raw.filter((r) => r.inlineAllowed), scanned.rules), honour: review.honour } : void 0;
  const { findings, suppressed } = applySuppressions(scanned.raw, { config: scanned.config, baseline, ...added ? { added } : {} });
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  let verified = findings;
  if (options.verify && findings.length) {
    const { verifyFindings } = await import("./verify-SU6TXYWS.js");
    verified = await verifyFindings(findings, scanned.rules, options.verify);
  }
  const counts = { inline: 0, exclude: 0, allow: 0, baseline: 0 };
  for (const f of suppressed) counts[f.suppressedBy]++;
  return {
    scan: { ...scanned.scan, suppressed: counts },
    findings: verified,
    suppressed,
    incomplete: scanned.scan.skipped.some(isUnreadable),
    rules: scanned.rules
  };
}

export {
  runScan,
  formatBaseline,
  writeBaseline,
  readBaseline,
  parseBaseline,
  isUnreadable,
  NOTHING_SCANNED,
  settle
};
