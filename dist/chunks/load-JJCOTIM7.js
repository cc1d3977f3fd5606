import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-TWRC5ZKQ.js";
import "./chunk-N3W2YQ3W.js";
import "./chunk-33DYTIRW.js";
import "./chunk-CXQXF3DQ.js";
import "./chunk-ESLEOUPA.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
