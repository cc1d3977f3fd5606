import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-EZ3PHJTE.js";

// src/git/advice.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var SHALLOW_FIX = "run `git fetch --unshallow` (in GitHub Actions: actions/checkout with fetch-depth: 0)";

export {
  SHALLOW_FIX
};
