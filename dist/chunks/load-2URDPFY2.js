import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-LXFAKQRY.js";
import "./chunk-OTAZTMIB.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
