import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  openRepo
} from "./chunk-3LIFNVIA.js";
import {
  SHALLOW_FIX
} from "./chunk-PXSEX2SI.js";
import "./chunk-I36JKIRJ.js";
import "./chunk-DAIUZSFK.js";
export {
  SHALLOW_FIX,
  openRepo
};
