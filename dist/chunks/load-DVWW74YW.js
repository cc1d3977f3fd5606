import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-T6YH3ML5.js";
import "./chunk-UHBQWDAV.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
