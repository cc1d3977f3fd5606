/**
 * Globs in linear time. The globs pdguard matches come from the repository (`.gitignore` lines,
 * `.pdguard.yaml` `exclude:`), and a glob compiled into a backtracking regex can take exponential
 * time: `*a*a*a…*b` against a name of 200 `a`s never ends. Here a glob is matched by the classic
 * wildcard algorithm (each `*` remembered only until the next one), which takes at most
 * O(length of the name × length of the glob) steps, for names and, with `**`, for folders alike.
 *
 * The syntax is git's (gitignore(5), wildmatch): `*` any run of characters but `/`, `?` one
 * character but `/`, `[a-z]`, `[!a-z]`/`[^a-z]` and `[[:alpha:]]` classes, `\` quoting the next
 * character, and `**` as a whole segment for any number of folders (`**` elsewhere is `*`). A `[`
 * with no closing `]` matches nothing (as in git). Brace lists (`{a,b}`) are expanded for the
 * include and exclude globs, up to MAX_EXPANSIONS globs.
 */

/** One element of a segment's pattern: a character code, any character, a class, or `*`. */
type Token = number | 'any' | 'star' | ((code: number) => boolean);

/** A segment (the text between two `/`) of a glob: a literal (fast paths) or tokens. */
interface SegmentPattern {
  /** The segment is this exact text. */
  literal?: string;
  /** The segment is `*` followed by this exact text (`*.env`). */
  suffix?: string;
  /** The segment is this exact text followed by `*` (`cmds-*`). */
  prefix?: string;
  tokens: Token[];
}

const GLOBSTAR = Symbol('**');
type Segment = SegmentPattern | typeof GLOBSTAR;

export interface CompiledGlob {
  segments: Segment[];
  /**
   * How the segments can be matched: `fixed` (no `**`: one path segment each), `tail` (one
   * leading `**`, then fixed: the path's last segments), else `general`.
   */
  shape: 'fixed' | 'tail' | 'general';
  /** A trailing `/`: matches only paths given with a trailing `/` (folders). */
  dirOnly: boolean;
  /** A glob that can never match (an unclosed `[`). */
  never: boolean;
}

const SLASH = 47;

const POSIX_CLASSES: Record<string, (c: number) => boolean> = {
  alnum: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  alpha: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  blank: (c) => c === 32 || c === 9,
  cntrl: (c) => c < 32 || c === 127,
  digit: (c) => c >= 48 && c <= 57,
  graph: (c) => c > 32 && c < 127,
  lower: (c) => c >= 97 && c <= 122,
  print: (c) => c >= 32 && c < 127,
  punct: (c) => (c > 32 && c < 48) || (c > 57 && c < 65) || (c > 90 && c < 97) || (c > 122 && c < 127),
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  upper: (c) => c >= 65 && c <= 90,
  xdigit: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};

/** Parses the class starting at `glob[at] === '['`: the predicate and the index after `]`, or null if unclosed. */
function parseClass(glob: string, at: number): { test: (code: number) => boolean; end: number } | null {
  let i = at + 1;
  const negated = glob[i] === '!' || glob[i] === '^';
  if (negated) i++;
  const singles = new Set<number>();
  const ranges: [number, number][] = [];
  const named: ((c: number) => boolean)[] = [];
  let first = true;
  for (; i < glob.length; first = false) {
    const ch = glob[i]!;
    if (ch === ']' && !first) {
      const test = (code: number): boolean => {
        if (code === SLASH) return false;
        let hit = singles.has(code);
        for (let r = 0; !hit && r < ranges.length; r++) hit = code >= ranges[r]![0] && code <= ranges[r]![1];
        for (let n = 0; !hit && n < named.length; n++) hit = named[n]!(code);
        return hit !== negated;
      };
      return { test, end: i + 1 };
    }
    if (ch === '[' && glob[i + 1] === ':') {
      const close = glob.indexOf(':]', i + 2);
      const name = close < 0 ? undefined : glob.slice(i + 2, close);
      const predicate = name === undefined ? undefined : POSIX_CLASSES[name];
      if (predicate) {
        named.push(predicate);
        i = close + 2;
        continue;
      }
    }
    let code: number;
    if (ch === '\\' && i + 1 < glob.length) {
      code = glob.charCodeAt(i + 1);
      i += 2;
    } else {
      code = glob.charCodeAt(i);
      i += 1;
    }
    if (glob[i] === '-' && i + 1 < glob.length && glob[i + 1] !== ']') {
      let high: number;
      if (glob[i + 1] === '\\' && i + 2 < glob.length) {
        high = glob.charCodeAt(i + 2);
        i += 3;
      } else {
        high = glob.charCodeAt(i + 1);
        i += 2;
      }
      ranges.push([code, high]);
    } else singles.add(code);
  }
  return null;
}

