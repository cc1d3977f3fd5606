import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  parsePrePushLines,
  scanPrePush
} from "./chunk-DRKF24AO.js";
import "./chunk-7R4JDM35.js";
import "./chunk-KVKJPITD.js";
import "./chunk-7T2USJSB.js";
import "./chunk-APVTY4OY.js";
import "./chunk-EC4WRE7H.js";
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
