// Cached test data under .bench/: reused while its manifest matches the parameters (and GENERATOR_VERSION), else made again.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, fmtTime, log } from './common.mjs';

/** Bump when the generators change: cached test data made by an older generator is remade. */
export const GENERATOR_VERSION = 2;

function readManifest(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Reuse the data when its manifest says it was made with these parameters, else make it again. */
export async function cached(name, params, make) {
  const dataPath = join(benchDir, name);
  const manifestPath = join(benchDir, `${name}.manifest.json`);
  const manifest = readManifest(manifestPath);
  const wanted = { generator: GENERATOR_VERSION, ...params };
  if (manifest && existsSync(dataPath) && Object.entries(wanted).every(([key, value]) => manifest.params?.[key] === value)) return manifest;
  rmSync(dataPath, { recursive: true, force: true });
  rmSync(manifestPath, { force: true });
  const started = performance.now();
  // Made under a temporary name and renamed last: an interrupted run leaves nothing that looks done.
  const tmp = `${dataPath}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  const made = await make(tmp);
  renameSync(tmp, dataPath);
  const result = { params: wanted, ...made };
  writeFileSync(manifestPath, `${JSON.stringify(result, null, 1)}\n`);
  // Flush the new files to disk now: writeback during the timed runs slowed rg by half.
  spawnSync('sync', { stdio: 'ignore' });
  log(`  generated .bench/${name} in ${fmtTime(performance.now() - started)}`);
  return result;
}
