// Benchmark `history`: `pdguard history` of the synthetic history vs git alone dumping its objects and vs a diff-based scan; peak memory.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cached } from '../cache.mjs';
import { checkDiffPlanted, checkHistoryPlanted, printHistoryCheck } from '../check.mjs';
import { benchDir, cli, fail, fmtMb, fmtRatio, fmtTime, log, MiB, node, shq } from '../common.mjs';
import { generateHistory, HISTORY_GENERATOR_VERSION } from '../history-gen.mjs';
import { checkStatus, forgetHistoryCache, measureTree } from '../measure.mjs';

/** The synthetic history (generated on first use, then cached): shared by `history` and `staged`. */
export function historyParams(options) {
  return { historyGenerator: HISTORY_GENERATOR_VERSION, historyCommits: options.historyCommits, historyMb: options.historyMb, seed: options.seed };
}
export async function historyData(options) {
  return cached('history.git', historyParams(options), (dir) => generateHistory(dir, options));
}

const best = (runs) => runs.reduce((x, y) => (y.ms < x.ms ? y : x));

export async function benchHistory(options) {
  const history = await historyData(options);
  const repo = join(benchDir, 'history.git');
  log(`  ${history.commits} commits (${history.merges} merges), ${history.blobs} blobs, ${fmtMb(history.bytes)} of blob content, pack ${fmtMb(history.packBytes)}; ${history.branches.length} branches, ${history.tags} tags; ${history.planted.length} planted tokens`);

  // The baselines. `git rev-list --objects` prints "<oid> <path>", and `cat-file --batch` takes a
  // whole line as the object's name, so the pipeline as usually written answers "missing" for
  // every tree and blob and dumps commits only: --no-object-names makes it dump every object.
  const catFile = 'git rev-list --objects --no-object-names --all | git cat-file --batch > /dev/null';
  const diffReport = join(benchDir, 'history.diff-report.json');
  const diffScan = (output) => `git log -p -U0 --all | ${shq(node)} ${shq(cli)} scan - --format json --output ${shq(output)}`;
  const pdguard = (output) => [node, cli, 'history', '--repo', repo, '--format', 'json', '--output', output];

  // What git holds: pdguard must scan the same blobs, and every one of them.
  const objects = spawnSync('sh', ['-c', "git rev-list --objects --no-object-names --all | git cat-file --batch-check='%(objecttype) %(objectsize)'"], { cwd: repo, encoding: 'utf8', maxBuffer: 1024 * MiB });
  if (objects.status !== 0) fail(`git rev-list | git cat-file --batch-check failed:\n${objects.stderr}`);
  const git = { objects: 0, blobs: 0, blobBytes: 0, bytes: 0 };
  for (const line of objects.stdout.split('\n')) {
    if (!line) continue;
    const [type, size] = line.split(' ');
    git.objects++;
    git.bytes += Number(size);
    if (type === 'blob') {
      git.blobs++;
      git.blobBytes += Number(size);
    }
  }

  // Warm-up runs: fill the page cache, and give the reports to check.
  const reportPath = join(benchDir, 'history.report.json');
  forgetHistoryCache(repo);
  const warm = await measureTree(pdguard(reportPath));
  checkStatus('pdguard history (warm-up)', warm);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const check = checkHistoryPlanted(report, history.planted);
  printHistoryCheck(check);
  log(`  pdguard: ${report.scan.commitsScanned} commits, ${report.scan.blobsScanned} blobs, ${fmtMb(report.scan.bytesScanned)}, ${report.scan.skipped.length} skipped; git: ${git.blobs} blobs, ${fmtMb(git.blobBytes)} (${git.objects} objects, ${fmtMb(git.bytes)} in all)`);
  const sameBlobs = report.scan.blobsScanned === git.blobs && report.scan.bytesScanned === git.blobBytes;
  if (!sameBlobs) log('  warning: pdguard did not scan exactly the blobs git lists');
  // Anything pdguard says on stderr with --output and no TTY is worth a look (warnings, say).
  const stderrLines = [...new Set(warm.stderr.split('\n').filter(Boolean))];
  if (stderrLines.length) {
    log(`  pdguard history wrote ${warm.stderr.split('\n').filter(Boolean).length} line(s) to stderr; distinct:`);
    for (const line of stderrLines.slice(0, 5)) log(`    ${line.slice(0, 200)}`);
  }
  checkStatus('git rev-list | git cat-file --batch (warm-up)', await measureTree(['sh', '-c', catFile], { cwd: repo }), [0]);
  const diffWarm = await measureTree(['sh', '-c', diffScan(diffReport)], { cwd: repo });
  checkStatus('git log -p -U0 --all | pdguard scan - (warm-up)', diffWarm);
  const diff = JSON.parse(readFileSync(diffReport, 'utf8'));
  const diffCheck = await checkDiffPlanted(repo, diff, history.planted);
  const missedKinds = [...new Set(diffCheck.missed.map((p) => p.kind))];
  log(`  diff-based scan: ${fmtMb(diff.scan.bytesScanned)} of diff text; ${diffCheck.found}/${diffCheck.planted} planted tokens on an added line of the right commit${missedKinds.length ? ` (missed: ${missedKinds.join('; ')})` : ''}`);
  if (diffCheck.elsewhere) log(`    ${diffCheck.elsewhere} of those missed were matched elsewhere in the diff only: in hunk headers (git's function context) or later commits`);

  // Timed runs, the three alternated so that drift in machine load affects them alike.
  const pd = [];
  const cf = [];
  const df = [];
  for (let i = 0; i < options.runs; i++) {
    forgetHistoryCache(repo);
    const a = await measureTree(pdguard('/dev/null'));
    checkStatus('pdguard history', a);
    pd.push(a);
    const b = await measureTree(['sh', '-c', catFile], { cwd: repo });
    checkStatus('git rev-list | git cat-file --batch', b, [0]);
    cf.push(b);
    const c = await measureTree(['sh', '-c', diffScan('/dev/null')], { cwd: repo });
    checkStatus('git log -p -U0 --all | pdguard scan -', c);
    df.push(c);
  }
  const pdBest = best(pd);
  const cfBest = best(cf);
  const dfBest = best(df);
  const catRatio = pdBest.ms / cfBest.ms;
  const diffRatio = pdBest.ms / dfBest.ms;
  // Memory: the worst of all pdguard runs, its own process (node); git's children apart.
  const all = [warm, ...pd];
  const peakMb = Math.max(...all.map((r) => r.peakRssBytes)) / MiB;
  const gitPeaks = {};
  for (const r of all) {
    for (const c of r.children) {
      const p = (gitPeaks[c.command] ??= { peakRssMb: 0, peakAnonMb: 0 });
      p.peakRssMb = Math.max(p.peakRssMb, c.peakRssMb);
      p.peakAnonMb = Math.max(p.peakAnonMb, c.peakAnonMb);
    }
  }
  const mbps = (ms) => Math.round(git.blobBytes / MiB / (ms / 1000));
  log(`  pdguard history:        ${pd.map((r) => fmtTime(r.ms)).join(', ')} (${mbps(pdBest.ms)} MB/s of blobs; peak RSS ${Math.round(peakMb)} MB)`);
  log(`  git rev-list|cat-file:  ${cf.map((r) => fmtTime(r.ms)).join(', ')} (${mbps(cfBest.ms)} MB/s)`);
  log(`  git log -p -U0|scan -:  ${df.map((r) => fmtTime(r.ms)).join(', ')}`);
  log(`  git under pdguard, peak RSS (anonymous, the rest is the mapped pack): ${Object.entries(gitPeaks).map(([c, p]) => `${c} ${Math.round(p.peakRssMb)} MB (${Math.round(p.peakAnonMb)} MB)`).join(', ')}`);

  const size = git.blobBytes >= 1024 * MiB ? `${(git.blobBytes / 1024 / MiB).toFixed(1)} GB` : fmtMb(git.blobBytes);
  const label = `${history.commits.toLocaleString('en-US')} commits, ${size}`;
  return {
    ok: check.missed.length === 0 && sameBlobs,
    rows: [
      { benchmark: `history (${label}) vs rev-list|cat-file`, pdguard: fmtTime(pdBest.ms), baseline: fmtTime(cfBest.ms), ratio: fmtRatio(catRatio, 2), target: '<= 2x (aim 1.3x)', met: catRatio <= 2 },
      { benchmark: `history vs git log -p -U0 | scan -`, pdguard: fmtTime(pdBest.ms), baseline: fmtTime(dfBest.ms), ratio: fmtRatio(diffRatio, 2), target: '< 1x', met: diffRatio < 1 },
      { benchmark: `peak RSS, history scan (node)`, pdguard: `${Math.round(peakMb)} MB`, baseline: '-', ratio: '-', target: '<= 512 MB (aim 256)', met: peakMb <= 512 },
      { benchmark: `blobs scanned (history; baseline: git)`, pdguard: `${report.scan.blobsScanned}`, baseline: `${git.blobs}`, ratio: '-', target: 'the same', met: sameBlobs },
      { benchmark: `planted tokens found (history; baseline: diff)`, pdguard: `${check.found}/${check.planted}`, baseline: `${diffCheck.found}/${diffCheck.planted}`, ratio: '-', target: 'all', met: check.missed.length === 0 },
    ],
    details: {
      history: { ...historyParams(options), commits: history.commits, merges: history.merges, blobs: history.blobs, bytes: history.bytes, packBytes: history.packBytes, files: history.files, renames: history.renames, deletes: history.deletes, branches: history.branches, tags: history.tags },
      git: { ...git, sameBlobsAsPdguard: sameBlobs },
      pdguard: { bestMs: pdBest.ms, runsMs: pd.map((r) => r.ms), warmUpMs: warm.ms, stderr: stderrLines.slice(0, 5), peakRssMb: peakMb, peakAnonMb: Math.max(...all.map((r) => r.peakAnonBytes)) / MiB, runsPeakRssMb: all.map((r) => r.peakRssBytes / MiB), gitPeakRssMb: gitPeaks, mbPerSecond: mbps(pdBest.ms), commitsScanned: report.scan.commitsScanned, blobsScanned: report.scan.blobsScanned, bytesScanned: report.scan.bytesScanned, skipped: report.scan.skipped.length },
      catFile: { command: catFile, bestMs: cfBest.ms, runsMs: cf.map((r) => r.ms), mbPerSecond: mbps(cfBest.ms) },
      diffScan: { command: diffScan('/dev/null'), bestMs: dfBest.ms, runsMs: df.map((r) => r.ms), diffBytes: diff.scan.bytesScanned, planted: { planted: diffCheck.planted, found: diffCheck.found, matchedElsewhereOnly: diffCheck.elsewhere, missed: diffCheck.missed.map((p) => ({ kind: p.kind, commit: p.commit, path: p.path })) }, children: Object.fromEntries([diffWarm, ...df].flatMap((r) => r.children).map((c) => [c.command, { peakRssMb: c.peakRssMb, peakAnonMb: c.peakAnonMb }])) },
      ratios: { catFile: catRatio, diffScan: diffRatio },
      target: { catFileRatio: 2, catFileRatioAim: 1.3, diffScanRatio: 1, peakRssMb: 512, peakRssMbAim: 256 },
      planted: { planted: check.planted, found: check.found, missed: check.missed, unexpected: check.unexpected.map((f) => ({ commit: f.commit?.sha, path: f.path, line: f.line, ruleId: f.ruleId })) },
    },
  };
}
