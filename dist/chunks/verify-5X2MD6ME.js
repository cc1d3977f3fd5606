import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-B47YN27S.js";
import "./chunk-6RVRHJ5A.js";
import "./chunk-5WQQ4UC3.js";
import "./chunk-YYOBIKJ4.js";
import "./chunk-ILXIS3GM.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
