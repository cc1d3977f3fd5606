import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-OTA25FAO.js";
import "./chunk-VCVP2KNM.js";
import "./chunk-DXZEMY2V.js";
import "./chunk-3MLWKVKF.js";
import "./chunk-U6RAXLGH.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
