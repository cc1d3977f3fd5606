import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  openRepo
} from "./chunk-WRNQB6ZF.js";
import {
  SHALLOW_FIX
} from "./chunk-7CLRDRJK.js";
import "./chunk-I36JKIRJ.js";
import "./chunk-DAIUZSFK.js";
export {
  SHALLOW_FIX,
  openRepo
};
