import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  parsePrePushLines,
  scanPrePush
} from "./chunk-7OUBEH3C.js";
import "./chunk-SIAKIR65.js";
import "./chunk-DWLU2FMG.js";
import "./chunk-OUWKIGHW.js";
import "./chunk-MWVALCFO.js";
import "./chunk-BXEDM2A7.js";
import "./chunk-6ZJTNODB.js";
import "./chunk-GC4M74MH.js";
import "./chunk-UQ5BNSDG.js";
import "./chunk-KH2NEB3Z.js";
import "./chunk-67ISYEML.js";
import "./chunk-RZUI3F3Y.js";
import "./chunk-EMWNQYIO.js";
import "./chunk-U63KDHE6.js";
import "./chunk-XHIY7LNR.js";
import "./chunk-SSKKSRBX.js";
import "./chunk-L7XCQ7ZP.js";
export {
  parsePrePushLines,
  scanPrePush
};
