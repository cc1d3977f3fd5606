/**
 * Runs before every test file (vitest.config.ts): every temporary directory is removed after the
 * file, and what pdguard keeps in the user's cache directory (the history cache's sealing key)
 * goes to a temporary one, so that the suite never writes to the real home directory.
 */
import { afterAll } from 'vitest';
import { removeTempDirs, tempDir } from './helpers/temp.js';

process.env.XDG_CACHE_HOME = tempDir('pdguard-xdg-cache-');

afterAll(() => {
  removeTempDirs();
});
