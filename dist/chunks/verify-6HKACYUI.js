import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-ZVFU2KJY.js";
import "./chunk-FQJ4WGQE.js";
import "./chunk-DXZEMY2V.js";
import "./chunk-3MLWKVKF.js";
import "./chunk-U6RAXLGH.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
