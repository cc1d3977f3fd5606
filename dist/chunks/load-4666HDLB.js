import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-6ZJTNODB.js";
import "./chunk-GC4M74MH.js";
import "./chunk-EMWNQYIO.js";
import "./chunk-XHIY7LNR.js";
import "./chunk-SSKKSRBX.js";
import "./chunk-L7XCQ7ZP.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
