/** Splits findings into those reported and those suppressed, saying what suppressed each. */
import type { Config } from '../config/config.js';
import type { RawFinding } from '../pipeline/findings.js';
import type { Finding, SuppressionKind } from '../types.js';

export interface Suppressions {
  config: Config;
  /** Fingerprints recorded by `--write-baseline`. */
  baseline: Set<string> | null;
}

export function isAllowed(finding: Finding, config: Config): boolean {
  return config.allow.some(
    (a) => (a.secretHash !== undefined && a.secretHash === finding.secretHash) || (a.fingerprint !== undefined && a.fingerprint === finding.fingerprint),
  );
}

/**
 * What hides this finding, if anything: the line's own comment first, then the configuration
 * (an excluded path, an allow entry), then the baseline.
 */
export function suppressionOf({ finding, inlineAllowed, excluded }: RawFinding, { config, baseline }: Suppressions): SuppressionKind | null {
  if (inlineAllowed) return 'inline';
  if (excluded) return 'exclude';
  if (isAllowed(finding, config)) return 'allow';
  if (baseline?.has(finding.fingerprint)) return 'baseline';
  return null;
}

export function applySuppressions(findings: readonly RawFinding[], suppressions: Suppressions): { findings: Finding[]; suppressed: Finding[] } {
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const raw of findings) {
    const by = suppressionOf(raw, suppressions);
    if (by) suppressed.push({ ...raw.finding, suppressedBy: by });
    else kept.push(raw.finding);
  }
  return { findings: kept, suppressed };
}
