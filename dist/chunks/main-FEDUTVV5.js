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
} from "./chunk-OLQKH357.js";
import "./chunk-D2GFJXTA.js";
import "./chunk-ZHHEOBYL.js";
import "./chunk-5WI6BWJI.js";
import "./chunk-APVTY4OY.js";
import "./chunk-EC4WRE7H.js";
import "./chunk-QKZMZNRC.js";
import "./chunk-E7PWWUY2.js";
import "./chunk-H4DPYPV2.js";
import "./chunk-7CLRDRJK.js";
import "./chunk-PXZW5RQU.js";
import "./chunk-67F7UJSQ.js";
import "./chunk-I36JKIRJ.js";
import "./chunk-DAIUZSFK.js";
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
