/** `pdguard rules`: the detection rules, for people (text) and programs (json). */
import type { Rule } from '../types.js';
import { DEFAULT_WIDTH, escapeControls as safe, wrapWords } from './layout.js';

// Column widths: the longest value ('medium', 'critical') and one space, so that a row fits 80 columns.
const CONF = 7;
const SEVERITY = 9;

/** A table of the rules; each description below its row, wrapped to `width` with a hanging indent. */
export function formatRulesText(rules: readonly Rule[], width = DEFAULT_WIDTH): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length)) + 2;
  const lines = rules.flatMap((r) => [
    ...wrapWords(`${safe(r.id).padEnd(idWidth)}${r.confidence.padEnd(CONF)}${r.severity.padEnd(SEVERITY)}${safe(r.name)}`, width, '', ' '.repeat(idWidth + CONF + SEVERITY)),
    ...wrapWords(safe(r.description), width, '    '),
  ]);
  return `${'RULE'.padEnd(idWidth)}${'CONF.'.padEnd(CONF)}${'SEVERITY'.padEnd(SEVERITY)}NAME\n${lines.join('\n')}\n`;
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
