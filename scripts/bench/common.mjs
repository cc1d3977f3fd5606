// Paths, units and small helpers every bench module shares: where .bench/ and the measured CLI are, failing, logging, formatting.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const benchDir = join(root, '.bench');
/** The CLI measured: a copy of this build (see main), so that a rebuild meanwhile cannot break a run. */
export const cli = join(benchDir, 'pdguard', 'dist', 'cli.js');
export const node = process.execPath;
export const MiB = 1024 * 1024;

export function fail(message, code = 1) {
  console.error(`bench: ${message}`);
  process.exit(code);
}

export const log = (message) => console.log(message);
export const sha256 = (text) => createHash('sha256').update(text).digest('hex');
export const fmtTime = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
export const fmtMb = (bytes) => `${Math.round(bytes / MiB)} MB`;
export const fmtRatio = (r, digits = 1) => `${r.toFixed(digits)}x`;

/** The version line of a tool, or null when it is not installed. */
export function toolVersion(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.error || result.status !== 0 ? null : result.stdout.split('\n')[0].trim();
}

/** Quote a word for hyperfine's command line (it splits commands like a POSIX shell). */
export const shq = (word) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`);
