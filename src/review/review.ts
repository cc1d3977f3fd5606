/**
 * The review of a change: its settings as its base commit has them (trusted.ts) and which of its
 * `pdguard:allow` markers are its own (added-markers.ts). One entry for the Action (a pull request,
 * a merge group) and for `--review-base` on the command line (GitLab merge requests, any CI).
 */
import type { InlineReview } from '../suppress/suppress.js';
import { addedMarkers } from './added-markers.js';
import { type SettingsFiles, type TrustedSettings, trustedSettings } from './trusted.js';

export interface Reviewed {
  /** The commit whose settings the run uses instead of the checkout's. */
  base: string;
  /** The change's tip, when known. */
  head: string | null;
}

export interface ReviewOptions extends Reviewed {
  /** The repository's top; the base must be present in it. */
  top: string;
  /** The directory whose `.pdguard.yaml` applies (the top for history scans). */
  scannedRoot: string;
  /** The configuration, baseline and pattern files the caller named. */
  files: SettingsFiles;
  /** A finding's path → its path in the repository (`/`-separated), or null when it is outside. */
  toRepoPath(path: string): string | null;
}

export type ReviewSettings = TrustedSettings & { inlineReview: InlineReview };

export async function reviewSettings(options: ReviewOptions): Promise<ReviewSettings> {
  const settings = await trustedSettings(options.top, options.base, options.scannedRoot, options.files);
  const inlineReview = addedMarkers({
    top: options.top,
    base: options.base,
    head: options.head,
    toRepoPath: options.toRepoPath,
    honour: settings.config.inlineAllowInPullRequests === true,
  });
  return { ...settings, inlineReview };
}
