import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanHistory,
  scanRevisions
} from "./chunk-PF5Z4QCY.js";
import "./chunk-FFOVXZ4P.js";
import "./chunk-O3EUSGGP.js";
import "./chunk-2V47WX7C.js";
import "./chunk-BR6WLJ7O.js";
import "./chunk-Z6AIOYJI.js";
import "./chunk-DZCJE5YT.js";
import "./chunk-XM42QXS4.js";
import "./chunk-TE7LGCR3.js";
import "./chunk-PJ7NPWFK.js";
import "./chunk-5DMJ2RW6.js";
import "./chunk-FCZ2VCHC.js";
import "./chunk-ROUWFKID.js";
import "./chunk-R3F5OEIM.js";
import "./chunk-4ROA7JYG.js";
import "./chunk-GOWGRVZG.js";
export {
  scanHistory,
  scanRevisions
};
