import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  historyView,
  openRepo
} from "./chunk-TE7LGCR3.js";
import {
  SHALLOW_FIX
} from "./chunk-PJ7NPWFK.js";
import "./chunk-R3F5OEIM.js";
import "./chunk-4ROA7JYG.js";
import "./chunk-GOWGRVZG.js";
export {
  SHALLOW_FIX,
  historyView,
  openRepo
};
