import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-AMKX7ZGX.js";
import "./chunk-U7XSVYJI.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
