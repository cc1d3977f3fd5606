/**
 * `.gitignore` lines as git reads them (gitignore(5)), matched in linear time by glob-match.ts: the
 * lines come from the repository, and a backtracking regex per line (what the `ignore` package
 * compiles) can be made to take exponential time on a long name.
 *
 * A line: `#` starts a comment, `\#` and `\!` are literal, trailing blanks are dropped unless
 * quoted with `\`, `!` re-includes, a trailing `/` is for folders only. A pattern with a `/` before
 * its end is relative to the .gitignore's folder (a leading `/` only anchors it); one without
 * matches a name at any depth. `dir/**` is what is inside dir, not dir itself.
 */
import { type CompiledGlob, compileGlob, matchParts } from './glob-match.js';

interface IgnoreRule {
  glob: CompiledGlob;
  negated: boolean;
}

/** The verdict of one .gitignore on a path: the last line that matches decides. */
export interface IgnoreVerdict {
  ignored: boolean;
  unignored: boolean;
}

const NONE: IgnoreVerdict = { ignored: false, unignored: false };
const IGNORED: IgnoreVerdict = { ignored: true, unignored: false };
const UNIGNORED: IgnoreVerdict = { ignored: false, unignored: true };

/** One line's pattern, or null for a blank line or a comment. */
export function parseIgnoreLine(line: string): { pattern: string; negated: boolean } | null {
  if (line === '' || line.startsWith('#')) return null;
  // Trailing blanks go, unless the last one is quoted (`\ `).
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) {
    let backslashes = 0;
    for (let i = end - 2; i >= 0 && line[i] === '\\'; i--) backslashes++;
    if (backslashes % 2 === 1) break;
    end--;
  }
  let pattern = line.slice(0, end);
  const negated = pattern.startsWith('!');
  if (negated) pattern = pattern.slice(1);
  if (pattern.startsWith('\\#') || pattern.startsWith('\\!')) pattern = pattern.slice(1);
  if (pattern === '' || pattern === '/') return null;
  return { pattern, negated };
}

/** A .gitignore pattern as a glob from the .gitignore's folder. */
export function ignoreGlob(pattern: string): string {
  const dirOnly = pattern.endsWith('/');
  let body = dirOnly ? pattern.replace(/\/+$/, '') : pattern;
  // A slash at the start or in the middle anchors the pattern to the .gitignore's folder.
  if (body.includes('/')) body = body.replace(/^\/+/, '');
  else body = `**/${body}`;
  // `dir/**` matches what is inside dir: the `**` must take one folder or file at least.
  if (body.endsWith('/**') && body !== '**/**') body = `${body.slice(0, -3)}/*/**`;
  return `${body}${dirOnly ? '/' : ''}`;
}

export class IgnoreRules {
  private readonly rules: IgnoreRule[] = [];

  constructor(text: string) {
    for (const line of text.replace(/^\ufeff/, '').split(/\r?\n/)) {
      const parsed = parseIgnoreLine(line);
      if (parsed) this.rules.push({ glob: compileGlob(ignoreGlob(parsed.pattern)), negated: parsed.negated });
    }
  }

  /** `path` relative to the .gitignore's folder; a folder with a trailing `/`. */
  test(path: string): IgnoreVerdict {
    const isDir = path.endsWith('/');
    const parts = (isDir ? path.slice(0, -1) : path).split('/');
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const rule = this.rules[i]!;
      if (matchParts(rule.glob, parts, parts.length, isDir)) return rule.negated ? UNIGNORED : IGNORED;
    }
    return NONE;
  }

  /** Whether `path` (a folder ends with `/`) or a folder above it is left out: a parent left out leaves out all inside. */
  ignores(path: string): boolean {
    const parts = path.replace(/\/$/, '').split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      const isDir = i < parts.length || path.endsWith('/');
      if (this.test(isDir ? `${prefix}/` : prefix).ignored) return true;
    }
    return false;
  }
}
