/**
 * Walks directory trees for `pdguard scan`: hidden files included (`.env` is where secrets live),
 * `.gitignore` honoured unless asked not to (but a file the repository tracks is always scanned,
 * and what was left out is counted and named), `.git/` never entered, include/exclude globs
 * applied, symbolic links never followed (a link inside the root is scanned at its target's own
 * path; one that leads outside is reported), names that are not UTF-8 read through their bytes,
 * and every directory or entry that cannot be read is reported.
 *
 * Paths relative to the root are built by appending names as the walk descends: no
 * path.relative/join per entry. Each .gitignore is also summarised as sets of names, paths and
 * suffixes, so that the exact (and slower, one glob per pattern) check runs only on the few entries
 * that can match it. Every glob is matched in linear time (gitignore.ts, glob-match.ts): the
 * .gitignore files are the repository's.
 *
 * Why not fast-glob: it can only ignore unreadable directories silently or abort the whole walk,
 * and it cannot apply each directory's own `.gitignore` while walking; both matter here.
 */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { SkipKind } from '../types.js';
import { type CompiledGlob, compileGlob, matchParts } from './glob-match.js';
import { IgnoreRules } from './gitignore.js';
import { globMatcher } from './globs.js';
import { IGNORE_LIMIT, RefusedRead, readBoundedIfPresent } from '../util/read-bounded.js';
import { describeReadError } from './read.js';

/** A path to open: a string, or the raw bytes of a name that is not valid UTF-8. */
export type FsPath = string | Buffer;

/** The files a git repository tracks below the scanned root, relative to it, and their folders. */
export interface TrackedPaths {
  files: ReadonlySet<string>;
  dirs: ReadonlySet<string>;
}

export interface WalkOptions {
  gitignore: boolean;
  /** Globs relative to the root: only matching files are scanned (all when empty). */
  include: readonly string[];
  /** Globs relative to the root: matching files and directories are left out. */
  exclude: readonly string[];
  /** Scanned even when .gitignore matches them: what the repository holds is what leaks. */
  tracked?: TrackedPaths | null;
}

export interface WalkEvents {
  /** `path` is relative to the root, with `/` (names that are not UTF-8 escaped as `\xNN`). */
  file(absolute: FsPath, path: string): void;
  skip(absolute: FsPath, path: string, kind: SkipKind, reason: string): void;
  /** Left out by a .gitignore (a folder is one entry, not walked). */
  ignored(path: string, isDir: boolean): void;
  /**
   * A .gitignore that was not read (`path` relative to the root, or absolute above it) and why:
   * nothing below its folder is left out by .gitignore.
   */
  ignoreFileRefused(path: string, why: string): void;
}

const toPosix = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

/**
 * Which entries a .gitignore can possibly match: a superset, checked exactly by IgnoreRules. Most patterns are literal names (`*.o`-like suffixes, `/git-add`-like paths); every
 * other pattern has a literal part the path must contain (`cmds-*.adoc`: "cmds-"), or at least
 * says whether it is for folders only.
 */
class IgnoreSummary {
  private readonly names = new Set<string>();
  private readonly paths = new Set<string>();
  private readonly suffixes: string[] = [];
  private readonly literals: string[] = [];
  private readonly globs: CompiledGlob[] = [];
  private anyFolder = false;
  private anything = false;

