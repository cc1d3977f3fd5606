/**
 * What a commit adds: the staged files (`git diff --cached --raw -z`) and, for files that already
 * existed, which of their lines are new (`-U0` hunk headers). Paths always come from git's
 * NUL-separated raw output, never parsed out of its prose.
 */
import { InputError } from '../errors.js';
import { exitOf, runGit, gitComplaint, spawnGit } from './process.js';

export interface StagedFile {
  status: string;
  newMode: string;
  newBlob: string;
  path: string;
}

/** The files the next commit changes, with the blob each will have (deletions left out). */
export async function stagedFiles(dir: string): Promise<StagedFile[]> {
  const { code, stdout: out, stderr } = await runGit(dir, ['diff', '--cached', '--raw', '-z', '-M', '--no-abbrev', '--no-color', '--no-ext-diff']);
  if (code !== 0) throw new InputError(`git diff failed: ${gitComplaint(stderr)}`);
  const tokens = out.split('\0');
  const files: StagedFile[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.startsWith(':')) continue;
    const [, newMode, , newBlob, status] = token.slice(1).split(' ') as [string, string, string, string, string];
    const twoPaths = status.startsWith('R') || status.startsWith('C');
    const path = tokens[i + (twoPaths ? 2 : 1)]!;
    i += twoPaths ? 2 : 1;
    if (status.startsWith('D')) continue;
    files.push({ status, newMode, newBlob, path });
  }
  return files;
}

/** All of a file: git shows no lines for what it takes for binary (a UTF-16 text, say). */
export const WHOLE_FILE: [number, number] = [1, Number.MAX_SAFE_INTEGER];

/** One file of the diff: its paths as git printed them in the raw part, and the ranges its patch adds. */
interface DiffEntry {
  header: Buffer;
  path: string;
  ranges: [number, number][];
}

/** Bytes git's C-style quoting escapes in a path (core.quotePath=false leaves bytes ≥ 0x80 alone). */
const C_ESCAPES: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 34: '"', 92: '\\' };

/** A path as `diff --git` prints it: as is, or C-quoted when it holds a quote, a backslash or a control byte. */
export function quotePath(path: Buffer): Buffer {
  if (!path.some((b) => b < 0x20 || b === 0x7f || b === 34 || b === 92)) return path;
  const out: number[] = [34];
  for (const b of path) {
    const escape = C_ESCAPES[b];
    if (escape !== undefined) out.push(92, escape.charCodeAt(0));
    else if (b < 0x20 || b === 0x7f) out.push(92, ...Buffer.from(b.toString(8).padStart(3, '0'), 'latin1'));
    else out.push(b);
  }
  out.push(34);
  return Buffer.from(out);
}

/**
 * Streams `git diff --raw -p -z -U0`: first the raw part (one NUL-separated entry per file, the
 * exact paths), an empty token, then one patch per entry, in the same order. Which file a patch
 * belongs to is taken from the raw part by position, never parsed out of `diff --git` or
 * `Binary files … and … differ` lines (a path may hold ` and b/`, spaces, quotes, newlines).
 * Linear in git's output: content lines are skipped byte by byte, never gathered.
 */
class AddedLinesParser {
  readonly entries: DiffEntry[] = [];
  private inRaw = true;
  /** Raw part: the token being read, and what the entry gathered so far. */
  private token: Buffer[] = [];
  private meta: string | null = null;
  private paths: Buffer[] = [];
  /** Patch part: the line being kept (headers and hunks), or null while skipping one. */
  private line: Buffer[] | null = null;
  private lineLength = 0;
  private atLineStart = true;
  private current = -1;
  /** A header that did not match its raw entry: this and the later files are taken whole. */
  private lost = false;

  push(data: Buffer): void {
    let offset = 0;
    while (offset < data.length && this.inRaw) offset = this.raw(data, offset);
    while (offset < data.length) offset = this.patch(data, offset);
  }

  end(): void {
    if (this.line) this.keptLine(Buffer.concat(this.line));
    this.line = null;
    // Fewer patches than files, or one that did not match: every file counts whole (scan more, never less).
    if (this.lost || (this.entries.length && this.current !== this.entries.length - 1)) {
      for (const entry of this.entries) entry.ranges = [WHOLE_FILE];
    }
  }

