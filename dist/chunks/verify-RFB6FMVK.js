import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-ZYGEE346.js";
import "./chunk-XKJ5B64A.js";
import "./chunk-33DYTIRW.js";
import "./chunk-CXQXF3DQ.js";
import "./chunk-ESLEOUPA.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
