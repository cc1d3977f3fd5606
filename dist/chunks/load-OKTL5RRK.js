import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-FJIC3MPF.js";
import "./chunk-CBTWAILB.js";
import "./chunk-RORRDVPD.js";
import "./chunk-7BN4HOER.js";
import "./chunk-S7HW53IV.js";
import "./chunk-JTFHSQVD.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
