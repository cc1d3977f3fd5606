/**
 * Git history as a source, in two passes so that a full audit costs about what git takes to list
 * and inflate the blobs:
 *
 * 1. scan: every unique blob the selected commits reach (`git rev-list --objects`), once, streamed
 *    from one `git cat-file --batch` (history/objects.ts);
 * 2. attribute: for the few blobs with findings only, every commit and path where they appear, in
 *    parents-first (`--topo-order --reverse`) order, so that the first commit to show a secret at
 *    a path is the one that introduced it (history/attribute.ts: the commits, listed beside the
 *    blobs, diffed in chunks on two cores), and the file each path is a version of through renames
 *    (history/renames.ts).
 *
 * What diff-based scanners miss is still covered: a merge's own content (a conflict resolved with
 * new text) is in the merge's tree, `--all` includes commits reachable only from a tag, renames
 * are followed (one finding, at the first path), and a secret kept through many edits of a file is
 * reported once, at the commit that introduced it. The same secret in two files is two findings.
 */
import type { CompiledRules } from '../engine/compiled-rules.js';
import { type Repo, historyView } from '../git/repo.js';
import { blobsChangedIn, findOccurrences } from '../history/attribute.js';
import { type CachedOccurrence, type HistoryCache, type Seal, emptyCache, loadCache, rulesKey, saveCache, userSeal } from '../history/cache.js';
import { SizeGate, allWithin, listBlobs, listCommits, tipsOf } from '../history/objects.js';
import { OidSet, OidTable } from '../history/oids.js';
import { packPlan } from '../history/pack-order.js';
import { formatSize } from '../util/size.js';
import { secretHashOf, sha256 } from '../pipeline/findings.js';
import { version } from '../package-info.js';
import { RenameTracker } from '../history/renames.js';
import { NOTHING_SCANNED, type SourceEvents, type SourceTotals, type Source } from '../pipeline/source.js';
import type { Match, ScanMode } from '../types.js';
import { pathFilter } from './globs.js';
import { BlobScan } from './history-scan.js';
import { READING, evidencePath } from './read.js';

export interface HistorySourceOptions {
  repo: Repo;
  /** What is walked: ['--all'], tips and exclusions; none for nothing (a push of deletions only). */
  revs: string[];
  mode: ScanMode;
  /** The report's root, as the user named the repository. */
  root: string;
  /** What was walked, in the report's words. */
  label: string;
  /** The history cache to read and update (history/cache.ts); none: every run starts over. */
  cacheFile?: string;
  /** The cache is the default one inside the git directory: sealed with this user's key. */
  cacheInGitDir?: boolean;
  /** A warning for stderr (a cache that could not be used). */
  warn?: (message: string) => void;
  /** Blobs larger than this many bytes are listed as skipped, never inflated (a decompression bomb). */
  maxFileSize?: number;
  /** cat-file processes reading at once (default READERS): one when other scans share the cores. */
  readers?: number;
}

export function historySource(options: HistorySourceOptions): Source {
  return {
    mode: options.mode,
    root: options.root,
    configRoot: options.repo.dir,
    scan: async (rules, filters, events) => ({
      ...(options.revs.length ? await scanHistoryBlobs(options, rules, pathFilter(filters), events) : NOTHING_SCANNED),
      shallow: options.repo.shallow,
      revisions: options.label,
    }),
  };
}

