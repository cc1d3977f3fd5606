/** Splits findings into those reported and those suppressed by an inline allow, the config or a baseline. */
import type { Config } from '../config.js';
import type { Finding } from '../types.js';

export interface Suppressions {
  config: Config;
  baseline: Set<string> | null;
}

export function isAllowed(finding: Finding, config: Config): boolean {
  return config.allow.some(
    (a) => (a.secretHash !== undefined && a.secretHash === finding.secretHash) || (a.fingerprint !== undefined && a.fingerprint === finding.fingerprint),
  );
}

export function applySuppressions(
  findings: readonly { finding: Finding; inlineAllowed: boolean }[],
  { config, baseline }: Suppressions,
): { findings: Finding[]; suppressed: Finding[] } {
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const { finding, inlineAllowed } of findings) {
    if (inlineAllowed || isAllowed(finding, config) || baseline?.has(finding.fingerprint)) suppressed.push(finding);
    else kept.push(finding);
  }
  return { findings: kept, suppressed };
}
