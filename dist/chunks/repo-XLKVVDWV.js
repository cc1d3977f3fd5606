import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  openRepo
} from "./chunk-4S3LATTK.js";
import {
  SHALLOW_FIX
} from "./chunk-PLHMHQ3O.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  SHALLOW_FIX,
  openRepo
};
