import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-OSY2QL4Z.js";
import "./chunk-RHKRRGTP.js";
import "./chunk-72MW6OMR.js";
import "./chunk-WMVR3ACY.js";
import "./chunk-JZ4BHKD5.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
