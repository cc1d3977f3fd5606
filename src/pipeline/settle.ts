/**
 * settle: the one step after every scan. Suppress (inline allows, the configuration's excluded
 * paths and allow list, a baseline; counted by kind in `scan.suppressed`), verify when asked, and sort: a Scanned (run.ts) becomes the ScanResult reporters
 * take. Writing reports and baselines, and choosing the exit code, stay with the front ends.
 */
import { readBaseline } from '../suppress/baseline.js';
import { type InlineReview, applySuppressions } from '../suppress/suppress.js';
import type { ScanResult, SuppressionCounts } from '../types.js';
import type { VerifyOptions } from '../verify/options.js';
import { compareFindings } from './findings.js';
import type { Scanned } from './run.js';
import { isUnreadable } from './source.js';

export interface SettleOptions {
  /**
   * Fingerprints to suppress (a baseline file's, see suppress/baseline.ts). Without them, the
   * baseline `.pdguard.yaml` names, if any.
   */
  baseline?: Set<string> | null;
  /** Apply no baseline at all, not even the configuration's (a run that writes a new baseline). */
  ignoreBaseline?: boolean;
  /** Verify the reported findings' credentials, with these options. */
  verify?: VerifyOptions;
  /** A change under review: which `pdguard:allow` markers are its own, and whether they count. */
  inlineReview?: InlineReview;
}

export async function settle(scanned: Scanned, options: SettleOptions = {}): Promise<ScanResult> {
  const configured = scanned.config.baseline;
  const baseline = options.ignoreBaseline ? null : (options.baseline ?? (configured ? readBaseline(configured, { followLinks: !scanned.config.confined }) : null));
  const review = options.inlineReview;
  const added = review ? { findings: await review.added(scanned.raw.filter((r) => r.inlineAllowed), scanned.rules), honour: review.honour } : undefined;
  const { findings, suppressed } = applySuppressions(scanned.raw, { config: scanned.config, baseline, ...(added ? { added } : {}) });
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  let verified = findings;
  if (options.verify && findings.length) {
    // Loaded only when asked: a pre-commit hook never pays for the HTTP client.
    const { verifyFindings } = await import('../verify/verify.js');
    verified = await verifyFindings(findings, scanned.rules, options.verify);
  }
  const counts: SuppressionCounts = { inline: 0, exclude: 0, allow: 0, baseline: 0 };
  for (const f of suppressed) counts[f.suppressedBy!]++;
  return {
    scan: { ...scanned.scan, suppressed: counts },
    findings: verified,
    suppressed,
    incomplete: scanned.scan.skipped.some(isUnreadable),
    rules: scanned.rules,
  };
}
