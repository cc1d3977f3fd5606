#!/usr/bin/env node
// Bundles the CLI and the library with esbuild: the CLI as one small executable that starts fast
// and the files it loads as a command needs them, the library in chunks loaded on demand; and the
// GitHub Action as one file (dist/action/index.js). `--types` also emits the library's type declarations
// (for npm pack).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Modules of src/ (and what they import), compiled in memory and imported: `contents` is the entry's TypeScript. */
async function sourceModule(contents) {
  const out = await build({
    absWorkingDir: root, stdin: { contents, resolveDir: join(root, 'src'), sourcefile: 'build-entry.ts', loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning',
    // A data: module has no file to require from: the package's own (yaml calls require() for Node built-ins).
    banner: { js: `import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(${JSON.stringify(join(root, 'package.json'))});` },
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

export async function buildAll({ types = false } = {}) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // The built-in rules, parsed here so that a run does not parse YAML (see src/patterns/load.ts);
  // the loader still validates and compiles them, but the checks that run a regex run here only.
  // Read by the sources' own function, so that the bundle and the sources agree on which files are
  // built in. And the byte kernel for their keywords (src/engine/kernel.ts), assembled here by
  // the sources' own assembler.
  const sources = await sourceModule(`
    export { builtinPatternFiles } from './patterns/builtin.ts';
    export { compilePatternDocument } from './patterns/load.ts';
    export { CompiledRules } from './engine/compiled-rules.ts';
    export { kernelBinary } from './engine/kernel.ts';
  `);
  const builtinPatterns = sources.builtinPatternFiles(root).map(({ path, name }) => ({ file: name, doc: parse(readFileSync(path, 'utf8')) }));
  // Every check, as a run without the bundle's copy makes them (a broken built-in rule fails the build).
  const builtinRules = builtinPatterns.flatMap(({ file, doc }) => sources.compilePatternDocument(file, doc, { builtin: true }));
  const keywords = new sources.CompiledRules(builtinRules).prefilter.keywords;
  const define = {
    __PDGUARD_VERSION__: JSON.stringify(pkg.version),
    __PDGUARD_BUILTIN_PATTERNS__: JSON.stringify(builtinPatterns),
    __PDGUARD_BUILTIN_KERNEL__: JSON.stringify({ keywords, binary: Buffer.from(sources.kernelBinary(keywords)).toString('base64') }),
  };
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  // CommonJS dependencies (picomatch, ignore, yaml) call require() for Node built-ins.
  const banner = { js: "import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);" };
  // Node's own modules are required, not imported: importing one builds an ES module facade of
  // all its exports, which reads every lazy one (node:fs's streams, on Node 24): 10 to 20 ms of the
  // hook's start. Required, a module is the object itself, and what the code uses is read when used.
  const builtinsRequired = {
    name: 'builtins-required',
    setup(b) {
      b.onResolve({ filter: /^node:/ }, (args) => (args.namespace === 'builtin-required' ? { path: args.path, external: true } : { path: args.path, namespace: 'builtin-required' }));
      b.onLoad({ filter: /.*/, namespace: 'builtin-required' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    },
  };
  // The library, in chunks loaded on demand.
  await build({
    absWorkingDir: root,
    // scan-worker, audit-worker and history-worker: the worker threads of sources/parallel.ts,
    // audit/schedule.ts and sources/history-scan.ts, found next to the entries.
    entryPoints: { index: 'src/index.ts', 'scan-worker': 'src/sources/scan-worker.ts', 'audit-worker': 'src/audit/worker.ts', 'history-worker': 'src/sources/history-worker.ts' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    define,
    banner,
    plugins: [builtinsRequired],
    legalComments: 'none',
    logLevel: 'warning',
  });
  // The command line, in dist/chunks/ (so that the scan worker is found where the library's chunks
  // find it, dist/scan-worker.js): main.ts and what it imports statically, which is all that the
  // pre-commit hook's `staged` runs; the other commands' modules, loaded together when one runs
  // (src/cli/commands.ts); the code both share. Split at every command, the hook loaded 34 files,
  // and resolving and linking them cost more than their code; as one file, it compiled all of it.
  // The YAML parser is a file apart, required on first use (src/util/yaml.ts): most runs read no YAML.
  await build({
    absWorkingDir: root,
    entryPoints: { 'cli-main': 'src/cli/main.ts' },
    outdir: 'dist/chunks',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: '[name]-[hash]',
    define,
    banner,
    plugins: [builtinsRequired, { name: 'yaml-apart', setup: (b) => b.onResolve({ filter: /^yaml$/ }, () => ({ path: './yaml.cjs', external: true })) }],
    legalComments: 'none',
    logLevel: 'warning',
  });
  await build({
    absWorkingDir: root,
    entryPoints: ['node_modules/yaml/dist/index.js'],
    outfile: 'dist/chunks/yaml.cjs',
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  });
  // The executable: tiny, so that `pdguard --version` starts as fast as node itself.
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    define,
    plugins: [{ name: 'cli-main', setup: (b) => b.onResolve({ filter: /^\.\/main\.js$/ }, () => ({ path: './chunks/cli-main.js', external: true })) }],
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
    banner,
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
