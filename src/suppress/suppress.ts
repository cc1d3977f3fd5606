/** Splits findings into those reported and those suppressed, saying what suppressed each. */
import type { Config } from '../config/config.js';
import type { RawFinding } from '../pipeline/findings.js';
import type { Finding, Rule, SuppressionKind } from '../types.js';

/**
 * A change under review (the Action on a pull request or merge group): its own `pdguard:allow`
 * markers must not hide its own leaks unseen.
 */
export interface InlineReview {
  /** Of these findings, each allowed by a marker, those whose marker the change added. */
  added(allowed: readonly RawFinding[], rules: readonly Rule[]): Promise<Set<RawFinding>>;
  /** Honour those markers anyway (the base's configuration opts in); they are shown either way. */
  honour: boolean;
}

export interface Suppressions {
  config: Config;
  /** Fingerprints recorded by `--write-baseline`. */
  baseline: Set<string> | null;
  /** Findings allowed by a marker the change under review added (see InlineReview), and whether to honour those. */
  added?: { findings: Set<RawFinding>; honour: boolean };
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

/**
 * Each finding is suppressed or not on its own; then a group (history: a secret in one file) is
 * reported once, by its earliest finding nothing suppressed, the others kept as its `otherPlaces`.
 * A group whose every finding is suppressed is one suppressed finding, its earliest.
 */
export function applySuppressions(findings: readonly RawFinding[], suppressions: Suppressions): { findings: Finding[]; suppressed: Finding[] } {
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  const reported = new Map<string, Finding>();
  const hidden = new Map<string, Finding>();
  const added = suppressions.added;
  for (const raw of findings) {
    // A marker the change added is marked either way; unless honoured, the finding is judged as if it had none.
    const own = added?.findings.has(raw) ?? false;
    const by = suppressionOf(own && !added!.honour ? { ...raw, inlineAllowed: false } : raw, suppressions);
    const marked = own ? { ...raw.finding, addedAllow: added!.honour ? ('honoured' as const) : ('refused' as const) } : raw.finding;
    const group = raw.group;
    if (by) {
      const finding = { ...marked, suppressedBy: by };
      if (group === undefined) suppressed.push(finding);
      else if (!hidden.has(group)) hidden.set(group, finding);
      continue;
    }
    const first = group === undefined ? undefined : reported.get(group);
    if (first) (first.otherPlaces ??= []).push(marked);
    else {
      const finding = { ...marked };
      kept.push(finding);
      if (group !== undefined) reported.set(group, finding);
    }
  }
  for (const [group, finding] of hidden) if (!reported.has(group)) suppressed.push(finding);
  return { findings: kept, suppressed };
}
