import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-W5WXTONE.js";
import "./chunk-UCDQMYKO.js";
import "./chunk-E7PWWUY2.js";
import "./chunk-3LIFNVIA.js";
import "./chunk-PXSEX2SI.js";
import "./chunk-I36JKIRJ.js";
import "./chunk-DAIUZSFK.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
