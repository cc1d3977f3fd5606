import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-CLIWRZT7.js";
import {
  DEFAULTS,
  parseBaseUrl
} from "./chunk-7I7L6WQ4.js";
import "./chunk-HBJRUVYM.js";
import "./chunk-ZDGMYVKX.js";
import "./chunk-EZ3PHJTE.js";
export {
  ACCEPT,
  DEFAULTS,
  MAX_BODY_BYTES,
  USER_AGENT,
  parseBaseUrl,
  requestHeaders,
  verifyFindings
};
