/**
 * node:crypto, loaded on first use. Loading it is several milliseconds of a start (more through
 * ESM's module facade on Node 24), and the pre-commit hook with nothing to report needs none of it.
 */
import { createRequire } from 'node:module';

let loaded: typeof import('node:crypto') | undefined;

export function crypto(): typeof import('node:crypto') {
  loaded ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return loaded;
}
