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
} from "./chunk-BXMIKPBX.js";
import "./chunk-NYISAM5I.js";
import "./chunk-67PITY46.js";
import "./chunk-B5I6QBMQ.js";
import "./chunk-PJ3VYHIQ.js";
import "./chunk-NSSYMS3V.js";
import "./chunk-MBPIPIM5.js";
import "./chunk-LWDNZSIP.js";
import "./chunk-T5BUAX2I.js";
import "./chunk-KR27X6RF.js";
import "./chunk-3DVWT4TM.js";
import "./chunk-DJMTJGV3.js";
import "./chunk-3MH3OYKU.js";
import "./chunk-BI647GDZ.js";
import "./chunk-OXNAY6N4.js";
import "./chunk-IV62LXCD.js";
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
