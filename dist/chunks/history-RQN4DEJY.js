import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanHistory,
  scanRevisions
} from "./chunk-HQMPNYNT.js";
import "./chunk-PHKUFKEY.js";
import "./chunk-EI4Q3NYD.js";
import "./chunk-APVTY4OY.js";
import "./chunk-EC4WRE7H.js";
import "./chunk-QKZMZNRC.js";
import "./chunk-E7PWWUY2.js";
import "./chunk-H4DPYPV2.js";
import "./chunk-WRNQB6ZF.js";
import "./chunk-7CLRDRJK.js";
import "./chunk-PXZW5RQU.js";
import "./chunk-67F7UJSQ.js";
import "./chunk-I36JKIRJ.js";
import "./chunk-DAIUZSFK.js";
export {
  scanHistory,
  scanRevisions
};
