import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-RIL7HV4A.js";
import "./chunk-6QRR25TV.js";
import "./chunk-PAIC533V.js";
import "./chunk-Z7ZY6IZL.js";
import "./chunk-35BXBTMM.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
