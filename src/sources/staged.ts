/**
 * The index as a source: what the next commit will contain. Each staged file is scanned whole,
 * from the index (not the working tree), so that context such as a YAML parent key is seen; only
 * matches on lines the commit adds are reported. Works before the first commit.
 *
 * Which lines a changed file adds is worked out here (line-diff.ts), from the staged blob and the
 * committed one, each read as the engine reads it (read.ts: decoded, lines split as the engine
 * splits them): never from git's text diff, whose lines a `diff` attribute or a UTF-16 file
 * makes other than the engine's.
 */
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { type BlobSink, BlobReader } from '../git/catfile.js';
import { type StagedFile, stagedFiles } from '../git/diff.js';
import { type Repo, openRepo } from '../git/repo.js';
import { splitLines } from '../engine/lines.js';
import type { Source, SourceTotals } from '../pipeline/source.js';
import type { Match } from '../types.js';
import { pathFilter } from './globs.js';
import { addedRanges } from './line-diff.js';
import { type FileOutcome, contentViews, scanningSink } from './read.js';

const GITLINK = '160000';

/**
 * Versions larger than this are not compared: every line of the staged one counts as added (scan
 * more, never less), and neither is held in memory. The hook stays quick and bounded.
 */
const MAX_COMPARED = 64 * 1024 * 1024;
/** Nor versions of more lines than this (their offsets take 8 bytes a line). */
const MAX_LINES = 4 * 1024 * 1024;
const WHOLE_FILE: [number, number] = [1, Number.MAX_SAFE_INTEGER];

/** Whether `line` is in one of `ranges` (sorted, disjoint): a binary search, so many ranges and many matches stay cheap. */
function inRanges(ranges: readonly [number, number][], line: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = ranges[mid]!;
    if (line < first) hi = mid - 1;
    else if (line > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Gathers a blob's content as it comes (a copy: cat-file reuses its buffer); null when larger than MAX_COMPARED or missing. */
function gathering(done: (content: Buffer | null) => void): BlobSink {
  let parts: Buffer[] | null = [];
  let size = 0;
  return {
    chunk: (data) => {
      size += data.length;
      if (size > MAX_COMPARED) parts = null;
      else parts?.push(Buffer.from(data));
    },
    end: () => done(parts && Buffer.concat(parts)),
    missing: () => done(null),
  };
}

type Scanned = Extract<FileOutcome, { kind: 'scanned' }>;

/** The ranges of lines of `after` that `before` lacks; every line when either has too many lines to compare. */
function added(before: Buffer, after: Buffer): [number, number][] {
  const [old, now] = [splitLines(before, MAX_LINES), splitLines(after, MAX_LINES)];
  return old && now ? addedRanges(old, now) : [WHOLE_FILE];
}

/** The matches of the staged version `after` on lines it adds to the committed `before` (either null: all lines count). */
function addedMatches(outcome: Scanned, before: Buffer | null, after: Buffer | null): Match[] {
  if (before === null || after === null) return outcome.matches;
  const [old, now] = [contentViews(before), contentViews(after)];
  const textAdded = added(old.text, now.text);
  // What the bytes of a decoded text showed has its lines counted in the bytes: compared as bytes.
  const rawAdded = outcome.inRawBytes ? added(old.raw ?? old.text, now.raw ?? now.text) : [];
  return outcome.matches.filter((m) => inRanges(outcome.inRawBytes?.has(m) ? rawAdded : textAdded, m.line));
}

/**
 * `repoArg`: a directory in the repository, as the user named it (the report's root). The source
 * carries the repository it opened: the CLI writes the report's paths from its top without
 * asking git again.
 */
export async function stagedSource(repoArg: string): Promise<Source & { repo: Repo }> {
  const dir = resolve(repoArg);
  // A hook is waiting: ask git everything at once (it answers from any directory of the work
  // tree, with paths from its top), and only then look at what came back.
  const repoAsked = openRepo(dir);
  const stagedAsked = stagedFiles(dir);
  stagedAsked.catch(() => {}); // outside a repository, openRepo's error is the one to report
  const repo = await repoAsked;
  if (repo.bare) throw new InputError(`${repoArg}: a bare repository has no index to scan`);
  const staged = await stagedAsked;

  return {
    mode: 'staged',
    root: repoArg,
    configRoot: repo.dir,
    repo,
    async scan(rules, filters, events): Promise<SourceTotals> {
      const wanted = pathFilter(filters);
      // A symbolic link is staged as a blob holding its target: text the commit adds, scanned as any
      // file's (a link to a token is a token committed). A submodule's entry is another repository's commit.
      const files = staged.filter((f) => f.newMode !== GITLINK && wanted(f.path));
      const totals: SourceTotals = { bytes: 0, files: 0, commits: 0, blobs: files.length };
      if (files.length === 0) return totals;
      // A new file (or one that changed type, a link become a file) is added whole. An existing
      // one (modified, renamed) with matches is compared with its committed version afterwards:
      // most files have none, and are never compared.
      const toCompare: { file: StagedFile; outcome: Scanned }[] = [];
      const reader = await BlobReader.open(repo.dir, { few: true });
      for (const file of files) {
        const more = reader.request(file.newBlob, {
          ...scanningSink(rules, (outcome, size) => {
            totals.bytes += size;
            if (outcome.kind === 'skipped') return events.skipped({ path: file.path, kind: outcome.skip, reason: outcome.reason });
            totals.files++;
            if (outcome.listed) events.skipped({ path: file.path, kind: outcome.listed.skip, reason: outcome.listed.reason });
            if (outcome.matches.length === 0) return;
            if (/^[MR]/.test(file.status)) toCompare.push({ file, outcome });
            else events.matches(outcome.matches, { path: file.path });
          }, file.path),
          missing: () => events.skipped({ path: file.path, kind: 'unreadable', reason: 'unreadable: staged blob missing' }),
        });
        if (!more) await reader.drained();
      }
      await reader.close();
      if (toCompare.length) await compare(repo.dir, toCompare, (matches, path) => events.matches(matches, { path }));
      return totals;
    },
  };
}

/**
 * Reads each file's committed and staged versions (one pair in memory at a time: cat-file answers
 * in order) and reports the matches on the lines the staged one adds.
 */
async function compare(dir: string, files: { file: StagedFile; outcome: Scanned }[], report: (matches: Match[], path: string) => void): Promise<void> {
  const reader = await BlobReader.open(dir, { few: true });
  for (const { file, outcome } of files) {
    let before: Buffer | null = null;
    reader.request(
      file.oldBlob,
      gathering((content) => (before = content)),
    );
    const more = reader.request(
      file.newBlob,
      gathering((after) => {
        const added = addedMatches(outcome, before, after);
        before = null;
        if (added.length) report(added, file.path);
      }),
    );
    if (!more) await reader.drained();
  }
  await reader.close();
}
