import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-ZTDS5WIZ.js";
import "./chunk-DWFBHZOH.js";
import "./chunk-CX5MERZW.js";
import "./chunk-NOVWVN7B.js";
import "./chunk-27NNHLQT.js";
import "./chunk-AHNFDRFA.js";
import "./chunk-7FZPSMQI.js";
import "./chunk-3OSTQEVR.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
