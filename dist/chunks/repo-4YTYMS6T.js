import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  historyView,
  openRepo
} from "./chunk-IPD4WSVA.js";
import {
  SHALLOW_FIX
} from "./chunk-KR27X6RF.js";
import "./chunk-BI647GDZ.js";
import "./chunk-OXNAY6N4.js";
import "./chunk-IV62LXCD.js";
export {
  SHALLOW_FIX,
  historyView,
  openRepo
};
