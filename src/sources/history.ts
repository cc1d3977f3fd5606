/**
 * Git history as a source: every blob introduced by the selected commits is scanned exactly once,
 * streamed from one `git cat-file --batch`, in the order `git log --reverse --topo-order` meets
 * them, so that the first commit to show a secret at a path is the one that introduced it.
 *
 * What diff-based scanners miss is covered by how git is asked: `-c` shows what a merge itself
 * introduced (a conflict resolved with new text), `--all` includes commits reachable only from a
 * tag, `-M` follows renames (one finding, at the first path), and a secret kept through many
 * edits of a file is reported once, at the commit that introduced it. The same secret in two
 * files is two findings.
 */
import type { CompiledRules } from '../engine/compiled-rules.js';
import { InputError } from '../errors.js';
import { BlobReader } from '../git/catfile.js';
import { type FileChange, LOG_FORMAT, RawLogParser } from '../git/log.js';
import { exitOf, gitComplaint, spawnGit } from '../git/process.js';
import type { Repo } from '../git/repo.js';
import { NOTHING_SCANNED, type Provenance, type Source, type SourceEvents, type SourceTotals } from '../pipeline/source.js';
import type { CommitInfo, Match, ScanMode } from '../types.js';
import { pathFilter } from './globs.js';
import { scanningSink } from './read.js';

export interface HistorySourceOptions {
  repo: Repo;
  /** What `git log` walks: ['--all'], tips and exclusions; none for nothing (a push of deletions only). */
  revs: string[];
  mode: ScanMode;
  /** The report's root, as the user named the repository. */
  root: string;
  /** What was walked, in the report's words. */
  label: string;
}

const NULL_BLOB = /^0+$/;
const GITLINK = '160000';
const SYMLINK = '120000';

/**
 * A blob being scanned (matches undefined) or scanned with findings; others are forgotten. Where
 * it appeared meanwhile waits for its matches.
 */
interface BlobState {
  matches?: Match[];
  waiting: Provenance[];
}

export function historySource(options: HistorySourceOptions): Source {
  return {
    mode: options.mode,
    root: options.root,
    configRoot: options.repo.dir,
    scan: async (rules, filters, events) => ({
      ...(options.revs.length ? await scanBlobs(options.repo.dir, options.revs, rules, pathFilter(filters), events) : NOTHING_SCANNED),
      shallow: options.repo.shallow,
      revisions: options.label,
    }),
  };
}

async function scanBlobs(
  dir: string,
  revs: string[],
  rules: CompiledRules,
  wanted: (path: string) => boolean,
  events: SourceEvents,
): Promise<SourceTotals> {
  const totals: SourceTotals = { bytes: 0, files: 0, commits: 0, blobs: 0 };
  const seenBlobs = new Set<string>();
  const blobs = new Map<string, BlobState>();
  const renamedFrom = new Map<string, string>();
  let commit: CommitInfo | null = null;
  let waitingForDrain = false;

  const reader = new BlobReader(dir);
  const log = spawnGit(dir, [
    '-c', 'log.showRoot=true', '-c', 'log.showSignature=false',
    'log', ...revs,
    // -c (combined): a merge lists the files that differ from every parent, which is what the merge
    // itself introduced (a conflict resolved with new text). `-m` would also list what it brings
    // in from a parent, and a range scan would report the base branch's secrets at the merge.
    '--reverse', '--topo-order', '-c', '-M', '--raw', '-z', '--no-abbrev', '--no-color',
    '--no-ext-diff', '--no-textconv', '--no-notes', LOG_FORMAT, '--',
  ]);
  const logExit = exitOf(log);

  const onChange = (change: FileChange): void => {
    if (!commit || change.status.startsWith('D') || NULL_BLOB.test(change.newBlob)) return;
    if (change.newMode === GITLINK || change.newMode === SYMLINK) return;
    const file = change.oldPath !== null && change.status.startsWith('R') ? renamedFrom.get(change.oldPath) ?? change.oldPath : renamedFrom.get(change.path) ?? change.path;
    if (file !== change.path) renamedFrom.set(change.path, file);
    if (!wanted(change.path)) return;
    const where: Provenance = { path: change.path, commit, file };
    const blob = change.newBlob;
    if (seenBlobs.has(blob)) {
      // Known content at another path or in another commit: no second scan; its findings, if
      // any, count again only for another file (runScan keeps one per secret per file).
      const state = blobs.get(blob);
      if (state?.matches) events.matches(state.matches, where);
      else state?.waiting.push(where);
      return;
    }
    seenBlobs.add(blob);
    const state: BlobState = { waiting: [] };
    blobs.set(blob, state);
    const more = reader.request(blob, {
      ...scanningSink(rules, (result, size) => {
        totals.blobs++;
        totals.bytes += size;
        if (result.kind === 'scanned' && result.matches.length) {
          state.matches = result.matches;
          events.matches(result.matches, where);
          for (const other of state.waiting) events.matches(result.matches, other);
          state.waiting = [];
        } else blobs.delete(blob);
        events.progress({ commits: totals.commits, blobs: totals.blobs, bytes: totals.bytes });
      }),
      missing: () => {
        blobs.delete(blob);
        events.skipped({
          path: `${where.path} (${where.commit!.sha.slice(0, 12)})`,
          kind: 'unreadable',
          reason: 'unreadable: blob missing from the repository (a partial clone?)',
        });
      },
    });
    if (!more && !waitingForDrain) {
      // cat-file is behind: stop reading the log until it catches up (bounded memory). One chunk
      // of log output holds many changes, so only the first full write waits.
      waitingForDrain = true;
      log.stdout.pause();
      void reader.drained().then(() => {
        waitingForDrain = false;
        log.stdout.resume();
      });
    }
  };

  const parser = new RawLogParser({
    commit: (c) => {
      if (commit?.sha !== c.sha) totals.commits++;
      commit = c;
    },
    change: onChange,
  });
  log.stdout.on('data', (data: Buffer) => parser.push(data));
  const logEnded = new Promise<void>((resolve) => log.stdout.on('end', resolve));

  try {
    const [{ code, stderr }] = await Promise.all([logExit, logEnded]);
    parser.end();
    if (code !== 0) throw new InputError(`git log failed: ${gitComplaint(stderr)}`);
    await reader.close();
  } catch (error) {
    reader.kill();
    log.kill();
    throw error;
  }
  return totals;
}
