/**
 * The index as a source: what the next commit will contain. Each staged file is scanned whole,
 * from the index (not the working tree), so that context such as a YAML parent key is seen; only
 * matches on lines the commit adds are reported. Works before the first commit.
 */
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { BlobReader } from '../git/catfile.js';
import { addedLines, stagedFiles } from '../git/diff.js';
import { openRepo } from '../git/repo.js';
import type { Source, SourceTotals } from '../pipeline/source.js';
import { pathFilter } from './globs.js';
import { scanningSink } from './read.js';

const GITLINK = '160000';

/** Whether `line` is in one of `ranges` (sorted, disjoint, as hunks come): a binary search, so many hunks and many matches stay cheap. */
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

/** `repoArg`: a directory in the repository, as the user named it (the report's root). */
export async function stagedSource(repoArg: string): Promise<Source> {
  const dir = resolve(repoArg);
  // A hook is waiting: ask git everything at once (it answers from any directory of the work
  // tree, with paths from its top), and only then look at what came back.
  const repoAsked = openRepo(dir);
  const diffsAsked = Promise.all([stagedFiles(dir), addedLines(dir)]);
  diffsAsked.catch(() => {}); // outside a repository, openRepo's error is the one to report
  const repo = await repoAsked;
  if (repo.bare) throw new InputError(`${repoArg}: a bare repository has no index to scan`);
  const [staged, lines] = await diffsAsked;

  return {
    mode: 'staged',
    root: repoArg,
    configRoot: repo.dir,
    async scan(rules, filters, events): Promise<SourceTotals> {
      const wanted = pathFilter(filters);
      // A symbolic link is staged as a blob holding its target: text the commit adds, scanned as any
      // file's (a link to a token is a token committed). A submodule's entry is another repository's commit.
      const files = staged.filter((f) => f.newMode !== GITLINK && wanted(f.path));
      const totals: SourceTotals = { bytes: 0, files: 0, commits: 0, blobs: files.length };
      if (files.length === 0) return totals;
      const reader = await BlobReader.open(repo.dir);
      for (const file of files) {
        // A new file (or one that changed type, a link become a file) is added whole; an existing
        // one only where its diff adds lines. One the diff did not show is taken whole: scan more, never less.
        const ranges = /^[AT]/.test(file.status) ? null : lines.get(file.path) ?? null;
        const isAdded = (line: number): boolean => ranges === null || inRanges(ranges, line);
        const more = reader.request(file.newBlob, {
          ...scanningSink(rules, (outcome, size) => {
            totals.bytes += size;
            if (outcome.kind === 'skipped') return events.skipped({ path: file.path, kind: outcome.skip, reason: outcome.reason });
            totals.files++;
            const added = outcome.matches.filter((m) => isAdded(m.line));
            if (added.length) events.matches(added, { path: file.path });
          }),
          missing: () => events.skipped({ path: file.path, kind: 'unreadable', reason: 'unreadable: staged blob missing' }),
        });
        if (!more) await reader.drained();
      }
      await reader.close();
      return totals;
    },
  };
}