  private raw(data: Buffer, offset: number): number {
    const nul = data.indexOf(0, offset);
    if (nul < 0) {
      this.token.push(data.subarray(offset));
      return data.length;
    }
    this.token.push(data.subarray(offset, nul));
    const token = Buffer.concat(this.token);
    this.token = [];
    if (this.meta === null) {
      if (token.length === 0) this.inRaw = false; // the empty token between raw part and patches
      else this.meta = token.toString('latin1');
    } else {
      this.paths.push(token);
      const status = this.meta.split(' ')[4] ?? '';
      if (this.paths.length === (/^[RC]/.test(status) ? 2 : 1)) {
        const [from, to] = [this.paths[0]!, this.paths[this.paths.length - 1]!];
        const header = Buffer.concat([Buffer.from('diff --git ', 'latin1'), quotePath(Buffer.concat([Buffer.from('a/'), from])), Buffer.from(' '), quotePath(Buffer.concat([Buffer.from('b/'), to]))]);
        this.entries.push({ header, path: to.toString('utf8'), ranges: [] });
        this.meta = null;
        this.paths = [];
      }
    }
    return nul + 1;
  }

  private patch(data: Buffer, offset: number): number {
    if (this.atLineStart) {
      const first = data[offset]!;
      // `diff --git`, `@@ … @@` and `Binary files …` are all that matter; `+`/`-` text, `index`,
      // mode and rename lines are skipped.
      this.line = first === 100 /* d */ || first === 64 /* @ */ || first === 66 /* B */ ? [] : null;
      this.lineLength = 0;
      this.atLineStart = false;
    }
    const newline = data.indexOf(10, offset);
    const end = newline < 0 ? data.length : newline;
    if (this.line && this.lineLength < MAX_KEPT_LINE) {
      this.line.push(data.subarray(offset, end));
      this.lineLength += end - offset;
    }
    if (newline < 0) return data.length;
    if (this.line) this.keptLine(Buffer.concat(this.line));
    this.line = null;
    this.atLineStart = true;
    return newline + 1;
  }

  private keptLine(line: Buffer): void {
    if (line.subarray(0, 11).toString('latin1') === 'diff --git ') {
      this.current++;
      const entry = this.entries[this.current];
      if (!entry || !entry.header.equals(line)) this.lost = true;
      return;
    }
    const entry = this.entries[this.current];
    if (!entry) return;
    const text = line.toString('latin1');
    if (text.startsWith('Binary files ')) {
      // Scanned as text by pdguard (UTF-16 is): such a file has no line ranges; every line counts.
      entry.ranges = [WHOLE_FILE];
      return;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(text);
    if (hunk) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) entry.ranges.push([start, start + count - 1]);
    }
  }
}

/** Header lines longer than this are kept only this far (a `diff --git` line of two 4 KB paths fits). */
const MAX_KEPT_LINE = 64 * 1024;

/**
 * For each staged file that already existed (modified or renamed), the line ranges [first, last]
 * the staged version adds, in order. Streams git's output. No pathspec: limited to a file's new
 * path, git cannot see a rename and shows the whole file as added; a pathspec per file is slow
 * (quadratic) and does not fit on a command line (E2BIG) for a commit of many files. New files and
 * type changes (added whole) are left out, so that their content is not streamed for nothing.
 */
export async function addedLines(dir: string): Promise<Map<string, [number, number][]>> {
  const child = spawnGit(dir, [
    // --inter-hunk-context=0: diff.interHunkContext would fuse hunks and count the lines between them as added.
    'diff', '--cached', '--raw', '-p', '-z', '-U0', '--inter-hunk-context=0', '-M', '--diff-filter=MR', '--no-abbrev', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/',
  ]);
  const exit = exitOf(child);
  const parser = new AddedLinesParser();
  child.stdout.on('data', (data: Buffer) => parser.push(data));
  const ended = new Promise<void>((resolve) => child.stdout.on('end', resolve));
  const [{ code, stderr }] = await Promise.all([exit, ended]);
  if (code !== 0) throw new InputError(`git diff failed: ${gitComplaint(stderr)}`);
  parser.end();
  return new Map(parser.entries.map((e) => [e.path, e.ranges]));
}
