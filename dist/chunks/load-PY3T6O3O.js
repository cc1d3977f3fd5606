import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-3OF4ZJQA.js";
import "./chunk-M6I7Z2ZO.js";
import "./chunk-5JXGAFC6.js";
import "./chunk-VH4LJVUL.js";
import "./chunk-AHMNODDD.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
