// A synthetic git history with tokens planted at recorded commits, streamed from here into one `git fast-import`.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fail, fmtMb, log, MiB } from './common.mjs';
import { FILE_TYPES, PLANT_KINDS, plantBlock } from './plant.mjs';
import { FakeTokens, Rng } from './rng.mjs';
import { DECOYS, fillerLines, makePools, minifiedLines, textKit } from './text.mjs';

/** Bump when the history generator changes (apart from GENERATOR_VERSION: the tree and big file stay cached). */
export const HISTORY_GENERATOR_VERSION = 3;
/** Files in main's last tree: the index of 5,000 files `pdguard staged` is measured against. */
const HISTORY_FILES = 5000;
const HISTORY_START = Date.UTC(2018, 0, 8, 9) / 1000;
const PEOPLE = [
  ['Ada Okafor', 'ada.okafor@example.com'],
  ['Bruno Lindqvist', 'bruno@example.org'],
  ['Chen Wei', 'chen.wei@example.com'],
  ['Dolores Ibarra', 'dibarra@example.net'],
  ['Emeka Nwosu', 'emeka@example.com'],
  ['Freya Sørensen', 'freya.sorensen@example.org'],
  ['Gaurav Mehta', 'gmehta@example.com'],
  ['Hana Kobayashi', 'hana@example.net'],
];
/** Commits touching this many files, weighted (mean about 2.5). */
const TOUCHES = [
  { n: 1, weight: 35 }, { n: 2, weight: 25 }, { n: 3, weight: 17 }, { n: 4, weight: 10 },
  { n: 5, weight: 6 }, { n: 6, weight: 4 }, { n: 8, weight: 3 },
];

/**
 * Every line a generated file can hold, per file type: long runs of realistic, indented lines, so
 * that a file is a slice of its type's corpus and an edit inserts another slice. Files are arrays
 * of line numbers, which keeps thousands of files and their versions small in memory. Lines added
 * later (planted tokens, decoys) are numbered from `protectedFrom`: edits never delete them.
 */
function buildCorpus(rng, pools) {
  const lines = [];
  const bytes = [];
  const byExt = new Map();
  const add = (text) => {
    lines.push(text);
    bytes.push(Buffer.byteLength(text));
    return lines.length - 1;
  };
  for (const type of FILE_TYPES) {
    const start = lines.length;
    for (const line of type.minified ? minifiedLines(rng, pools, 6 * MiB) : fillerLines(rng, pools, type, 2 * MiB)) add(line);
    byExt.set(type.ext, { start, count: lines.length - start });
  }
  return { lines, bytes, byExt, add, protectedFrom: lines.length };
}

/** A set of paths that can also hand out a random member. */
class PathSet {
  constructor(items = []) {
    this.items = [...items];
    this.at = new Map(this.items.map((p, i) => [p, i]));
  }
  get size() {
    return this.items.length;
  }
  has(path) {
    return this.at.has(path);
  }
  add(path) {
    if (this.at.has(path)) return;
    this.at.set(path, this.items.length);
    this.items.push(path);
  }
  delete(path) {
    const i = this.at.get(path);
    if (i === undefined) return;
    const last = this.items.pop();
    if (i < this.items.length) {
      this.items[i] = last;
      this.at.set(last, i);
    }
    this.at.delete(path);
  }
  random(rng) {
    return this.items[Math.floor(rng.next() * this.items.length)];
  }
}

/**
 * A history of `historyCommits` commits holding about `historyMb` MB of blob content in all, made
 * in one `git fast-import` (seconds, where one `git commit` per commit would take many minutes).
 * It looks like a busy monorepo's: a big first import, then growth to HISTORY_FILES files, small
 * edits of a few files per commit (some files much edited, three big ones such as a lockfile),
 * additions, deletions, renames, feature branches merged back (some merges with content of their
 * own), release tags, and a few commits reachable only from a tag or from a branch never merged.
 * Fake tokens are planted at known commits; the manifest records each with its commit and path.
 */
