import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-6M4Y4756.js";
import "./chunk-W2XX42BL.js";
import "./chunk-5WQQ4UC3.js";
import "./chunk-YYOBIKJ4.js";
import "./chunk-ILXIS3GM.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
