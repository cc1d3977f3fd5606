import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanHistory,
  scanRevisions
} from "./chunk-YZONRL6U.js";
import "./chunk-B6ZREYUF.js";
import "./chunk-IHFKGXA5.js";
import "./chunk-NLM5P433.js";
import "./chunk-JFLITGH2.js";
import "./chunk-5T7XYCZZ.js";
import "./chunk-MMBF3BGD.js";
import "./chunk-QQ5OGVZD.js";
import "./chunk-4CA6W4GR.js";
import "./chunk-QC5H7FIU.js";
import "./chunk-M3ZM77O7.js";
import "./chunk-AUFZHZDB.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  scanHistory,
  scanRevisions
};
