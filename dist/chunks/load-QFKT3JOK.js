import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-53S6DNM3.js";
import "./chunk-JL6M2GSF.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
