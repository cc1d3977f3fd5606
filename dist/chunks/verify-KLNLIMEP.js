import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-HJST6GWV.js";
import "./chunk-FQO3ULS4.js";
import "./chunk-UQ5BNSDG.js";
import "./chunk-U63KDHE6.js";
import "./chunk-XHIY7LNR.js";
import "./chunk-SSKKSRBX.js";
import "./chunk-L7XCQ7ZP.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
