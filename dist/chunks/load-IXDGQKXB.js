import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-6Q7QAKMB.js";
import "./chunk-E55MLKIK.js";
import "./chunk-ZY6RBZ4Q.js";
import "./chunk-QG7AA3T5.js";
import "./chunk-XVVGWW7L.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
