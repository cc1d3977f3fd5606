/**
 * Timeouts sized for a loaded 2-core machine, where CI and developers run the suite while other
 * work runs too: most tests start real processes (the CLI, git, npm, the Action), and a fixture
 * repository's setup can wait seconds for the CPU. A test that has its own, longer limit keeps it.
 * Every test file removes its temporary directories afterwards (test/setup.ts).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    setupFiles: ['test/setup.ts'],
  },
});
