/** How to get the history a shallow clone lacks (no dependencies: the CLI's core imports it). */
export const SHALLOW_FIX = 'run `git fetch --unshallow` (in GitHub Actions: actions/checkout with fetch-depth: 0)';
