import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-EWGX4W7J.js";
import "./chunk-UCDQMYKO.js";
import "./chunk-E7PWWUY2.js";
import "./chunk-WRNQB6ZF.js";
import "./chunk-7CLRDRJK.js";
import "./chunk-I36JKIRJ.js";
import "./chunk-DAIUZSFK.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
