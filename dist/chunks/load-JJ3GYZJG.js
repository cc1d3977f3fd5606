import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-5T7XYCZZ.js";
import "./chunk-MMBF3BGD.js";
import "./chunk-AUFZHZDB.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
