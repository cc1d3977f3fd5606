/**
 * The include and exclude globs (--include, --exclude, `.pdguard.yaml` `exclude:`), as one test of
 * a path relative to the scanned root. They read as `.gitignore` lines do, which is what users
 * type: a glob without a slash (`*.env`, `node_modules`) matches at any depth, a leading `/`
 * anchors it to the root, a trailing `/` matches directories only, and a glob that matches a
 * directory covers everything inside it. Globs with a slash match from the root, `**` standing for
 * any number of folders; `{a,b}` lists are expanded. They come from the repository too
 * (`.pdguard.yaml`), so they are matched in linear time (glob-match.ts), never as regexes.
 */
import type { PathFilters } from '../pipeline/source.js';
import { type CompiledGlob, compileGlob, expandBraces, matchParts } from './glob-match.js';

/** The longest glob taken: longer than any path (a glob costs time in proportion to its length). */
export const MAX_GLOB_LENGTH = 4096;

/** What is wrong with a glob (too long, too many `{a,b}` alternatives), or null: for a one-line error before any scan. */
export function globProblem(glob: string): string | null {
  if (glob.length > MAX_GLOB_LENGTH) return `a glob longer than ${MAX_GLOB_LENGTH} characters`;
  try {
    expandBraces(glob);
  } catch (error) {
    return (error as Error).message;
  }
  return null;
}

/** One glob relative to the root, in the terms of compileGlob: a glob without a slash gets a leading globstar. */
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
  // (`**x` is `*x`: only a whole `**` segment stands for folders.)
  if (!anchored && !body.replace(/\/+$/, '').includes('/') && body !== '**') body = `**/${body}`;
  return `${negated ? '!' : ''}${body}`;
}

/**
 * Whether a path (directories may be given with a trailing `/`) matches one of the globs, or lies
 * inside a directory that does.
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const compiled: { glob: CompiledGlob; negated: boolean }[] = [];
  for (const glob of globs.map(rootedGlob)) {
    const negated = glob.startsWith('!');
    for (const one of expandBraces(negated ? glob.slice(1) : glob)) compiled.push({ glob: compileGlob(one), negated });
  }
  // Any glob that matches; a negated one matches what its glob does not (as picomatch's lists did).
  const test = (parts: string[], count: number, isDir: boolean): boolean => {
    for (const { glob, negated } of compiled) if (matchParts(glob, parts, count, isDir) !== negated) return true;
    return false;
  };
  return (path) => {
    const isDir = path.endsWith('/');
    const parts = (isDir ? path.slice(0, -1) : path).split('/');
    if (test(parts, parts.length, isDir)) return true;
    // The folders above it (given as folders: a glob that takes `dir` takes `dir/` too).
    for (let count = 1; count < parts.length; count++) if (test(parts, count, true)) return true;
    return false;
  };
}

/** Whether a file at `path` is scanned: included (or no includes given) and not excluded. */
export function pathFilter(filters: PathFilters): (path: string) => boolean {
  const excluded = globMatcher(filters.exclude);
  const included = filters.include.length ? globMatcher(filters.include) : () => true;
  return (path) => included(path) && !excluded(path);
}
