/** `pdguard rules`: the detection rules, for people (text) and programs (json). */
import type { Rule } from '../types.js';

export function formatRulesText(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.id.length)) + 2;
  const lines = rules.map((r) => `${r.id.padEnd(width)}${r.confidence.padEnd(8)}${r.severity.padEnd(10)}${r.name}\n${' '.repeat(width)}${r.description}`);
  return `${'RULE'.padEnd(width)}${'CONF.'.padEnd(8)}${'SEVERITY'.padEnd(10)}NAME\n${lines.join('\n')}\n`;
}

export function formatRulesJson(rules: readonly Rule[]): string {
  const list = rules.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    confidence: r.confidence,
    severity: r.severity,
    keywords: r.keywords,
    remediation: r.remediation,
    helpUri: r.helpUri,
    source: r.source,
  }));
  return `${JSON.stringify(list, null, 2)}\n`;
}
