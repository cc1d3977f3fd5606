import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-3GYLHLEV.js";
import "./chunk-3UVT6DNC.js";
import "./chunk-HTREFCMD.js";
import "./chunk-GIXG3SRW.js";
import "./chunk-DD6GZIXP.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
