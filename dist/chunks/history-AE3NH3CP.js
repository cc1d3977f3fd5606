import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanHistory,
  scanRevisions
} from "./chunk-6MAYBS6A.js";
import "./chunk-O3EVUP7J.js";
import "./chunk-RYTNM6FY.js";
import "./chunk-A7TUOZIP.js";
import "./chunk-GTJG6YDM.js";
import "./chunk-5T7XYCZZ.js";
import "./chunk-MMBF3BGD.js";
import "./chunk-QQ5OGVZD.js";
import "./chunk-4S3LATTK.js";
import "./chunk-PLHMHQ3O.js";
import "./chunk-M3ZM77O7.js";
import "./chunk-AUFZHZDB.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  scanHistory,
  scanRevisions
};
