import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-QGP7GUUW.js";
import "./chunk-DRK5VC4O.js";
import "./chunk-3LLSZ3LM.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
