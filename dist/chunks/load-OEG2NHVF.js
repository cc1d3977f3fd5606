import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-KE4XWGWQ.js";
import "./chunk-JR3DFZY6.js";
import "./chunk-33DYTIRW.js";
import "./chunk-CXQXF3DQ.js";
import "./chunk-ESLEOUPA.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
