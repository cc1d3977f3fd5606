import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_INTERRUPTED,
  EXIT_OK,
  commonOptions,
  emit,
  outputWidth,
  run,
  useColor
} from "./chunk-4YNFNPVI.js";
import "./chunk-YLZOT3SE.js";
import "./chunk-CUAGPBHV.js";
import "./chunk-GZYXQ6EO.js";
import "./chunk-A7TUOZIP.js";
import "./chunk-GTJG6YDM.js";
import "./chunk-5T7XYCZZ.js";
import "./chunk-MMBF3BGD.js";
import "./chunk-QQ5OGVZD.js";
import "./chunk-PLHMHQ3O.js";
import "./chunk-M3ZM77O7.js";
import "./chunk-AUFZHZDB.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_INTERRUPTED,
  EXIT_OK,
  commonOptions,
  emit,
  outputWidth,
  run,
  useColor
};
