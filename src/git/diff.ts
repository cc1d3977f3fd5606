/**
 * What a commit adds: the staged files (`git diff --cached --raw -z`) and, for files that already
 * existed, which of their lines are new (`-U0` hunk headers). Paths come NUL-separated where git
 * allows it, and are unquoted where it does not.
 */
import { StringDecoder } from 'node:string_decoder';
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

/** Undo git's C-style quoting of a path ("a/sp ace\"q.txt", octal bytes). */
export function unquotePath(text: string): string {
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  const escapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  const body = Buffer.from(text.slice(1, text.lastIndexOf('"')), 'utf8');
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b !== 92) {
      bytes.push(b);
      continue;
    }
    const next = String.fromCharCode(body[i + 1] ?? 0);
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.subarray(i + 1, i + 4).toString('latin1'), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? body[i + 1]!);
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** All of a file: git shows no lines for what it takes for binary (a UTF-16 text, say). */
const WHOLE_FILE: [number, number] = [1, Number.MAX_SAFE_INTEGER];

/**
 * For each staged file that already existed (modified, renamed, type changed), the line ranges
 * [first, last] the staged version adds. Streams git's output. No pathspec: limited to a file's new
 * path, git cannot see a rename and shows the whole file as added; a pathspec per file is slow
 * (quadratic) and does not fit on a command line (E2BIG) for a commit of many files. New files
 * (added whole) are left out, so that their content is not streamed for nothing.
 */
export async function addedLines(dir: string): Promise<Map<string, [number, number][]>> {
  const added = new Map<string, [number, number][]>();
  const child = spawnGit(dir, [
    // --inter-hunk-context=0: diff.interHunkContext would fuse hunks and count the lines between them as added.
    'diff', '--cached', '-U0', '--inter-hunk-context=0', '-M', '--diff-filter=MRT', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/',
  ]);
  const exit = exitOf(child);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let current: [number, number][] | null = null;
  // Between `diff --git` and the first hunk: only there is `+++ ` a file name, not added text.
  let inHeader = false;
  const line = (text: string): void => {
    if (text.startsWith('diff --git ')) {
      inHeader = true;
      current = null;
    } else if (inHeader && text.startsWith('+++ ')) {
      const name = unquotePath(text.slice(4).replace(/\t$/, ''));
      current = name.startsWith('b/') ? [] : null;
      if (current) added.set(name.slice(2), current);
    } else if (inHeader && text.startsWith('Binary files ')) {
      // `Binary files a/<old> and b/<new> differ` (names C-quoted when needed): scanned as text by
      // pdguard (UTF-16 is), such a file has no line ranges here; every line of it counts.
      const names = /^Binary files .* and ("b\/(?:[^"\\]|\\.)*"|b\/.*) differ$/.exec(text);
      if (names) added.set(unquotePath(names[1]!).slice(2), [WHOLE_FILE]);
    } else if (text.startsWith('@@ ') && current) {
      inHeader = false;
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(text);
      if (hunk) {
        const start = Number(hunk[1]);
        const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
        if (count > 0) current.push([start, start + count - 1]);
      }
    }
  };
  child.stdout.on('data', (data: Buffer) => {
    // Only header lines matter; the added text itself may be huge and is dropped line by line.
    const text = pending + decoder.write(data);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const c = text.charCodeAt(start);
      if (c === 43 /* + */ || c === 64 /* @ */ || c === 100 /* d */ || c === 66 /* B */) line(text.slice(start, nl));
      start = nl + 1;
    }
    pending = text.slice(start);
  });
  const { code, stderr } = await exit;
  if (pending) line(pending);
  if (code !== 0) throw new InputError(`git diff failed: ${gitComplaint(stderr)}`);
  return added;
}
