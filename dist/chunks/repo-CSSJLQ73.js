import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  historyView,
  openRepo
} from "./chunk-CX5MERZW.js";
import {
  SHALLOW_FIX
} from "./chunk-NOVWVN7B.js";
import "./chunk-AHNFDRFA.js";
import "./chunk-7FZPSMQI.js";
import "./chunk-3OSTQEVR.js";
export {
  SHALLOW_FIX,
  historyView,
  openRepo
};
