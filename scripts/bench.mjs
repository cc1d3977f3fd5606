#!/usr/bin/env node
// `npm run bench`: pdguard's performance figures, each measured side by side with a baseline in
// one run on this machine, so that the ratios hold even when the machine is slower or busier.
//
//   tree     scan a synthetic ~500 MB source tree vs ripgrep looking for the rules' keywords
//   dense    scan ~25 MB of generated configuration that names PagerDuty on every line vs ripgrep
//   big      peak memory and time for one ~1 GB file
//   startup  `--version` and a tiny scan vs a bare `node -e 0` (hyperfine)
//   history  `pdguard history` of a synthetic git history (default 25,000 commits, 3 GB of blobs) vs
//            git alone dumping the same objects, and vs `git log -p -U0 --all` piped to pdguard;
//            its peak memory
//   staged   `pdguard staged` with one small staged file in an index of 5,000 files, in a repository
//            with that long history and in one with a single commit, vs a bare `node -e 0` (medians
//            of alternating runs)
//
// On real material (bench-real.mjs): `--tree PATH` scans an existing tree or file vs ripgrep,
// `--repo PATH` the full history of an existing repository vs git alone, `--staged-repo PATH` the
// pre-commit hook in a copy of an existing repository vs a bare node; `--against DIR` measures
// another build (a checkout with dist/ built) in the same rounds, for before/after figures.
//
// Test data is generated once (seeded, so it is reproducible) and cached under .bench/, which
// is gitignored; fake PagerDuty tokens are planted at known lines and every one must be found,
// or the script exits 1. Figures go to the terminal and to .bench/results.json.
//
// To add a benchmark: write an async function returning { rows, details, ok } in
// scripts/bench/benchmarks/ and list it in BENCHMARKS (scripts/bench/benchmarks/index.mjs).
//
// The parts, one job each, under scripts/bench/: options (parsing), common (paths, helpers),
// measure (spawn, time, peak memory), rng (seeded randomness, fake credentials), text (line pools,
// filler), plant (planted token shapes), cache (.bench/ data and manifests), files-gen (tree and
// big file), dense-gen (text naming PagerDuty on every line), history-gen (git fast-import history), check (findings vs planted tokens),
// benchmarks/ (one file per benchmark), report (table, results.json). This file runs them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { benchRealAuditFolder, benchRealRepo, benchRealStaged, benchRealTree } from './bench-real.mjs';
import { STAGED_RUNS, STAGED_TARGET } from './bench/benchmarks/staged.mjs';
import { BENCHMARKS } from './bench/benchmarks/index.mjs';
import { ruleKeywords } from './bench/benchmarks/tree.mjs';
import { benchDir, cli, fail, fmtMb, fmtRatio, fmtTime, log, MiB, node, root, toolVersion } from './bench/common.mjs';
import { alternate, checkStatus, cpuMeter, measure, measureTree, TIME } from './bench/measure.mjs';
import { parseOptions } from './bench/options.mjs';
import { printTable, writeResults } from './bench/report.mjs';

