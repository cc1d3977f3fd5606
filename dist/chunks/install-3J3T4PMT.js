import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-H4RT56YQ.js";
import "./chunk-CBTWAILB.js";
import "./chunk-I67IKCBB.js";
import "./chunk-Y4Y4UEOK.js";
import "./chunk-WSQTCVYD.js";
import "./chunk-7BN4HOER.js";
import "./chunk-S7HW53IV.js";
import "./chunk-JTFHSQVD.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
