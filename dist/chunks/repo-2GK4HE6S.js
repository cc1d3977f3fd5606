import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  historyView,
  openRepo
} from "./chunk-KH2NEB3Z.js";
import {
  SHALLOW_FIX
} from "./chunk-67ISYEML.js";
import "./chunk-XHIY7LNR.js";
import "./chunk-SSKKSRBX.js";
import "./chunk-L7XCQ7ZP.js";
export {
  SHALLOW_FIX,
  historyView,
  openRepo
};
