import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-T6PREGPS.js";
import "./chunk-P6RIFOG3.js";
import "./chunk-GQBJGLZO.js";
import "./chunk-EGWF7BTD.js";
import "./chunk-YE2C4FAM.js";
import "./chunk-53Z6J4HX.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
