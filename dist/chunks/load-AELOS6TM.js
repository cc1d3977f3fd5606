import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-2WRMVLD3.js";
import "./chunk-DOS6SLAL.js";
import "./chunk-67F7UJSQ.js";
import "./chunk-OIFWPQQO.js";
import "./chunk-KGIJK6M3.js";
import "./chunk-DAIUZSFK.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
