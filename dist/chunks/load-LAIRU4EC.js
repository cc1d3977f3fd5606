import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-Z6AIOYJI.js";
import "./chunk-DZCJE5YT.js";
import "./chunk-FCZ2VCHC.js";
import "./chunk-R3F5OEIM.js";
import "./chunk-4ROA7JYG.js";
import "./chunk-GOWGRVZG.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
