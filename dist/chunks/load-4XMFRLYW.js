import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-WMCCSYLR.js";
import "./chunk-JZE2E5P5.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
