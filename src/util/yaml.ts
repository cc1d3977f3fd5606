/**
 * The YAML parser, loaded the first time something reads YAML. Most runs read none (the pre-commit
 * hook in a repository without a `.pdguard.yaml`: the built-in rules come parsed in the bundle), and
 * evaluating the parser's 260 KB at start-up cost every one of them several milliseconds.
 *
 * `require`, so that the functions that parse stay synchronous: esbuild resolves it at build time
 * and carries the parser in the bundle, evaluated on first call; run from the sources, Node loads
 * the package.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

export function yaml(): typeof Yaml {
  loaded ??= (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as typeof Yaml;
  return loaded;
}
