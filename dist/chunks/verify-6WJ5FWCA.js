import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-Q6SHPH77.js";
import "./chunk-A4D765KI.js";
import "./chunk-F2DAMHNQ.js";
import "./chunk-27NNHLQT.js";
import "./chunk-AHNFDRFA.js";
import "./chunk-7FZPSMQI.js";
import "./chunk-3OSTQEVR.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
