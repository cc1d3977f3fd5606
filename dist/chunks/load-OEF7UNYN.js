import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-QFXMIIRI.js";
import "./chunk-MD5LR7PD.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
