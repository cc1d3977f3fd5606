/**
 * Which pattern files are built in: every `*.yaml` file in the package's `patterns/` directory,
 * in name order. The build (scripts/build.mjs) calls this same function to carry them parsed in
 * the bundle, so the bundle and the sources always agree on which files are built in.
 * (It imports nothing but Node's own modules, so that the build can load it as it is.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PATTERN_DIR = 'patterns';

export interface BuiltinPatternFile {
  /** Where it is on disk. */
  path: string;
  /** How messages name it: `patterns/pagerduty.yaml`. */
  name: string;
}

export function builtinPatternFiles(packageRoot: string): BuiltinPatternFile[] {
  return readdirSync(join(packageRoot, PATTERN_DIR))
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({ path: join(packageRoot, PATTERN_DIR, file), name: `${PATTERN_DIR}/${file}` }));
}
