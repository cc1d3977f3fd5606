import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-5RROY47F.js";
import "./chunk-3CMTPFHR.js";
import "./chunk-MMBF3BGD.js";
import "./chunk-4S3LATTK.js";
import "./chunk-PLHMHQ3O.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