export async function generateHistory(dir, { historyCommits: N, historyMb, seed }) {
  log(`  generating a git history of ${N} commits, ~${historyMb} MB of blobs (once; cached in .bench/history.git)...`);
  const rng = new Rng(seed + 2);
  const k = { ...textKit(rng), pick: (items) => rng.pick(items) };
  const pools = makePools(rng);
  const tokens = new FakeTokens(new Rng((seed + 2) ^ 0x5eed));
  const corpus = buildCorpus(rng, pools);
  const target = historyMb * MiB;
  const F = HISTORY_FILES;
  // Mean size of a file version: most content is in edited versions of ordinary files; the three
  // big files take about a tenth. Choices below steer the running mean back to it.
  const meanSize = (0.9 * target) / (F * 1.15 + N * 2.5);
  const bigSize = Math.min(4 * MiB, Math.max(256 * 1024, Math.round(target / 400)));

  mkdirSync(dir, { recursive: true });
  const init = spawnSync('git', ['init', '-q', '--bare', '--initial-branch=main', dir], { encoding: 'utf8' });
  if (init.status !== 0) fail(`git init failed:\n${init.stderr}`);
  const marksPath = join(dir, 'bench-marks');
  // Fast to write: zlib level 1 and no deltas (fast-import would only try each blob against the
  // one before it). Inflating level 1 costs git about what level 6 does, and with no deltas to
  // resolve git's own dump is as fast as it can be: the baseline is not made easier to beat.
  const fi = spawn('git', ['-c', 'pack.compression=1', 'fast-import', '--quiet', '--done', '--depth=0', '--active-branches=20', `--export-marks=${marksPath}`], {
    cwd: dir,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let fiStderr = '';
  fi.stderr.on('data', (d) => (fiStderr += d));
  fi.stdin.on('error', () => {}); // reported through the exit status
  const fiClosed = new Promise((resolve) => fi.on('close', (code) => resolve(code)));

  // The stream, written in chunks of a few MB with back-pressure.
  let parts = [];
  let pending = 0;
  const emit = (text) => {
    parts.push(text);
    pending += text.length;
  };
  const write = async (data) => {
    if (!fi.stdin.write(data)) {
      const code = await Promise.race([once(fi.stdin, 'drain').then(() => null, () => fiClosed), fiClosed]);
      if (code !== null) fail(`git fast-import stopped (exit ${code}):\n${fiStderr.trim()}`);
    }
  };
  const flush = async () => {
    if (!parts.length) return;
    const chunk = parts.join('');
    parts = [];
    pending = 0;
    await write(chunk);
  };

  // --- Files and their versions: { file (identity), type, ids (line numbers) | binary, size, mark }
  const stats = { commits: 0, merges: 0, blobs: 0, bytes: 0, steered: { versions: 0, bytes: 0 }, renames: 0, deletes: 0, tags: 0, binaryFiles: 0 };
  let fileCount = 0;
  let mark = 0;
  let time = HISTORY_START;
  const sizeOf = (ids) => {
    let n = 0;
    for (const id of ids) n += corpus.bytes[id] + 1;
    return n;
  };
  /** A contiguous slice of the type's corpus, about `size` bytes (at least one line). */
  const slice = (ext, size) => {
    const { start, count } = corpus.byExt.get(ext);
    const ids = [];
    let n = 0;
    for (let i = rng.int(0, count - 1); n < size || ids.length === 0; i = (i + 1) % count) {
      ids.push(start + i);
      n += corpus.bytes[start + i] + 1;
    }
    return ids;
  };
  const newTextFile = (type, size) => {
    const ids = slice(type.ext, size);
    if (rng.chance(0.04)) for (let i = rng.int(1, 3); i > 0; i--) ids.splice(rng.int(0, ids.length), 0, corpus.add(rng.pick(DECOYS)));
    return { file: ++fileCount, type, ids, size: sizeOf(ids) };
  };
  const newBinaryFile = () => {
    const bytes = Buffer.alloc(rng.logUniform(20_000, 600_000));
    Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(bytes);
    for (let i = 16; i < bytes.length; i++) bytes[i] = (rng.next() * 256) | 0;
    stats.binaryFiles++;
    return { file: ++fileCount, type: null, binary: bytes, size: bytes.length };
  };
  /** A new version of a text file: a few hunks replaced, or lines appended to a log. */
  const edited = (v) => {
    const ids = v.ids.slice();
    const { start, count } = corpus.byExt.get(v.type.ext);
    const run = (n) => {
      const from = rng.int(0, Math.max(0, count - n));
      return Array.from({ length: Math.min(n, count) }, (_, i) => start + from + i);
    };
    if (v.type.ext === 'log') ids.push(...run(rng.int(5, 60)));
    else if (v.type.minified) {
      const i = rng.int(0, ids.length - 1);
      if (ids[i] < corpus.protectedFrom) ids[i] = start + rng.int(0, count - 1);
      else ids.push(start + rng.int(0, count - 1));
    } else {
      for (let hunks = rng.int(1, 3); hunks > 0; hunks--) {
        const at = rng.int(0, ids.length);
        const removed = ids.splice(at, rng.int(0, 6), ...run(rng.int(1, 12)));
        ids.splice(at, 0, ...removed.filter((id) => id >= corpus.protectedFrom)); // planted lines stay
      }
    }
    return { file: v.file, type: v.type, ids, size: sizeOf(ids) };
  };
  const steerBigger = () => stats.steered.bytes < meanSize * stats.steered.versions;
  const fileSize = () => {
    const scale = stats.steered.versions > 100 ? Math.min(2, Math.max(0.5, (meanSize * stats.steered.versions) / stats.steered.bytes)) : 1;
    return Math.round(rng.logUniform(meanSize / 20, meanSize * 4) * scale);
  };

  // --- Paths
  const usedPaths = new Set();
  const dirs = [];
  const tops = ['services', 'packages', 'infra', 'tools', 'docs', 'deploy', 'libs', 'apps', 'config'];
  for (let i = 0; i < Math.ceil(F / 12); i++) {
    const top = rng.pick(tops);
    dirs.push([top, ...Array.from({ length: rng.int(1, 3) }, () => k.kebab())].join('/'));
  }
  const newPath = (type, dirPath = rng.pick(dirs)) => {
    for (;;) {
      const name = !type ? `${k.kebab()}.png` : type.ext === 'env' ? rng.pick(['.env', '.env.local', '.env.production', '.env.staging']) : `${k.kebab()}.${type.ext}`;
      const path = `${dirPath}/${usedPaths.has(`${dirPath}/${name}`) ? `${rng.int(2, 99999)}-` : ''}${name}`;
      if (!usedPaths.has(path)) {
        usedPaths.add(path); // never reused, so that a path is one file
        return path;
      }
    }
  };
  const BIG = [
    { path: 'package-lock.json', type: FILE_TYPES.find((t) => t.ext === 'json') },
    { path: 'CHANGELOG.md', type: FILE_TYPES.find((t) => t.ext === 'md') },
    { path: 'test/fixtures/events.log', type: FILE_TYPES.find((t) => t.ext === 'log') },
  ];
  const bigPaths = new Set(BIG.map((b) => b.path));
  for (const p of bigPaths) usedPaths.add(p);
  const bigEditChance = Math.min(0.3, (0.1 * target) / (BIG.length * bigSize) / N);

  // --- Lines of development: main and branches. Versions are immutable, so trees share them.
  const main = { name: 'main', ref: 'refs/heads/main', tip: 0, tree: new Map(), paths: new PathSet() };
  const fork = (name) => ({
    name, ref: `refs/heads/${name}`, tip: main.tip, tree: new Map(main.tree), paths: new PathSet(main.paths.items),
    base: new Map(), commits: 0, mergeAfter: rng.int(2, 25),
  });
  const branches = []; // active feature branches
  const branchNames = ['feature/escalations', 'feature/oncall-sync', 'feature/alert-routing', 'fix/retry-storm', 'feature/status-page', 'chore/deps'];
  let nextBranchName = 0;
  const endBranches = new Set(); // names of refs/heads/* at the end
  const protectedPaths = new Set(); // paths with a planned future (rename, delete, edits): left alone otherwise

  /** A text path of `line` to edit: of two random ones, the smaller or larger as the budget needs. */
  const pickEdit = (line, taken) => {
    let best = null;
    for (let tries = 0, found = 0; tries < 12 && found < 2; tries++) {
      const path = line.paths.random(rng);
      const v = line.tree.get(path);
      if (!v?.ids || taken.has(path) || bigPaths.has(path) || protectedPaths.has(path)) continue;
      found++;
      if (!best || (steerBigger() ? v.size > best.v.size : v.size < best.v.size)) best = { path, v };
    }
    return best;
  };

  // --- Planted tokens
  const planted = [];
  const plantKind = (ext) => {
    const fits = PLANT_KINDS.filter((p) => p.exts.includes(ext));
    return fits.length ? rng.weighted(fits).kind : 'oauth';
  };
  /** Put a token into a (new, unwritten) version; the plant's commit is filled in when written. */
  const plantInto = (v, path, where) => {
    const kind = plantKind(v.type.ext);
    const b = plantBlock(kind, v.type.ext, tokens, k);
    const ids = b.lines.map((text) => corpus.add(text));
    v.ids.splice(rng.int(0, v.ids.length), 0, ...ids);
    v.size = sizeOf(v.ids);
    const p = { secret: b.secret, kind: `${kind}${where}`, path, commit: null, ids };
    planted.push(p);
    return p;
  };

  // --- Writing objects
  const writeBlob = async (v) => {
    v.mark = ++mark;
    emit(`blob\nmark :${v.mark}\ndata ${v.size}\n`);
    if (v.binary) {
      await flush();
      await write(v.binary);
    } else emit(v.ids.map((id) => corpus.lines[id]).join('\n'));
    emit('\n');
    stats.blobs++;
    stats.bytes += v.size;
    if (v.ids && !bigPaths.has(v.path)) {
      stats.steered.versions++;
      stats.steered.bytes += v.size;
    }
    if (pending > 4 * MiB) await flush();
  };
  /**
   * One commit on `line` (a ref): ops are { path, version } (added or modified) or { path,
   * delete: true }; `parents` defaults to the line's tip. Returns the commit's mark.
   */
  const commit = async (line, ops, message, { parents = line.tip ? [line.tip] : [], ref = line.ref, plants = [] } = {}) => {
    for (const op of ops) {
      if (op.version && !op.version.mark) {
        op.version.path = op.path;
        await writeBlob(op.version);
      }
    }
    const m = ++mark;
    time += rng.int(60, 4 * 3600);
    const [name, email] = rng.pick(PEOPLE);
    const body = `${message}\n`;
    emit(`commit ${ref}\nmark :${m}\nauthor ${name} <${email}> ${time} +0000\ncommitter ${name} <${email}> ${time} +0000\ndata ${Buffer.byteLength(body)}\n${body}`);
    if (parents[0]) emit(`from :${parents[0]}\n`);
    for (const p of parents.slice(1)) emit(`merge :${p}\n`);
    for (const op of ops) emit(op.delete ? `D ${op.path}\n` : `M 100644 :${op.version.mark} ${op.path}\n`);
    emit('\n');
    stats.commits++;
    if (parents.length > 1) stats.merges++;
    for (const p of plants) p.commit = m;
    if (line) {
      for (const op of ops) {
        if (line.base && !line.base.has(op.path)) line.base.set(op.path, line.tree.get(op.path)); // a branch: the version it forked with
        if (op.delete) {
          line.tree.delete(op.path);
          line.paths.delete(op.path);
        } else {
          line.tree.set(op.path, op.version);
          line.paths.add(op.path);
        }
      }
      line.tip = m;
      if (line.commits !== undefined) line.commits++;
    }
    if (pending > 4 * MiB) await flush();
    return m;
  };
  const subject = () => `${rng.pick(['Fix', 'Add', 'Update', 'Refactor', 'Remove', 'Tune', 'Document', 'Rename'])} ${k.words(rng.int(2, 6)).join(' ')}`;

  // --- The kinds of commit
  /** An ordinary commit: edit a few files, sometimes add, delete or rename some; maybe plant a token. */
  const workCommit = async (line, c, { adds = 0, plant = false } = {}) => {
    const ops = [];
    const taken = new Set();
    const onMain = line === main;
    const touches = rng.weighted(TOUCHES).n;
    for (let i = 0; i < touches; i++) {
      const pick = pickEdit(line, taken);
      if (!pick) break;
      taken.add(pick.path);
      ops.push({ path: pick.path, version: edited(pick.v) });
    }
    if (onMain && rng.chance(bigEditChance * BIG.length)) {
      const big = rng.pick(BIG);
      const v = main.tree.get(big.path);
      if (v && !taken.has(big.path)) {
        taken.add(big.path);
        ops.push({ path: big.path, version: edited(v) });
      }
    }
    if (onMain && c >= growthEnd) {
      // After growth the tree stays near F files: a deletion or an addition now and then.
      if (main.paths.size > F - 20 && rng.chance(0.03)) adds--;
      if (main.paths.size < F + 20 && rng.chance(0.03)) adds++;
      if (rng.chance(0.02)) {
        const pick = pickEdit(main, taken);
        if (pick) {
          const to = newPath(pick.v.type, rng.chance(0.5) ? pick.path.slice(0, pick.path.lastIndexOf('/')) : rng.pick(dirs));
          const version = rng.chance(0.3) ? edited(pick.v) : pick.v;
          taken.add(pick.path);
          taken.add(to);
          ops.push({ path: pick.path, delete: true }, { path: to, version });
          stats.renames++;
        }
      }
    } else if (!onMain && rng.chance(0.06)) adds++;
    for (; adds < 0; adds++) {
      const path = main.paths.random(rng);
      if (!path || taken.has(path) || bigPaths.has(path) || protectedPaths.has(path)) continue;
      taken.add(path);
      ops.push({ path, delete: true });
      stats.deletes++;
    }
    for (; adds > 0; adds--) {
      const version = rng.chance(0.003) ? newBinaryFile() : newTextFile(rng.weighted(FILE_TYPES), fileSize());
      ops.push({ path: newPath(version.type), version });
    }
    if (ops.length === 0) {
      const path = line.paths.random(rng);
      const v = line.tree.get(path);
      if (v?.ids) ops.push({ path, version: edited(v) });
    }
    const plants = [];
    if (plant) {
      const op = rng.pick(ops.filter((o) => o.version?.ids && o.version !== line.tree.get(o.path)) || []);
      if (op) plants.push(plantInto(op.version, op.path, onMain ? (line.tree.has(op.path) ? '' : ', new file') : `, on ${line.name}`));
    }
    return commit(line, ops, subject(), { plants });
  };

  /** Merge a branch into main. Files both changed take the branch's text plus a resolution line. */
  const mergeCommit = async (branch, evil) => {
    const ops = [];
    for (const [path, from] of branch.base) {
      const theirs = branch.tree.get(path);
      const ours = main.tree.get(path);
      if (!theirs || ours === theirs) continue;
      if (ours === from) ops.push({ path, version: theirs });
      else if (ours !== undefined) {
        // Changed on both sides: resolved by hand, which makes content of the merge's own.
        const version = { file: theirs.file, type: theirs.type, ids: [...theirs.ids, corpus.byExt.get(theirs.type.ext).start], size: 0 };
        version.size = sizeOf(version.ids);
        ops.push({ path, version });
      } // deleted or renamed on main since the fork: main's side wins
    }
    const plants = [];
    if (evil) {
      // Content that exists only in the merge commit: a diff-based scan never sees it.
      const op = ops.find((o) => o.version.ids && !o.version.type.minified);
      if (op) {
        if (op.version === branch.tree.get(op.path)) op.version = { ...op.version, ids: op.version.ids.slice(), mark: undefined };
        plants.push(plantInto(op.version, op.path, ', only in a merge commit'));
      }
    }
    const m = await commit(main, ops, `Merge branch '${branch.name}'`, { parents: [main.tip, branch.tip], plants });
    branches.splice(branches.indexOf(branch), 1);
    return { m, evil: plants.length > 0 };
  };

  // --- Commits with a purpose, planned at fixed points of the history (followed by their sequels)
  const specials = new Map();
  const plan = (c, run) => {
    while (specials.has(c)) c++;
    if (c < N - 1) specials.set(c, run);
  };
  const gap = (fraction) => Math.max(2, Math.round(N * fraction));
  const editPlan = (path, from, count, step, where) => {
    for (let i = 1; i <= count; i++) {
      plan(from + i * step, async () => {
        const v = main.tree.get(path);
        const ops = v ? [{ path, version: edited(v) }] : [];
        return commit(main, ops, `${subject()} (${where})`);
      });
    }
  };
  const plantInExisting = (where) => {
    const pick = pickEdit(main, new Set());
    const version = edited(pick.v);
    const p = plantInto(version, pick.path, where);
    protectedPaths.add(pick.path);
    return { pick, version, p };
  };
  // A token in a new file that a later commit deletes.
  plan(Math.round(N * 0.3), async (c) => {
    const type = FILE_TYPES.find((t) => t.ext === 'env');
    const version = newTextFile(type, 600);
    const path = newPath(type, 'deploy/staging');
    const p = plantInto(version, path, ', file deleted later');
    protectedPaths.add(path);
    plan(c + gap(0.02), () => commit(main, [{ path, delete: true }], 'Remove the staging env file'));
    return commit(main, [{ path, version }], 'Add the staging env file', { plants: [p] });
  });
  // A token in a file renamed later (one finding, at its first path), then edited at the new path.
  plan(Math.round(N * 0.33), async (c) => {
    const { pick, version, p } = plantInExisting(', file renamed later');
    const to = newPath(pick.v.type, rng.pick(dirs));
    protectedPaths.add(to);
    plan(c + gap(0.02), async (c2) => {
      editPlan(to, c2, 3, gap(0.005), 'after the rename');
      stats.renames++;
      return commit(main, [{ path: pick.path, delete: true }, { path: to, version: main.tree.get(pick.path) }], `Move ${pick.path.split('/').pop()}`);
    });
    return commit(main, [{ path: pick.path, version }], subject(), { plants: [p] });
  });
  // A token kept through 20 later edits of its file: one finding, at the first commit.
  plan(Math.round(N * 0.36), async (c) => {
    const { pick, version, p } = plantInExisting(', file edited 20 times after');
    editPlan(pick.path, c, 20, Math.max(1, Math.round(N / 2000)), 'much-edited file');
    return commit(main, [{ path: pick.path, version }], subject(), { plants: [p] });
  });
  // The same token in two files: two findings, each at the commit that put it there.
  plan(Math.round(N * 0.39), async (c) => {
    const { pick, version, p } = plantInExisting(', copied to a second file later');
    plan(c + gap(0.01), async () => {
      const other = pickEdit(main, new Set([pick.path]));
      const copy = edited(other.v);
      const ids = copy.ids;
      ids.splice(rng.int(0, ids.length), 0, ...p.ids);
      copy.size = sizeOf(ids);
      const second = { secret: p.secret, kind: `${p.kind.split(',')[0]}, the same token copied into a second file`, path: other.path, commit: null };
      planted.push(second);
      return commit(main, [{ path: other.path, version: copy }], 'Copy the client settings', { plants: [second] });
    });
    return commit(main, [{ path: pick.path, version }], subject(), { plants: [p] });
  });
  // A token in the big log file (MBs, appended to).
  plan(Math.round(N * 0.42), async () => {
    const path = BIG[2].path;
    const version = edited(main.tree.get(path));
    const p = plantInto(version, path, ', in a big file');
    return commit(main, [{ path, version }], 'Refresh the event fixtures', { plants: [p] });
  });
  // Commits reachable only from a tag: a lightweight one, and one with an annotated tag as well.
  const tagOnly = (name, annotated) => async () => {
    const pick = pickEdit(main, new Set());
    const version = edited(pick.v);
    const p = plantInto(version, pick.path, `, reachable only from tag ${name}${annotated ? ' (annotated)' : ''}`);
    // The annotated tag's commit is made on a scratch ref, deleted after the import.
    const ref = annotated ? `refs/bench-scratch/${name}` : `refs/tags/${name}`;
    if (annotated) scratchRefs.push(ref);
    const m = await commit(null, [{ path: pick.path, version }], `Hotfix ${name}`, { parents: [main.tip], ref, plants: [p] });
    if (annotated) {
      const body = `Hotfix release ${name}\n`;
      emit(`tag ${name}\nfrom :${m}\ntagger ${PEOPLE[0][0]} <${PEOPLE[0][1]}> ${time} +0000\ndata ${Buffer.byteLength(body)}\n${body}`);
      stats.tags++;
    }
    stats.tags++;
    return m;
  };
  const scratchRefs = [];
  plan(Math.round(N * 0.45), tagOnly('hotfix-1.4.1', false));
  plan(Math.round(N * 0.8), tagOnly('hotfix-2.0.3', true));
  // A branch never merged, with a token in its second commit.
  plan(Math.round(N * 0.6), async (c) => {
    const unmerged = fork('experiment/pd-events-v3');
    endBranches.add(unmerged.name);
    plan(c + 1, async (c2) => {
      plan(c2 + 1, () => workCommit(unmerged, c2 + 1));
      return workCommit(unmerged, c2, { plant: true });
    });
    return workCommit(unmerged, c);
  });

  // --- The history
  const growthEnd = Math.max(1, Math.round(N * 0.5));
  const tagEvery = Math.max(50, Math.round(N / 10));
  const ordinaryPlants = Math.max(40, Math.min(200, Math.round(N / 150)));
  const evilMerges = 3;
  let evilDone = 0;
  let release = 0;
  let nextReport = 1000;
  for (let c = 0; c < N; c++) {
    if (c === 0) {
      // The first import: a third of the files, and the big ones.
      const ops = BIG.map((b) => ({ path: b.path, version: newTextFile(b.type, bigSize) }));
      for (let i = 0; i < Math.round(F * 0.3) - BIG.length; i++) {
        const version = newTextFile(rng.weighted(FILE_TYPES), fileSize());
        ops.push({ path: newPath(version.type), version });
      }
      await commit(main, ops, 'Import the monorepo');
    } else if (specials.has(c)) {
      await specials.get(c)(c);
    } else if (c === N - 1) {
      // The last commit leaves main with exactly F files.
      const ops = [];
      const taken = new Set();
      for (let n = main.paths.size; n > F; ) {
        const path = main.paths.random(rng);
        if (bigPaths.has(path) || taken.has(path)) continue;
        taken.add(path);
        ops.push({ path, delete: true });
        n--;
      }
      for (let n = main.paths.size; n < F; n++) {
        const version = newTextFile(rng.weighted(FILE_TYPES), fileSize());
        ops.push({ path: newPath(version.type), version });
      }
      if (!ops.length) ops.push({ path: BIG[1].path, version: edited(main.tree.get(BIG[1].path)) });
      await commit(main, ops, 'Release housekeeping');
    } else {
      const plant = rng.chance(ordinaryPlants / N);
      const ready = branches.find((b) => b.commits >= b.mergeAfter);
      if (ready && rng.chance(0.4)) {
        const { evil } = await mergeCommit(ready, evilDone < evilMerges && c > N * 0.2);
        if (evil) evilDone++;
        endBranches.add(ready.name);
      } else if (c > 5 && branches.length < 3 && rng.chance(0.03)) {
        let name;
        do name = branchNames[nextBranchName++ % branchNames.length];
        while (branches.some((b) => b.name === name));
        const b = fork(name);
        branches.push(b);
        await workCommit(b, c, { plant });
      } else if (branches.length && rng.chance(0.3)) {
        await workCommit(rng.pick(branches), c, { plant });
      } else {
        let adds = 0;
        if (c < growthEnd) {
          const mean = (F - main.paths.size) / (growthEnd - c);
          adds = Math.max(0, Math.floor(mean) + (rng.chance(mean - Math.floor(mean)) ? 1 : 0));
        }
        await workCommit(main, c, { adds, plant });
        if (c % tagEvery === 0) {
          const name = `v${1 + Math.floor(release / 4)}.${release % 4}.0`;
          release++;
          const body = `Release ${name}\n`;
          emit(`tag ${name}\nfrom :${main.tip}\ntagger ${PEOPLE[1][0]} <${PEOPLE[1][1]}> ${time} +0000\ndata ${Buffer.byteLength(body)}\n${body}`);
          stats.tags++;
        }
      }
    }
    if (process.stdout.isTTY && c >= nextReport) {
      process.stdout.write(`  ... ${c}/${N} commits, ${fmtMb(stats.bytes)}\r`);
      nextReport += 1000;
    }
  }
  for (const b of branches) endBranches.add(b.name);
  emit('done\n');
  await flush();
  fi.stdin.end();
  const code = await fiClosed;
  if (process.stdout.isTTY) process.stdout.write('\x1b[2K');
  if (code !== 0) fail(`git fast-import failed (exit ${code}):\n${fiStderr.trim()}`);

  // Marks to commit ids; then a commit-graph, as git gc would write.
  const shas = new Map();
  for (const line of readFileSync(marksPath, 'utf8').split('\n')) {
    const [m, sha] = line.split(' ');
    if (sha) shas.set(Number(m.slice(1)), sha);
  }
  rmSync(marksPath);
  for (const ref of scratchRefs) spawnSync('git', ['update-ref', '-d', ref], { cwd: dir });
  const graph = spawnSync('git', ['commit-graph', 'write', '--reachable'], { cwd: dir, encoding: 'utf8' });
  if (graph.status !== 0) fail(`git commit-graph write failed:\n${graph.stderr}`);
  const pack = spawnSync('git', ['count-objects', '-v'], { cwd: dir, encoding: 'utf8' }).stdout;
  const packKb = Number(/size-pack: (\d+)/.exec(pack)?.[1] ?? 0);
  log(`  ${stats.commits} commits (${stats.merges} merges), ${stats.blobs} blobs written, ${fmtMb(stats.bytes)} (pack ${fmtMb(packKb * 1024)})`);
  return {
    commits: stats.commits,
    merges: stats.merges,
    blobs: stats.blobs,
    bytes: stats.bytes,
    packBytes: packKb * 1024,
    files: main.paths.size,
    renames: stats.renames,
    deletes: stats.deletes,
    binaryFiles: stats.binaryFiles,
    tags: stats.tags,
    branches: ['main', ...endBranches],
    planted: planted.filter((p) => p.commit !== null).map((p) => ({ secret: p.secret, kind: p.kind.replace(/^, /, ''), path: p.path, commit: shas.get(p.commit) })),
  };
}
