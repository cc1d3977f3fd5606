/** `pdguard rules`: the detection rules, for people (text) and programs (json). */
import type { Rule } from '../types.js';
import { DEFAULT_WIDTH, escapeControls as safe, wrapWords } from './layout.js';

const CONF = 8;

/**
 * A table of the rules: id, confidence and severity on one row, then the rule's name and what it
 * finds as a paragraph wrapped to `width` with a hanging indent (a name column would push rows
 * past 80 columns).
 */
export function formatRulesText(rules: readonly Rule[], width = DEFAULT_WIDTH): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length)) + 2;
  const lines = rules.flatMap((r) => [
    `${safe(r.id).padEnd(idWidth)}${r.confidence.padEnd(CONF)}${r.severity}`,
    ...wrapWords(`${safe(r.name)}: ${safe(r.description)}`, width, '    ', '    '),
  ]);
  return `${'RULE'.padEnd(idWidth)}${'CONF.'.padEnd(CONF)}SEVERITY\n${lines.join('\n')}\n`;
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
