// Benchmark `startup`: `--version` and a scan of one small file vs a bare `node -e 0` (hyperfine).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, fail, fmtRatio, fmtTime, log, node, shq } from '../common.mjs';
import { FILE_TYPES } from '../plant.mjs';
import { Rng } from '../rng.mjs';
import { fillerLines, makePools } from '../text.mjs';

export async function benchStartup() {
  // One small file, outside any git work tree, so nothing but start-up and one read is measured.
  const small = mkdtempSync(join(tmpdir(), 'pdguard-bench-'));
  try {
    const rng = new Rng(7);
    const pools = makePools(rng);
    writeFileSync(join(small, 'app.ts'), `${fillerLines(rng, pools, FILE_TYPES[0], 2000).join('\n')}\n`);
    const probe = spawnSync(node, [cli, 'scan', small, '--format', 'json'], { encoding: 'utf8' });
    if (probe.status !== 0) fail(`pdguard scan of one small file failed (exit ${probe.status}):\n${probe.stderr}`);
    const filesScanned = JSON.parse(probe.stdout).scan.filesScanned;
    if (filesScanned !== 1) log(`  warning: pdguard scanned ${filesScanned} files in ${small}, expected 1`);

    const commands = {
      bare: [node, '-e', '0'],
      version: [node, cli, '--version'],
      scan: [node, cli, 'scan', small],
    };
    const exportPath = join(small, 'hyperfine.json');
    const result = spawnSync(
      'hyperfine',
      ['-N', '--warmup', '3', '--runs', '30', '--style', 'none', '--export-json', exportPath, ...Object.values(commands).map((argv) => argv.map(shq).join(' '))],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) fail(`hyperfine failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
    const [bare, version, scan] = JSON.parse(readFileSync(exportPath, 'utf8')).results.map((r) => r.mean * 1000);
    const ratio = (ms) => ms / bare;
    log(`  node -e 0 ${fmtTime(bare)}, --version ${fmtTime(version)}, scan one small file ${fmtTime(scan)} (hyperfine means of 30 runs)`);
    return {
      ok: true,
      rows: [
        { benchmark: '--version vs node -e 0', pdguard: fmtTime(version), baseline: fmtTime(bare), ratio: fmtRatio(ratio(version), 2), target: '<= 1.5x', met: ratio(version) <= 1.5 },
        { benchmark: 'scan 1 small file vs node -e 0', pdguard: fmtTime(scan), baseline: fmtTime(bare), ratio: fmtRatio(ratio(scan), 2), target: '-', met: null },
      ],
      details: { nodeMs: bare, versionMs: version, scanSmallMs: scan, versionRatio: ratio(version), scanSmallRatio: ratio(scan), target: { versionRatio: 1.5 } },
    };
  } finally {
    rmSync(small, { recursive: true, force: true });
  }
}