async function main() {
  const options = parseOptions();
  const selected = BENCHMARKS.filter((b) => options.only.includes(b.name));

  // The tools the selected benchmarks need, before any long work.
  const tools = { rg: toolVersion('rg'), hyperfine: toolVersion('hyperfine'), git: toolVersion('git') };
  const missing = [...new Set(selected.flatMap((b) => b.needs))].filter((tool) => !tools[tool]);
  if (missing.length) {
    const packages = missing.map((t) => (t === 'rg' ? 'ripgrep' : t)).join(' ');
    fail(`${missing.join(' and ')} not found on PATH; install with: apt-get install ${packages}\n(or leave those benchmarks out with --only)`, 2);
  }
  if (!existsSync(TIME)) log(`note: ${TIME} not found; peak memory is read from /proc/<pid>/status instead`);

  mkdirSync(benchDir, { recursive: true });
  log('building (node scripts/build.mjs) so that the current sources are measured...');
  const build = spawnSync(node, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('the build failed');
  // Measure a copy of this build: a checkout shared with someone running the build or the tests
  // (which rebuild dist/) would otherwise swap the files under a run. pdguard finds its patterns/
  // and package.json next to dist/, and bundles everything else.
  const snapshot = dirname(dirname(cli));
  rmSync(snapshot, { recursive: true, force: true });
  for (const entry of ['dist', 'patterns', 'package.json']) cpSync(join(root, entry), join(snapshot, entry), { recursive: true });

  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    rg: tools.rg,
    hyperfine: tools.hyperfine,
    git: tools.git,
    time: existsSync(TIME) ? TIME : 'poll /proc/<pid>/status VmHWM',
  };
  log(`${machine.cpus} CPUs (${machine.cpu}), node ${machine.node}, ${tools.rg ?? 'no rg'}, ${tools.hyperfine ?? 'no hyperfine'}`);

  const rows = [];
  const results = {};
  let ok = true;
  const busy = [];
  for (const benchmark of selected) {
    log(`\n== ${benchmark.title} (${benchmark.name})`);
    const meter = cpuMeter();
    const outcome = await benchmark.run(options);
    const others = meter();
    if (others > 0.15) {
      log(`  note: other processes used ${others.toFixed(2)} of the ${cpus().length} CPUs meanwhile, on average: these figures suffer`);
      busy.push({ benchmark: benchmark.name, otherCpus: others });
    }
    rows.push(...outcome.rows);
    results[benchmark.name] = outcome.details;
    ok &&= outcome.ok;
  }

  // Real material named on the command line, with this build and (--against) another one.
  if (options.trees.length || options.repos.length || options.stagedRepos.length || options.auditFolders.length) {
    const label = (dir) => {
      const sha = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout?.trim() || basename(dir);
      const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'patterns'], { cwd: dir, encoding: 'utf8' }).stdout?.trim();
      return `${sha}${dirty ? '+' : ''}`;
    };
    const builds = [{ label: label(root), cli }];
    if (options.against) {
      const copy = join(benchDir, 'against');
      rmSync(copy, { recursive: true, force: true });
      for (const entry of ['dist', 'patterns', 'package.json']) cpSync(join(options.against, entry), join(copy, entry), { recursive: true });
      builds.push({ label: label(options.against), cli: join(copy, 'dist', 'cli.js') });
    }
    if (!tools.rg && options.trees.length) fail('rg not found on PATH; install with: apt-get install ripgrep', 2);
    const kit = { node, builds, benchDir, runs: options.runs, log, fail, measure, measureTree, alternate, checkStatus, fmtTime, fmtRatio, fmtMb, MiB, keywords: options.trees.length ? ruleKeywords() : [], stagedTarget: STAGED_TARGET, stagedRuns: STAGED_RUNS };
    const real = [
      ...options.trees.map((path) => ({ name: `tree:${path}`, title: `Real material: ${path} vs ripgrep`, run: () => benchRealTree(path, kit) })),
      ...options.repos.map((path) => ({ name: `repo:${path}`, title: `Real history: ${path} vs git`, run: () => benchRealRepo(path, kit) })),
      ...options.stagedRepos.map((path) => ({ name: `staged:${path}`, title: `pdguard staged in ${path} vs node -e 0`, run: () => benchRealStaged(path, kit) })),
      ...options.auditFolders.map((path) => ({ name: `audit-folder:${path}`, title: `Audit of a folder of clones: ${path} vs one after another`, run: () => benchRealAuditFolder(path, kit) })),
    ];
    for (const benchmark of real) {
      log(`\n== ${benchmark.title}`);
      const meter = cpuMeter();
      const outcome = await benchmark.run();
      const others = meter();
      if (others > 0.15) {
        log(`  note: other processes used ${others.toFixed(2)} of the ${cpus().length} CPUs meanwhile, on average: these figures suffer`);
        busy.push({ benchmark: benchmark.name, otherCpus: others });
      }
      rows.push(...outcome.rows);
      results[benchmark.name] = outcome.details;
      ok &&= outcome.ok;
    }
  }

  printTable(rows);
  for (const b of busy) log(`note: other processes used ${b.otherCpus.toFixed(2)} CPUs on average during '${b.benchmark}'; run again on an idle machine`);
  const record = {
    date: new Date().toISOString(),
    commit: git('rev-parse', 'HEAD'),
    uncommittedChanges: git('status', '--porcelain', '--', 'src', 'patterns', 'package.json') !== '',
    machine,
    busy,
    options,
    table: rows,
    results,
  };
  writeResults(record);
  log(`\nwritten to .bench/results.json${ok ? '' : '\nbench: pdguard missed planted tokens (see MISSED above)'}`);
  process.exitCode = ok ? 0 : 1;
}

await main();
