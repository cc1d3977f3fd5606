import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/package-info.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "patterns"))) return root = dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("pdguard is installed incompletely: its patterns/ directory is missing");
    dir = parent;
  }
}
function version() {
  if (true) return "1.0.0";
  const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
  return pkg.version;
}
var TOOL_NAME = "pdguard";
var INFORMATION_URI = "https://github.com/pdguard/pdguard";

export {
  packageRoot,
  version,
  TOOL_NAME,
  INFORMATION_URI
};
