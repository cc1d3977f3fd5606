import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-3KSXSDK7.js";
import "./chunk-7CRYO47S.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
