import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-ZKEHO7RS.js";
import "./chunk-SZKRYUMM.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