/** One segment's tokens; null when it holds an unclosed `[`. */
function parseSegment(text: string): SegmentPattern | null {
  const tokens: Token[] = [];
  let plain = '';
  let onlyPlain = true;
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (ch === '*') {
      if (tokens.at(-1) !== 'star') tokens.push('star'); // `**` inside a segment is `*`
      onlyPlain = false;
      i++;
    } else if (ch === '?') {
      tokens.push('any');
      onlyPlain = false;
      i++;
    } else if (ch === '[') {
      const cls = parseClass(text, i);
      if (!cls) return null;
      tokens.push(cls.test);
      onlyPlain = false;
      i = cls.end;
    } else if (ch === '\\' && i + 1 < text.length) {
      tokens.push(text.charCodeAt(i + 1));
      plain += text[i + 1];
      i += 2;
    } else {
      tokens.push(text.charCodeAt(i));
      plain += ch;
      i++;
    }
  }
  const segment: SegmentPattern = { tokens };
  if (onlyPlain) segment.literal = plain;
  else {
    const stars = tokens.filter((t) => t === 'star').length;
    const literalTail = tokens.slice(1).every((t) => typeof t === 'number');
    const literalHead = tokens.slice(0, -1).every((t) => typeof t === 'number');
    if (stars === 1 && tokens[0] === 'star' && literalTail) segment.suffix = String.fromCharCode(...(tokens.slice(1) as number[]));
    else if (stars === 1 && tokens.at(-1) === 'star' && literalHead) segment.prefix = String.fromCharCode(...(tokens.slice(0, -1) as number[]));
  }
  return segment;
}

/** Splits a glob on the `/` that are not quoted by `\` (nor inside a class). */
function splitSegments(glob: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '\\') i++;
    else if (ch === '[') {
      const cls = parseClass(glob, i);
      if (cls) i = cls.end - 1;
    } else if (ch === '/') {
      parts.push(glob.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(glob.slice(start));
  return parts;
}

/**
 * A glob matched from the start of a path (relative, `/`-separated). `**` as a whole segment
 * stands for any number of folders, none included.
 */
export function compileGlob(glob: string): CompiledGlob {
  const dirOnly = glob.endsWith('/') && !glob.endsWith('\\/');
  const body = dirOnly ? glob.replace(/\/+$/, '') : glob;
  const segments: Segment[] = [];
  let never = false;
  for (const part of splitSegments(body)) {
    if (part === '**') {
      if (segments.at(-1) !== GLOBSTAR) segments.push(GLOBSTAR);
      continue;
    }
    const segment = parseSegment(part);
    if (!segment) never = true;
    else segments.push(segment);
  }
  const globstars = segments.filter((seg) => seg === GLOBSTAR).length;
  const shape = globstars === 0 ? 'fixed' : globstars === 1 && segments[0] === GLOBSTAR ? 'tail' : 'general';
  return { segments, shape, dirOnly, never };
}

/** Whether one segment of a path matches one segment's pattern: O(|text| × |tokens|). */
function matchSegment(pattern: SegmentPattern, text: string): boolean {
  if (pattern.literal !== undefined) return text === pattern.literal;
  if (pattern.suffix !== undefined) return text.endsWith(pattern.suffix);
  if (pattern.prefix !== undefined) return text.startsWith(pattern.prefix);
  const tokens = pattern.tokens;
  let t = 0;
  let p = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const token = tokens[p];
    if (token === 'star') {
      starP = p++;
      starT = t;
      continue;
    }
    if (token !== undefined) {
      const code = text.charCodeAt(t);
      const hit = typeof token === 'number' ? code === token : token === 'any' ? code !== SLASH : token(code);
      if (hit) {
        t++;
        p++;
        continue;
      }
    }
    if (starP < 0) return false;
    // Let the last `*` take one more character, and try the rest again from there.
    p = starP + 1;
    t = ++starT;
  }
  while (tokens[p] === 'star') p++;
  return p === tokens.length;
}

