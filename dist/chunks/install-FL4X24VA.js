import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-WTZPHSX7.js";
import "./chunk-GC4M74MH.js";
import "./chunk-KH2NEB3Z.js";
import "./chunk-67ISYEML.js";
import "./chunk-U63KDHE6.js";
import "./chunk-XHIY7LNR.js";
import "./chunk-SSKKSRBX.js";
import "./chunk-L7XCQ7ZP.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
