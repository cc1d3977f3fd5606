import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanHistory,
  scanRevisions
} from "./chunk-PJNCV2KC.js";
import "./chunk-GDDICDSJ.js";
import "./chunk-BXYBJYT4.js";
import "./chunk-PSHSKWUC.js";
import "./chunk-X2EP36HZ.js";
import "./chunk-ZWZZVSG5.js";
import "./chunk-75JOUQL3.js";
import "./chunk-XSXDFYG5.js";
export {
  scanHistory,
  scanRevisions
};
