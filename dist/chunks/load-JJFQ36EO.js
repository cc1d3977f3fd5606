import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-5PYQAZPT.js";
import "./chunk-P6RIFOG3.js";
import "./chunk-GQBJGLZO.js";
import "./chunk-OB6S2F6V.js";
import "./chunk-YE2C4FAM.js";
import "./chunk-53Z6J4HX.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
