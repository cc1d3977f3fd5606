import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-UILDDZRN.js";
import "./chunk-UMANLS7D.js";
import "./chunk-5JXGAFC6.js";
import "./chunk-VH4LJVUL.js";
import "./chunk-AHMNODDD.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
