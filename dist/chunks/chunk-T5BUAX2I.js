import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/pipeline/redact.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function redactSecret(secret, keep) {
  const prefix = keep?.exec(secret)?.[0] ?? "";
  const body = secret.slice(prefix.length);
  if (body.length < 10) return `${prefix}\u2026`;
  const head = body.length >= 32 ? 3 : 2;
  return `${prefix}${body.slice(0, head)}\u2026${body.slice(-2)}`;
}

// src/pipeline/findings.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { createHash } from "node:crypto";
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function regionOf(rule, secret) {
  for (const [region, test] of Object.entries(rule.region)) if (test.test(secret)) return region;
  return null;
}
function fingerprintOf(ruleId, path, secretHash, occurrence) {
  return sha256(`${ruleId}\0${path}\0${secretHash}\0${occurrence}`).slice(0, 32);
}
function toFindings(matches, path, commit) {
  const occurrences = /* @__PURE__ */ new Map();
  const allowedLines = /* @__PURE__ */ new Map();
  for (const m of matches) if (m.inlineAllowed) allowedLines.set(m.secret, (allowedLines.get(m.secret) ?? 0) + 1);
  return matches.map((m) => {
    const secretHash = sha256(m.secret);
    const key = `${m.rule.id}\0${secretHash}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    const finding = {
      ruleId: m.rule.id,
      ruleName: m.rule.name,
      confidence: m.confidence,
      severity: m.rule.severity,
      path,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      secret: m.secret,
      redacted: redactSecret(m.secret, m.rule.redactKeep),
      secretHash,
      fingerprint: fingerprintOf(m.rule.id, path, secretHash, occurrence),
      region: regionOf(m.rule, m.secret),
      remediation: m.rule.remediation,
      helpUri: m.rule.helpUri
    };
    if (m.decoded) finding.decoded = m.decoded;
    if (m.evidence) finding.evidence = m.evidence;
    if (commit) finding.commit = commit;
    return m.inlineAllowed ? { finding, inlineAllowed: true, allowedLines: allowedLines.get(m.secret) } : { finding, inlineAllowed: false };
  });
}
function compareFindings(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export {
  redactSecret,
  sha256,
  toFindings,
  compareFindings
};
