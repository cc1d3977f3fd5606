import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-MBPIPIM5.js";
import "./chunk-LWDNZSIP.js";
import "./chunk-DJMTJGV3.js";
import "./chunk-BI647GDZ.js";
import "./chunk-OXNAY6N4.js";
import "./chunk-IV62LXCD.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
