import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-LY4OFQ4B.js";
import "./chunk-NHZE6V5N.js";
import "./chunk-FU5UCRW7.js";
import "./chunk-3D327JVE.js";
import "./chunk-OIFWPQQO.js";
import "./chunk-KGIJK6M3.js";
import "./chunk-DAIUZSFK.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
