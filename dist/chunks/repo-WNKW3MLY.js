import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  historyView,
  openRepo
} from "./chunk-CK5F4YA6.js";
import {
  SHALLOW_FIX
} from "./chunk-FKD4FBCO.js";
import "./chunk-EGWF7BTD.js";
import "./chunk-YE2C4FAM.js";
import "./chunk-53Z6J4HX.js";
export {
  SHALLOW_FIX,
  historyView,
  openRepo
};
