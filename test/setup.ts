/** Runs before every test file (vitest.config.ts): every temporary directory is removed after the file. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers/temp.js';

afterAll(() => {
  removeTempDirs();
});
