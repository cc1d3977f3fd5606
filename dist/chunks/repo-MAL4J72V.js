import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  historyView,
  openRepo
} from "./chunk-I67IKCBB.js";
import {
  SHALLOW_FIX
} from "./chunk-Y4Y4UEOK.js";
import "./chunk-7BN4HOER.js";
import "./chunk-S7HW53IV.js";
import "./chunk-JTFHSQVD.js";
export {
  SHALLOW_FIX,
  historyView,
  openRepo
};
