/**
 * The include and exclude globs (--include, --exclude, `.pdguard.yaml` `exclude:`), as one test of
 * a path relative to the scanned root. They read as `.gitignore` lines do, which is what users
 * type: a glob without a slash (`*.env`, `node_modules`) matches at any depth, a leading `/`
 * anchors it to the root, a trailing `/` matches directories only, and a glob that matches a
 * directory covers everything inside it. Globs with a slash are picomatch globs from the root.
 */
import picomatch from 'picomatch';
import type { PathFilters } from '../pipeline/source.js';

/** One glob in picomatch's terms, relative to the root. */
export function rootedGlob(glob: string): string {
  const negated = glob.startsWith('!');
  let body = negated ? glob.slice(1) : glob;
  if (body.startsWith('./')) body = body.slice(2);
  let anchored = false;
  if (body.startsWith('/')) {
    anchored = true;
    body = body.replace(/^\/+/, '');
  }
  // A trailing slash says "a directory"; only a slash before it anchors the glob.
  if (!anchored && !body.replace(/\/+$/, '').includes('/') && !body.startsWith('**')) body = `**/${body}`;
  return `${negated ? '!' : ''}${body}`;
}

/**
 * Whether a path (directories may be given with a trailing `/`) matches one of the globs, or lies
 * inside a directory that does.
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const test = picomatch(globs.map(rootedGlob), { dot: true });
  return (path) => {
    if (test(path)) return true;
    for (let slash = path.indexOf('/'); slash > 0 && slash < path.length - 1; slash = path.indexOf('/', slash + 1)) {
      const dir = path.slice(0, slash);
      if (test(dir) || test(`${dir}/`)) return true;
    }
    return false;
  };
}

/** Whether a file at `path` is scanned: included (or no includes given) and not excluded. */
export function pathFilter(filters: PathFilters): (path: string) => boolean {
  const excluded = globMatcher(filters.exclude);
  const included = filters.include.length ? globMatcher(filters.include) : () => true;
  return (path) => included(path) && !excluded(path);
}
