import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-BRPXOHPV.js";
import "./chunk-QUF6QCGL.js";
import "./chunk-522UO5BD.js";
import "./chunk-HP3ZZF5L.js";
import "./chunk-EDRHPTII.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
