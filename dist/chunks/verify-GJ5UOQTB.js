import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-NG46SX5X.js";
import {
  DEFAULTS,
  parseBaseUrl
} from "./chunk-QZOK3BTM.js";
import "./chunk-POBSMOEF.js";
import "./chunk-SSZ2SIAI.js";
import "./chunk-MNX7NILS.js";
export {
  ACCEPT,
  DEFAULTS,
  MAX_BODY_BYTES,
  USER_AGENT,
  parseBaseUrl,
  requestHeaders,
  verifyFindings
};
