import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-LP3WDH4P.js";
import "./chunk-3CMTPFHR.js";
import "./chunk-MMBF3BGD.js";
import "./chunk-4CA6W4GR.js";
import "./chunk-QC5H7FIU.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
