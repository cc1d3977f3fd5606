import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-KO35QSEE.js";
import "./chunk-5IDGGPE6.js";
import "./chunk-Z5IWFWL4.js";
import "./chunk-WSQTCVYD.js";
import "./chunk-7BN4HOER.js";
import "./chunk-S7HW53IV.js";
import "./chunk-JTFHSQVD.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
