import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-QKZMZNRC.js";
import "./chunk-E7PWWUY2.js";
import "./chunk-67F7UJSQ.js";
import "./chunk-I36JKIRJ.js";
import "./chunk-DAIUZSFK.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
