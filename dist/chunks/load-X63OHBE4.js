import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-VHR4BGOD.js";
import "./chunk-ZX4FPEIE.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
