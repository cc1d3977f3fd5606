import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-GXTW2RQL.js";
import "./chunk-3DD5YLVZ.js";
import "./chunk-522UO5BD.js";
import "./chunk-HP3ZZF5L.js";
import "./chunk-EDRHPTII.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
