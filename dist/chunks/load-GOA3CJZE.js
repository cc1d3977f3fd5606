import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-JJOAOLJP.js";
import "./chunk-2VRYMPFQ.js";
import "./chunk-72MW6OMR.js";
import "./chunk-WMVR3ACY.js";
import "./chunk-JZ4BHKD5.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
