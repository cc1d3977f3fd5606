import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_INTERRUPTED,
  EXIT_OK,
  commonOptions,
  emit,
  outputWidth,
  run,
  useColor
} from "./chunk-HYMMLCQR.js";
import "./chunk-EAMF5ZNG.js";
import "./chunk-J7SVOQ7H.js";
import "./chunk-FQO3ULS4.js";
import "./chunk-MWVALCFO.js";
import "./chunk-BXEDM2A7.js";
import "./chunk-6ZJTNODB.js";
import "./chunk-GC4M74MH.js";
import "./chunk-UQ5BNSDG.js";
import "./chunk-67ISYEML.js";
import "./chunk-RZUI3F3Y.js";
import "./chunk-EMWNQYIO.js";
import "./chunk-U63KDHE6.js";
import "./chunk-XHIY7LNR.js";
import "./chunk-SSKKSRBX.js";
import "./chunk-L7XCQ7ZP.js";
export {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_INTERRUPTED,
  EXIT_OK,
  commonOptions,
  emit,
  outputWidth,
  run,
  useColor
};
