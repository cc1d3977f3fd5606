import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-JNW4A3SL.js";
import "./chunk-7Y22X5CY.js";
import "./chunk-HU4K4I3X.js";
import "./chunk-Z7ZY6IZL.js";
import "./chunk-35BXBTMM.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
