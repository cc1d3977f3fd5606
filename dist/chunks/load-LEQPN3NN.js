import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-QOZZ7VGR.js";
import "./chunk-GGDBHCVB.js";
import "./chunk-4DTTNI34.js";
import "./chunk-5KGJDAEE.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
