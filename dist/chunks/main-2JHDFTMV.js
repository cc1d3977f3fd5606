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
} from "./chunk-EM5OSVBM.js";
import "./chunk-T6FJZXJ7.js";
import "./chunk-3GDG6JNS.js";
import "./chunk-7RSSIMV4.js";
import "./chunk-LZ7LWDO4.js";
import "./chunk-BUTBZK33.js";
import "./chunk-T6PREGPS.js";
import "./chunk-P6RIFOG3.js";
import "./chunk-NOS5PMWM.js";
import "./chunk-FKD4FBCO.js";
import "./chunk-SUIYNEBL.js";
import "./chunk-GQBJGLZO.js";
import "./chunk-J74XZJV2.js";
import "./chunk-EGWF7BTD.js";
import "./chunk-YE2C4FAM.js";
import "./chunk-53Z6J4HX.js";
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
