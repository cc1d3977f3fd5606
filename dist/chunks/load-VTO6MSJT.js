import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-RQLKLXG5.js";
import "./chunk-GJJYJW57.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
