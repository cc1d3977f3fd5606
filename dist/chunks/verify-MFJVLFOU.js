import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-Q4W6237X.js";
import "./chunk-W62GK4NF.js";
import "./chunk-XM42QXS4.js";
import "./chunk-ROUWFKID.js";
import "./chunk-R3F5OEIM.js";
import "./chunk-4ROA7JYG.js";
import "./chunk-GOWGRVZG.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
