import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-EVFMSUXY.js";
import "./chunk-F6Q5NAXO.js";
import "./chunk-4DTTNI34.js";
import "./chunk-5KGJDAEE.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
