import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-BJTNPWBD.js";
import "./chunk-DZCJE5YT.js";
import "./chunk-TE7LGCR3.js";
import "./chunk-PJ7NPWFK.js";
import "./chunk-ROUWFKID.js";
import "./chunk-R3F5OEIM.js";
import "./chunk-4ROA7JYG.js";
import "./chunk-GOWGRVZG.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
