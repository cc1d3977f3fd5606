import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-GD7FXJBC.js";
import "./chunk-XU7PJLAP.js";
import "./chunk-VI6ZL6I7.js";
import "./chunk-B3M3UZOU.js";
import "./chunk-SSZ2SIAI.js";
import "./chunk-MNX7NILS.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
