import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  openRepo
} from "./chunk-YI3RHS2P.js";
import {
  SHALLOW_FIX
} from "./chunk-V4KDZH6E.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  SHALLOW_FIX,
  openRepo
};
