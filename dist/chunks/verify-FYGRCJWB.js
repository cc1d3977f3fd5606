import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-6ZREYL6C.js";
import "./chunk-KFR42RCU.js";
import "./chunk-TTUOVJFK.js";
import "./chunk-YD5GCBER.js";
import "./chunk-5KGJDAEE.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
