import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-5M5RNDK6.js";
import "./chunk-MMBF3BGD.js";
import "./chunk-YI3RHS2P.js";
import "./chunk-V4KDZH6E.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