  constructor(text: string) {
    for (let line of text.split(/\r?\n/)) {
      if (line === '' || line.startsWith('#')) continue;
      // A negation is summarised like the pattern it negates: where it matches, this file has a
      // say (it re-includes what a .gitignore above ignored), so the exact check must run.
      if (line.startsWith('!')) line = line.slice(1);
      const dirOnly = line.endsWith('/');
      let body = dirOnly ? line.slice(0, -1) : line;
      if (body === '' || /\s$/.test(line) || line.includes('\\')) {
        this.anything = true; // escapes and trailing blanks: leave them to the exact check
        continue;
      }
      if (/[*?[\]]/.test(body)) {
        if (/^\*[^*?[\]/]+$/.test(body)) {
          this.suffixes.push(body.slice(1).toLowerCase());
          continue;
        }
        const literal = body
          .toLowerCase()
          .split(/\[[^\]]*\]|[*?/[\]]/)
          .reduce((a, b) => (b.length > a.length ? b : a), '');
        const glob = body.includes('/') ? null : compileGlob(body);
        if (literal.length >= 2) this.literals.push(literal);
        else if (glob) this.globs.push(glob);
        else if (dirOnly) this.anyFolder = true;
        else this.anything = true;
        continue;
      }
      body = body.toLowerCase();
      if (body.includes('/')) this.paths.add(body.startsWith('/') ? body.slice(1) : body);
      else this.names.add(body);
    }
  }

  /** `path` is relative to the .gitignore's folder; `name` is its last part. */
  mayMatch(path: string, name: string, isDir: boolean): boolean {
    if (this.anything || (isDir && this.anyFolder)) return true;
    const lowerName = name.toLowerCase();
    if (this.names.has(lowerName)) return true;
    for (const suffix of this.suffixes) if (lowerName.endsWith(suffix)) return true;
    if (this.globs.length) {
      const parts = [name];
      for (const glob of this.globs) if (matchParts(glob, parts, 1, false)) return true;
    }
    if (this.paths.size === 0 && this.literals.length === 0) return false;
    const lowerPath = path.toLowerCase();
    if (this.paths.has(lowerPath)) return true;
    for (const literal of this.literals) if (lowerPath.includes(literal)) return true;
    return false;
  }
}

interface IgnoreScope {
  rules: IgnoreRules;
  summary: IgnoreSummary;
  /** A .gitignore at or below the root: its folder relative to the root ('' for the root). */
  within: string | null;
  /** A .gitignore above the root: the root relative to its folder. */
  above: string | null;
}

/**
 * A folder's .gitignore: its text, null when there is none, or why it was refused. It is read only
 * as a regular file of bounded size, never through a link (util/read-bounded.ts): a FIFO, a link
 * to /dev/zero or to a file elsewhere is not an ignore file. What a refused one would have left
 * out cannot be known, so nothing below it is left out (scan more, never less).
 */
function readIgnoreFile(dir: FsPath): string | null | RefusedRead {
  try {
    return readBoundedIfPresent(typeof dir === 'string' ? join(dir, '.gitignore') : Buffer.concat([dir, Buffer.from('/.gitignore')]), IGNORE_LIMIT);
  } catch (error) {
    if (error instanceof RefusedRead) return error;
    throw error;
  }
}

function scopeOf(text: string, within: string | null, above: string | null): IgnoreScope {
  // Case-sensitive, as git is by default where pdguard runs (core.ignorecase is for case-blind
  // file systems): `*.ENV` must not leave `prod.env` unscanned.
  return { rules: new IgnoreRules(text), summary: new IgnoreSummary(text), within, above };
}

/**
 * .gitignore files of the directories above `root`, up to the top of its git work tree; `refused`
 * names one that could not be read (then nothing in the root may be left out).
 */
function ancestorIgnores(root: string): { scopes: IgnoreScope[]; refused: { path: string; why: string } | null } {
  const scopes: IgnoreScope[] = [];
  let refused: { path: string; why: string } | null = null;
  let dir = root;
  while (!existsSync(join(dir, '.git'))) {
    const parent = dirname(dir);
    if (parent === dir) return { scopes: [], refused: null }; // not in a work tree: only the tree's own .gitignore files count
    dir = parent;
    const text = readIgnoreFile(dir);
    if (text instanceof RefusedRead) refused ??= { path: join(dir, '.gitignore'), why: text.message };
    else if (text !== null) scopes.unshift(scopeOf(text, null, toPosix(relative(dir, root))));
  }
  return { scopes, refused };
}

/**
 * Whether `path` is ignored, as git decides: the deepest .gitignore with a pattern that matches
 * it has the last word, so a `!keep.env` in a folder re-includes what `*.env` above ignored.
 * (A folder that is ignored is never entered: the walk stops there, as git does.)
 */
