import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-EJO65BOH.js";
import "./chunk-GGDBHCVB.js";
import "./chunk-TTUOVJFK.js";
import "./chunk-YD5GCBER.js";
import "./chunk-5KGJDAEE.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
