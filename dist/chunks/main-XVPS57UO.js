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
} from "./chunk-EDLMHFO6.js";
import "./chunk-MBTJ7ZYF.js";
import "./chunk-KDXRHRS7.js";
import "./chunk-5IDGGPE6.js";
import "./chunk-T6QVW4QI.js";
import "./chunk-QWJDJ7DZ.js";
import "./chunk-FJIC3MPF.js";
import "./chunk-CBTWAILB.js";
import "./chunk-Z5IWFWL4.js";
import "./chunk-Y4Y4UEOK.js";
import "./chunk-UMTD2BHE.js";
import "./chunk-RORRDVPD.js";
import "./chunk-WSQTCVYD.js";
import "./chunk-7BN4HOER.js";
import "./chunk-S7HW53IV.js";
import "./chunk-JTFHSQVD.js";
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