/** Whether `path` (relative, `/`-separated; a folder may be given with a trailing `/`) matches. */
export function matchGlob(glob: CompiledGlob, path: string): boolean {
  const isDir = path.endsWith('/');
  const parts = (isDir ? path.slice(0, -1) : path).split('/');
  return matchParts(glob, parts, parts.length, isDir);
}

/**
 * Whether the first `count` of a path's segments (a folder when `isDir`) match. The same algorithm
 * as matchSegment one level up: a `**` is a `*` over the path's segments, each other segment
 * matches one of them. Each (path segment, glob segment) pair is compared at most once, so the
 * whole costs O(|path| × |glob|).
 */
export function matchParts(glob: CompiledGlob, parts: readonly string[], count: number, isDir: boolean): boolean {
  if (glob.never || (glob.dirOnly && !isDir)) return false;
  const segments = glob.segments;
  if (glob.shape === 'fixed' || glob.shape === 'tail') {
    // No `**`: segment by segment. One leading `**`: the path's last segments, one by one.
    const fixed = glob.shape === 'fixed' ? segments.length : segments.length - 1;
    if (glob.shape === 'fixed' ? count !== fixed : count < fixed) return false;
    for (let i = 1; i <= fixed; i++) {
      if (!matchSegment(segments[segments.length - i] as SegmentPattern, parts[count - i]!)) return false;
    }
    return true;
  }
  let memo: Int8Array | undefined;
  const matches = (p: number, t: number): boolean => {
    memo ??= new Int8Array(segments.length * count);
    const key = p * count + t;
    if (memo[key] === 0) memo[key] = matchSegment(segments[p] as SegmentPattern, parts[t]!) ? 1 : 2;
    return memo[key] === 1;
  };
  let t = 0;
  let p = 0;
  let starP = -1;
  let starT = 0;
  while (t < count) {
    const segment = segments[p];
    if (segment === GLOBSTAR) {
      starP = p++;
      starT = t;
      continue;
    }
    if (segment !== undefined && matches(p, t)) {
      t++;
      p++;
      continue;
    }
    if (starP < 0) return false;
    p = starP + 1;
    t = ++starT;
  }
  while (segments[p] === GLOBSTAR) p++;
  return p === segments.length;
}

/** At most this many globs come out of one glob's `{a,b}` lists. */
export const MAX_EXPANSIONS = 1024;

/**
 * `{a,b}` lists expanded (nested ones too), as picomatch and shells do for include and exclude
 * globs; a `{` without a `,` list is literal. Throws past MAX_EXPANSIONS.
 */
export function expandBraces(glob: string): string[] {
  // The first top-level `{…,…}`: its alternatives, each followed by the rest, expanded again.
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') {
      i++;
      continue;
    }
    if (glob[i] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    let close = -1;
    for (let j = i; j < glob.length; j++) {
      const ch = glob[j];
      if (ch === '\\') j++;
      else if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) {
        close = j;
        break;
      } else if (ch === ',' && depth === 1) commas.push(j);
    }
    if (close < 0) return [glob];
    if (commas.length === 0) continue;
    const head = glob.slice(0, i);
    const tail = glob.slice(close + 1);
    const bounds = [i, ...commas, close];
    const out: string[] = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      for (const expanded of expandBraces(`${head}${glob.slice(bounds[k]! + 1, bounds[k + 1])}${tail}`)) {
        out.push(expanded);
        if (out.length > MAX_EXPANSIONS) throw new RangeError(`'${glob}' expands to more than ${MAX_EXPANSIONS} globs`);
      }
    }
    return out;
  }
  return [glob];
}
