import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanHistory,
  scanRevisions
} from "./chunk-3XDXNIPP.js";
import "./chunk-RTNUIFB6.js";
import "./chunk-Z5Q6ZBRJ.js";
import "./chunk-MMBF3BGD.js";
import "./chunk-HIZSBGZ2.js";
import "./chunk-QQ5OGVZD.js";
import "./chunk-YI3RHS2P.js";
import "./chunk-V4KDZH6E.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  scanHistory,
  scanRevisions
};
