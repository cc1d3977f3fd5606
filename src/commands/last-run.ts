/**
 * The last run's record, for `pdguard allow --last` and short fingerprints (allow.ts): every
 * scanning run in a repository leaves one in its git directory (never in the work tree, never
 * committed), holding fingerprints, secret hashes, rule ids and paths: never a secret. Apart from
 * the allow command, which edits YAML: every run writes the record, few run `allow`.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { workTreeTop } from '../config/config.js';
import type { ScanResult } from '../types.js';
import { CACHE_LIMIT, POINTER_LIMIT, readBoundedFile } from '../util/read-bounded.js';
import { isRegularFile, writeFileSafely } from '../util/safe-write.js';

const RECORD_FILE = 'pdguard-last-run.json';

export interface RecordedFinding {
  fingerprint: string;
  secretHash: string;
  ruleId: string;
  path: string;
}

export interface LastRun {
  version: 1;
  mode: string;
  /** The scanned root (absolute). */
  root: string;
  /** The configuration that applied, where new allow entries go. */
  config: string | null;
  findings: RecordedFinding[];
}

/** The git directory of the work tree holding `dir` (a worktree's own), or null outside one. */
export function gitDirOf(dir: string): string | null {
  const top = workTreeTop(dir);
  if (top === null) return null;
  const dotGit = join(top, '.git');
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
    const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readBoundedFile(dotGit, POINTER_LIMIT));
    if (!pointer) return null;
    // Only a directory git made (it has HEAD): a `.git` file in a downloaded tree may point anywhere.
    const gitDir = resolve(top, pointer[1]!);
    return existsSync(join(gitDir, 'HEAD')) ? gitDir : null;
  } catch {
    return null;
  }
}

/**
 * Records what a run reported, for `pdguard allow --last`. Best effort: a read-only git directory
 * must not fail a scan (or a hook) that has already done its job. Returns where, or null.
 */
export function rememberFindings(result: ScanResult, root: string): string | null {
  if (result.scan.mode === 'stdin') return null;
  const gitDir = gitDirOf(root);
  if (gitDir === null) return null;
  const record: LastRun = {
    version: 1,
    mode: result.scan.mode,
    root: resolve(root),
    config: result.scan.config ? resolve(result.scan.config) : null,
    // A history finding's later places have fingerprints of their own: `--last` allows them all.
    findings: result.findings.flatMap((f) => [f, ...(f.otherPlaces ?? [])]).map((f) => ({ fingerprint: f.fingerprint, secretHash: f.secretHash, ruleId: f.ruleId, path: f.path })),
  };
  const file = join(gitDir, RECORD_FILE);
  const text = `${JSON.stringify(record, null, 2)}\n`;
  try {
    // A hook run again and again mostly finds what the last run found: the record stands as it is.
    if (isRegularFile(file) && readBoundedFile(file, CACHE_LIMIT) === text) return file;
  } catch {
    // unreadable: written anew below
  }
  try {
    writeFileSafely(file, text, 0o600);
    return file;
  } catch {
    return null;
  }
}

export function readLastRun(cwd: string): LastRun | null {
  const gitDir = gitDirOf(cwd);
  if (gitDir === null) return null;
  const file = join(gitDir, RECORD_FILE);
  if (!isRegularFile(file)) return null;
  try {
    const record = JSON.parse(readBoundedFile(file, CACHE_LIMIT)) as LastRun;
    return record?.version === 1 && Array.isArray(record.findings) ? record : null;
  } catch {
    return null;
  }
}
