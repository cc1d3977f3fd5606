/** The include and exclude globs, as one test of a path relative to the scanned root. */
import picomatch from 'picomatch';
import type { PathFilters } from '../pipeline/source.js';

export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  return picomatch([...globs], { dot: true });
}

/** Whether a file at `path` is scanned: included (or no includes given) and not excluded. */
export function pathFilter(filters: PathFilters): (path: string) => boolean {
  const excluded = globMatcher(filters.exclude);
  const included = filters.include.length ? globMatcher(filters.include) : () => true;
  return (path) => included(path) && !excluded(path);
}
