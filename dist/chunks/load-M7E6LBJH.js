import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-T22IQH63.js";
import "./chunk-D2UXGOSK.js";
import "./chunk-N6QZN7RV.js";
import "./chunk-5QIOSAM3.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
