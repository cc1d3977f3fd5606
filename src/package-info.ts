/** Where pdguard's own files are, and its version: the same from the sources, the bundle and npm. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

declare const __PDGUARD_VERSION__: string | undefined;

let root: string | undefined;

/** The package root: the nearest directory above this module that holds `package.json` and `patterns/`. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'patterns'))) return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('pdguard is installed incompletely: its patterns/ directory is missing');
    dir = parent;
  }
}

export function version(): string {
  if (typeof __PDGUARD_VERSION__ === 'string') return __PDGUARD_VERSION__;
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export const TOOL_NAME = 'pdguard';
export const INFORMATION_URI = 'https://github.com/pdguard/pdguard';
