/**
 * Temporary directories of the tests: one registry, emptied after every test file by test/setup.ts
 * (an afterAll hook, so even when a test or a beforeAll failed). A directory a test made unreadable
 * (chmod 000, for the permission tests) is made readable again first, so that removal works for a
 * non-root user too.
 */
import { chmodSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TMP = realpathSync(tmpdir());
const created: string[] = [];

/** A fresh temporary directory, removed after the test file. */
export function tempDir(prefix = 'pdguard-test-'): string {
  const dir = mkdtempSync(join(TMP, prefix));
  created.push(dir);
  return dir;
}

function makeRemovable(dir: string): void {
  try {
    chmodSync(dir, 0o700);
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) makeRemovable(join(dir, entry.name));
  } catch {
    // gone already, or not ours: rmSync says what is left
  }
}

/** Removes every directory made by tempDir() (and the helpers built on it) so far. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      makeRemovable(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

