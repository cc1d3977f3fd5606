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
import picomatch from 'picomatch';
import type { Engine } from '../engine/stream.js';
import { InputError } from '../errors.js';
import { type RawFinding, toFindings } from '../findings.js';
import { BlobReader } from '../git/catfile.js';
import { type FileChange, LOG_FORMAT, RawLogParser } from '../git/log.js';
import { exitOf, gitComplaint, spawnGit } from '../git/process.js';
import type { CommitInfo, Match, SkippedPath } from '../types.js';
import { scanningSink } from './read.js';

export interface HistoryProgress {
  commits: number;
  blobs: number;
  bytes: number;
}

export interface HistorySourceOptions {
  /** Where git runs (see git/repo.ts). */
  dir: string;
  /** What `git log` walks: ['--all'], ['A..B'], or tips and exclusions. */
  revs: string[];
  engine: Engine;
  exclude?: readonly string[];
  include?: readonly string[];
  onProgress?: (progress: HistoryProgress) => void;
}

export interface HistoryOutcome extends HistoryProgress {
  raw: RawFinding[];
  skipped: SkippedPath[];
  incomplete: boolean;
}

const NULL_BLOB = /^0+$/;
const GITLINK = '160000';
const SYMLINK = '120000';

/** Where a blob appeared: the commit, its path there, and the file it is a version of. */
interface Introduction {
  commit: CommitInfo;
  path: string;
  /** The first path of the file through renames: findings are one per secret per file. */
  file: string;
}

/** A blob being scanned (matches undefined) or scanned with findings; others are forgotten. */
interface BlobState {
  matches?: Match[];
  waiting: Introduction[];
}

export async function scanHistoryBlobs(options: HistorySourceOptions): Promise<HistoryOutcome> {
  const excluded = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : () => false;
  const included = options.include?.length ? picomatch([...options.include], { dot: true }) : () => true;
  const outcome: HistoryOutcome = { commits: 0, blobs: 0, bytes: 0, raw: [], skipped: [], incomplete: false };
  const seenBlobs = new Set<string>();
  const blobs = new Map<string, BlobState>();
  const renamedFrom = new Map<string, string>();
  const reported = new Set<string>();
  let commit: CommitInfo | null = null;
  let waitingForDrain = false;

  const report = (matches: readonly Match[], intro: Introduction): void => {
    for (const raw of toFindings(matches, intro.path, intro.commit)) {
      const key = `${raw.finding.secretHash}\0${intro.file}`;
      if (reported.has(key)) continue;
      reported.add(key);
      outcome.raw.push(raw);
    }
  };

  const reader = new BlobReader(options.dir);
  const log = spawnGit(options.dir, [
    '-c', 'log.showRoot=true', '-c', 'log.showSignature=false',
    'log', ...options.revs,
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
    if (excluded(change.path) || !included(change.path)) return;
    const intro: Introduction = { commit, path: change.path, file };
    const blob = change.newBlob;
    if (seenBlobs.has(blob)) {
      // Known content at another path or in another commit: no second scan; its findings, if
      // any, count again only for another file.
      const state = blobs.get(blob);
      if (state?.matches) report(state.matches, intro);
      else state?.waiting.push(intro);
      return;
    }
    seenBlobs.add(blob);
    const state: BlobState = { waiting: [] };
    blobs.set(blob, state);
    const more = reader.request(blob, {
      ...scanningSink(options.engine, (result, size) => {
        outcome.blobs++;
        outcome.bytes += size;
        if (result.kind === 'scanned' && result.matches.length) {
          state.matches = result.matches;
          report(result.matches, intro);
          for (const other of state.waiting) report(result.matches, other);
          state.waiting = [];
        } else blobs.delete(blob);
        options.onProgress?.({ commits: outcome.commits, blobs: outcome.blobs, bytes: outcome.bytes });
      }),
      missing: () => {
        blobs.delete(blob);
        outcome.skipped.push({ path: `${intro.path} (${intro.commit.sha.slice(0, 12)})`, reason: 'unreadable: blob missing from the repository (a partial clone?)' });
        outcome.incomplete = true;
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
      if (commit?.sha !== c.sha) outcome.commits++;
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
  return outcome;
}
