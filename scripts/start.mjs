#!/usr/bin/env node
// `npm start -- <args>`: rebuild the bundle when a source is newer than it, then run pdguard.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli.js');

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

// patterns/ too: the bundle carries the built-in rules.
const sources = [join(root, 'src'), join(root, 'patterns'), join(root, 'package.json'), join(root, 'scripts', 'build.mjs')];
if (!existsSync(bundle) || Math.max(...sources.map(newestMtime)) > statSync(bundle).mtimeMs) {
  const { buildAll } = await import('./build.mjs');
  await buildAll();
}
await import(pathToFileURL(bundle).href);
