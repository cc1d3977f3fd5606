import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  parsePrePushLines,
  scanPrePush
} from "./chunk-VFEIOABU.js";
import "./chunk-4PUCEIMJ.js";
import "./chunk-YEVHZFO2.js";
import "./chunk-V5EBSXJM.js";
import "./chunk-V6CI5DCO.js";
import "./chunk-T3AJGWBS.js";
import "./chunk-QKZMZNRC.js";
import "./chunk-E7PWWUY2.js";
import "./chunk-H4DPYPV2.js";
import "./chunk-3LIFNVIA.js";
import "./chunk-PXSEX2SI.js";
import "./chunk-PXZW5RQU.js";
import "./chunk-67F7UJSQ.js";
import "./chunk-I36JKIRJ.js";
import "./chunk-DAIUZSFK.js";
export {
  parsePrePushLines,
  scanPrePush
};