async function scanHistoryBlobs(
  options: HistorySourceOptions,
  rules: CompiledRules,
  wanted: (path: string) => boolean,
  events: SourceEvents,
): Promise<SourceTotals> {
  const dir = options.repo.dir;
  const revs = options.revs;
  const warn = options.warn ?? (() => {});
  // A blob's verdict depends on how its content is read as much as on the rules: a cache from a
  // reader that skipped what this one searches must not vouch for those blobs.
  const key = sha256(`${rulesKey(rules.rules)} ${READING}`);
  const pdguard = version();
  let cache: HistoryCache = emptyCache();
  const seal: Seal = options.cacheFile && options.cacheInGitDir ? userSeal() : { key: null };
  // Without a key of its own, a cache inside `.git` (which a repository can bring) is never used.
  const cacheFile = options.cacheInGitDir && !seal.key ? undefined : options.cacheFile;
  if (cacheFile) {
    const loaded = loadCache(cacheFile, pdguard, key, seal);
    if (loaded.warning) warn(loaded.warning);
    cache = loaded.cache;
  }
  // Commits are reused only for a walk of whole histories (no exclusions) that still contains
  // every commit the cache covered; blob verdicts hold for any walk.
  const selection = JSON.stringify(revs);
  const walksWhole = !revs.some((rev) => rev.startsWith('^') || rev === '--not');
  const [tips, view] = cacheFile && walksWhole ? await Promise.all([tipsOf(dir, revs), historyView(dir)]) : [[], null];
  // The cached commits stand for their history as it was seen: a shallow clone fetched deeper
  // since (or a view that cannot be known) has history the cache never walked.
  const reuse = walksWhole && view !== null && cache.view === view && cache.selection === selection && (await allWithin(dir, cache.tips, revs));
  const newRevs = reuse ? [...revs, '--not', ...cache.tips] : revs;

  const unreadable = { count: 0 };
  const tracked: SourceEvents = { ...events, skipped: (skip) => (unreadable.count++, events.skipped(skip)) };
  const totals: SourceTotals = { bytes: 0, files: 0, commits: 0, blobs: 0 };
  // Listed beside the blobs (it walks commits only); awaited below, where a failure surfaces.
  const commitsListed = listCommits(dir, newRevs).then((commits) => ((totals.commits = commits.length), commits));
  commitsListed.catch(() => {});
  // Blobs that held findings are always scanned again: the cache never vouches for a secret's absence.
  const rescan = new OidTable();
  if (reuse) for (const oid of cache.findings.keys()) rescan.pushHex(oid);
  const held = OidSet.of(rescan);
  let vouched = 0;
  const known = (oids: OidTable, index: number) => (oids.isIn(cache.clean, index) ? (vouched++, true) : oids.isIn(held, index));
  // Paths are evidence (a blob at .pd.yml): kept for the blobs whose path may name PagerDuty.
  const list = await listBlobs(dir, newRevs, known, rescan, (path) => rules.readsPath(evidencePath(path)!));
  if (!walksWhole) {
    // A range: content its commits put at a path is theirs to answer for, even when the base
    // already holds the same bytes elsewhere (a copy), which rev-list's exclusion would hide.
    const listed = OidSet.of(list.oids);
    for (const oid of await blobsChangedIn(dir, await commitsListed)) if (!listed.has(oid) && !cache.clean.has(oid) && !held.has(oid)) list.oids.pushHex(oid);
  }
  const oids = list.oids;
  const { order, starts } = await packPlan(dir, oids);
  const batch = Math.max(MIN_REQUESTS, Math.min(REQUESTS, Math.ceil(order.length / 16)));
  // (sizes, for --max-file-size) -> reading and matching, at once.
  const scan = await BlobScan.open({
    dir, rules, totals, events: tracked, blobs: oids,
    // Content searched but not all readable as text (binary) is listed, yet is no unreadable skip.
    list: events.skipped,
    missing: (oid) => tracked.skipped(missingBlob(oid)),
    paths: list.paths,
    ...(options.readers !== undefined ? { lanes: options.readers } : {}),
    room: 2 * batch,
  });
  const limit = options.maxFileSize;
  const gate = limit === undefined ? null : new SizeGate(dir, limit, (batch) => scan.addAll(batch), (oid, size) => (scan.tooLarge++, tracked.skipped(tooLargeBlob(oid, size, limit))));
  try {
    // Asked for a batch at a time, as git takes them: the whole list never waits in a buffer.
    // A batch ends where a delta tree begins, so that a tree is read by one cat-file only, unless
    // the tree is longer than two batches: then matching its blobs on both cores is worth more
    // than its bases, built once more (PagerDuty's API schema: 947 versions of one file, 632 MB,
    // one delta tree). A short list is still cut in a few batches, to be shared.
    for (let start = 0; start < order.length; ) {
      let end = Math.min(start + batch, order.length);
      while (end < order.length && !starts[end] && end - start < 2 * batch) end++;
      const lines = oids.hexLines(order, start, end);
      if (gate) {
        if (!gate.push(lines)) await gate.drained();
      } else await scan.add(lines, end - start);
      start = end;
    }
    await gate?.close();
    await scan.close();
  } catch (error) {
    gate?.kill();
    scan.kill();
    throw error;
  }
  const commits = await commitsListed;
  for (const oid of list.missing) tracked.skipped(missingBlob(oid));
  const found = scan.found;

  const cached = reuse ? cache.occurrences.filter((o) => found.has(o.blob)) : [];
  const fresh = await attribute(dir, commits, found, list.missing.length === 0);
  for (const at of [...cached, ...fresh]) {
    if (wanted(at.path)) events.matches(found.get(at.blob)!, { path: at.path, commit: at.commit, file: at.file, blob: at.blob });
  }
  // A blob no commit's change shows (a tag pointing at a blob or a tree, not at a commit) is still
  // reported, by its id: what was found is never dropped for want of a place to name.
  const placed = new Set([...cached, ...fresh].map((at) => at.blob));
  for (const [oid, matches] of found) if (!placed.has(oid)) events.matches(matches, { path: `blob ${oid}`, file: `blob ${oid}`, blob: oid });

  if (cacheFile && unreadable.count === 0) {
    const clean = OidSet.of(scan.clean, cache.clean);
    const next: HistoryCache = walksWhole
      ? { selection, view, tips, commits: (reuse ? cache.commits : 0) + totals.commits, clean, findings: placesOf(found), occurrences: [...cached, ...fresh] }
      : // A range: keep what the cache knew of its own walk; add this run's blob verdicts.
        { ...cache, clean, findings: new Map([...cache.findings, ...placesOf(found)]) };
    const failed = saveCache(cacheFile, next, pdguard, key, seal);
    if (failed) warn(failed);
  }
  // What the cache answered for, so that a run with nothing new says so instead of looking empty.
  if (reuse || vouched) totals.cached = { commits: reuse ? cache.commits : 0, blobs: vouched };
  return totals;
}

