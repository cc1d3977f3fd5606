import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-RHB25PRY.js";
import "./chunk-CGS3ZHBL.js";
import "./chunk-ZY6RBZ4Q.js";
import "./chunk-QG7AA3T5.js";
import "./chunk-XVVGWW7L.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
