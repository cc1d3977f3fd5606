#!/usr/bin/env node
// Bundles the CLI and the library with esbuild: one small entry that starts fast, the rest in
// chunks loaded on demand; and the GitHub Action as one file (dist/action/index.js). `--types` also
// emits the library's type declarations (for npm pack).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A module of src/ that imports only Node's own modules, compiled in memory and imported. */
async function sourceModule(entry) {
  const out = await build({
    absWorkingDir: root, entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

export async function buildAll({ types = false } = {}) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // The built-in rules, parsed here so that a run does not parse YAML (see src/patterns/load.ts);
  // the loader still validates and compiles them. Read by the sources' own function, so that the
  // bundle and the sources agree on which files are built in.
  const { builtinPatternFiles } = await sourceModule('src/patterns/builtin.ts');
  const builtinPatterns = builtinPatternFiles(root).map(({ path, name }) => ({ file: name, doc: parse(readFileSync(path, 'utf8')) }));
  const define = {
    __PDGUARD_VERSION__: JSON.stringify(pkg.version),
    __PDGUARD_BUILTIN_PATTERNS__: JSON.stringify(builtinPatterns),
  };
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    // scan-worker, history-worker: the worker threads of sources/parallel.ts and
    // sources/history-scan.ts, found next to the entries.
    entryPoints: { cli: 'src/cli/bin.ts', index: 'src/index.ts', 'scan-worker': 'src/sources/scan-worker.ts', 'history-worker': 'src/sources/history-worker.ts' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    define,
    // CommonJS dependencies (picomatch, ignore) call require() for Node built-ins.
    banner: { js: "import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
  });
  // The GitHub Action (action.yml runs it on node24): one self-contained file, @actions/core and
  // all, since nothing is installed at run time. Large scans find the worker at dist/scan-worker.js,
  // one level up as from dist/chunks/.
  await build({
    absWorkingDir: root,
    entryPoints: ['src/action/main.ts'],
    outfile: 'dist/action/index.js',
    bundle: true,
    splitting: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    define,
    banner: { js: "import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
  });
  if (types) {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', 'false', '--emitDeclarationOnly'], { cwd: root, stdio: 'inherit' });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll({ types: process.argv.includes('--types') });
}
