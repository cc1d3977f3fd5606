import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-5ULUU4JS.js";
import "./chunk-NKP5RMAN.js";
import "./chunk-LDDEAZUZ.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
