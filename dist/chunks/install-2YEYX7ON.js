import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-PB5WET63.js";
import "./chunk-LWDNZSIP.js";
import "./chunk-IPD4WSVA.js";
import "./chunk-KR27X6RF.js";
import "./chunk-3MH3OYKU.js";
import "./chunk-BI647GDZ.js";
import "./chunk-OXNAY6N4.js";
import "./chunk-IV62LXCD.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
