import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  historyView,
  openRepo
} from "./chunk-7M7RUOEO.js";
import {
  SHALLOW_FIX
} from "./chunk-VWLOOPEA.js";
import "./chunk-OB6S2F6V.js";
import "./chunk-YE2C4FAM.js";
import "./chunk-53Z6J4HX.js";
export {
  SHALLOW_FIX,
  historyView,
  openRepo
};