/** Blob ids asked for at a time (at most; fewer for a short list, down to MIN_REQUESTS), and up to as many again to end where a delta tree begins. */
const REQUESTS = 4096;
const MIN_REQUESTS = 16;

function placesOf(found: Map<string, Match[]>): Map<string, { ruleId: string; line: number; column: number; secretHash: string }[]> {
  return new Map(
    [...found].map(([oid, matches]) => [oid, matches.map((m) => ({ ruleId: m.rule.id, line: m.line, column: m.column, secretHash: secretHashOf(m) }))]),
  );
}

function tooLargeBlob(oid: string, size: number, limit: number) {
  return { path: `blob ${oid}`, kind: 'too-large' as const, reason: `larger than --max-file-size ${formatSize(limit)} (${formatSize(size)})` };
}

/**
 * A blob the repository lacks (a partial clone, a snapshot missing a few), named by its id. Where
 * history shows it is not looked up: git 2.39's listing drops the path of what it cannot find, so
 * only a diff of every commit could say (10 s on terraform's history for the 7 blobs its snapshot
 * lacks), and a clone made with `--filter=blob:none` lacks them all. The reason says how to find
 * the commits that show one.
 */
function missingBlob(oid: string) {
  return {
    path: `blob ${oid}`,
    kind: 'unreadable' as const,
    reason: `unreadable: blob missing from the repository (a partial clone?); \`git log --all --find-object=${oid}\` shows where`,
  };
}

/** Every place (commit, path, file through renames) where a blob with findings appears in `commits`, in order. */
async function attribute(dir: string, commits: OidTable, found: Map<string, Match[]>, complete: boolean): Promise<CachedOccurrence[]> {
  if (found.size === 0) return [];
  const renames = new RenameTracker(dir);
  const out: CachedOccurrence[] = [];
  for (const at of await findOccurrences(dir, commits, new Set(found.keys()), { complete })) {
    out.push({ ...at, file: await renames.fileOf(at.path, at.commit.sha, at.added, at.merge) });
  }
  return out;
}