function ignoredBy(scopes: readonly IgnoreScope[], path: string, name: string, isDir: boolean): boolean {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i]!;
    const rel = scope.above !== null ? `${scope.above}/${path}` : scope.within === '' ? path : path.slice(scope.within!.length + 1);
    if (!scope.summary.mayMatch(rel, name, isDir)) continue;
    const verdict = scope.rules.test(isDir ? `${rel}/` : rel);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}

/** A name's bytes as text: valid UTF-8 as it is, every other byte as `\xNN`. */
export function escapeName(raw: Buffer): string {
  let out = '';
  for (let i = 0; i < raw.length; ) {
    const b = raw[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const piece = length && i + length <= raw.length ? raw.subarray(i, i + length) : null;
    const valid = piece !== null && piece.subarray(1).every((c) => (c & 0xc0) === 0x80);
    const text = valid ? piece.toString('utf8') : '';
    if (valid && !text.includes('\ufffd')) {
      out += text;
      i += length;
    } else {
      out += `\\x${b.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

interface Entry {
  /** For globs, .gitignore and reports. */
  name: string;
  /** The name's bytes, when they are not valid UTF-8. */
  raw: Buffer | null;
  kind: 'dir' | 'file' | 'link' | 'other';
}

const kindOf = (entry: { isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }): Entry['kind'] =>
  entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'link' : 'other';

/**
 * The directory's entries; when a name is not valid UTF-8, all of them again through their bytes.
 * One readdirSync (a single scandir in libuv) rather than opendir: a Dir costs a handle, a
 * promisified close and a call into the binding per batch of entries, three times the listing
 * itself on a tree of small folders.
 */
function listDir(dir: FsPath): Entry[] {
  const listed = readdirSync(dir as string, { withFileTypes: true });
  const entries: Entry[] = new Array(listed.length);
  let invalid = false;
  for (let i = 0; i < listed.length; i++) {
    const entry = listed[i]!;
    if (entry.name.includes('\ufffd')) invalid = true;
    entries[i] = { name: entry.name, raw: null, kind: kindOf(entry) };
  }
  if (!invalid) return entries;
  return readdirSync(dir as string, { withFileTypes: true, encoding: 'buffer' }).map((entry) => {
    const bytes = entry.name as unknown as Buffer;
    const text = bytes.toString('utf8');
    const valid = Buffer.from(text, 'utf8').equals(bytes);
    return { name: valid ? text : escapeName(bytes), raw: valid ? null : bytes, kind: kindOf(entry) };
  });
}

const SEP = Buffer.from(sep);

function childPath(dir: FsPath, entry: Entry): FsPath {
  if (typeof dir === 'string' && entry.raw === null) return dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name;
  return Buffer.concat([typeof dir === 'string' ? Buffer.from(dir) : dir, SEP, entry.raw ?? Buffer.from(entry.name)]);
}

interface Pending {
  dir: FsPath;
  /** Relative to the root, with `/` ('' for the root). */
  path: string;
  scopes: IgnoreScope[];
  /** Inside a folder .gitignore leaves out: only tracked files are scanned. */
  ignored: boolean;
  /** Below a .gitignore that was refused: nothing is left out for .gitignore. */
  unsure: boolean;
}

/**
 * Walk `root` (an absolute directory), calling `events.file` for every file to scan. Synchronous,
 * like the reads: see sources/read.ts.
 */
export function walkTree(root: string, options: WalkOptions, events: WalkEvents): void {
  const excluded = globMatcher(options.exclude);
  const included = options.include.length ? globMatcher(options.include) : () => true;
  const tracked = options.tracked ?? null;
  const realRoot = realpathSync(root);
  const above = options.gitignore ? ancestorIgnores(root) : { scopes: [], refused: null };
  const ancestors = above.scopes;
  if (above.refused) events.ignoreFileRefused(above.refused.path, above.refused.why);
  // A root that an ancestor's .gitignore leaves out: everything in it is left out.
  const rootIgnored = !above.refused && ancestors.some((s) => s.rules.ignores(`${s.above}/`));
  const stack: Pending[] = [{ dir: root, path: '', scopes: ancestors, ignored: rootIgnored, unsure: above.refused !== null }];
  while (stack.length) {
    const { dir, path: dirPath, scopes: parentScopes, ignored: dirIgnored, unsure: parentUnsure } = stack.pop()!;
    let unsure = parentUnsure;
    let entries: Entry[];
    try {
      entries = listDir(dir);
    } catch (error) {
      events.skip(dir, dirPath, 'unreadable', describeReadError(error));
      continue;
    }
    let scopes = parentScopes;
    // A repository inside the scanned one (a submodule, a nested clone): what it tracks is not in
    // the top repository's list, so its .gitignore could hide a file it tracks. Nothing below is
    // left out for .gitignore: scan more, and say so where a .gitignore was not applied.
    if (dirPath !== '' && options.gitignore && !unsure && !dirIgnored && entries.some((e) => e.name === '.git')) {
      unsure = true;
      if (entries.some((e) => e.name === '.gitignore')) {
        events.ignoreFileRefused(`${dirPath}/.gitignore`, 'is in a nested repository or submodule, whose tracked files are not listed: not applied, everything there is scanned');
      }
    }
    // Read only where the listing has one: a failed open per folder costs more than the walk.
    // (Inside a folder that is left out, git reads no .gitignore: nothing there can be re-included.)
    if (options.gitignore && !dirIgnored && !unsure && entries.some((e) => e.name === '.gitignore')) {
      const text = readIgnoreFile(dir);
      if (text instanceof RefusedRead) {
        unsure = true;
        events.ignoreFileRefused(dirPath ? `${dirPath}/.gitignore` : '.gitignore', text.message);
      } else if (text !== null) scopes = [...parentScopes, scopeOf(text, dirPath, null)];
    }
    const subdirs: Pending[] = [];
    const isIgnored = (rel: string, name: string, isDir: boolean): boolean =>
      options.gitignore && !unsure && (dirIgnored || ignoredBy(scopes, rel, name, isDir));
    for (const entry of entries) {
      if (entry.name === '.git') continue; // a repository's database (or a worktree's pointer file)
      const rel = dirPath ? `${dirPath}/${entry.name}` : entry.name;
      if (entry.kind === 'dir') {
        if (excluded(rel) || excluded(`${rel}/`)) continue;
        const ignored = isIgnored(rel, entry.name, true);
        if (ignored && !tracked?.dirs.has(rel)) {
          events.ignored(rel, true);
          continue;
        }
        subdirs.push({ dir: childPath(dir, entry), path: rel, scopes, ignored, unsure });
      } else if (entry.kind === 'file') {
        if (excluded(rel) || !included(rel)) continue;
        if (isIgnored(rel, entry.name, false) && !tracked?.files.has(rel)) {
          events.ignored(rel, false);
          continue;
        }
        events.file(childPath(dir, entry), rel);
      } else if (entry.kind === 'link') {
        if (excluded(rel) || isIgnored(rel, entry.name, false)) continue;
        const absolute = childPath(dir, entry);
        let target: string;
        try {
          target = realpathSync(absolute as string);
        } catch {
          events.skip(absolute, rel, 'link', 'broken symbolic link');
          continue;
        }
        const inside = target === realRoot || target.startsWith(realRoot + sep);
        if (!inside) events.skip(absolute, rel, 'link', 'symbolic link to outside the scanned root');
        // A link inside the root is not followed: its target is scanned at its own path.
      } else if (!excluded(rel) && included(rel)) {
        events.skip(childPath(dir, entry), rel, 'not-a-file', 'not a regular file');
      }
    }
    // Depth-first, in name order, so that runs are reproducible.
    subdirs.sort((a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
    for (const sub of subdirs) stack.push(sub);
  }
}
