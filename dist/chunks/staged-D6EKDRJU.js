import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunk-FGPYZWXV.js";
import "./chunk-WTJ2AFVF.js";
import "./chunk-PJ3VYHIQ.js";
import "./chunk-NSSYMS3V.js";
import "./chunk-MBPIPIM5.js";
import "./chunk-LWDNZSIP.js";
import "./chunk-T5BUAX2I.js";
import "./chunk-IPD4WSVA.js";
import "./chunk-KR27X6RF.js";
import "./chunk-3DVWT4TM.js";
import "./chunk-DJMTJGV3.js";
import "./chunk-3MH3OYKU.js";
import "./chunk-BI647GDZ.js";
import "./chunk-OXNAY6N4.js";
import "./chunk-IV62LXCD.js";
export {
  scanStaged
};
