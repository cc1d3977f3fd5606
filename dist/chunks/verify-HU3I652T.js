import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
} from "./chunk-6MQ4IKNG.js";
import "./chunk-GRRWVJWR.js";
import "./chunk-NOS5PMWM.js";
import "./chunk-VM56FIIS.js";
import "./chunk-OB6S2F6V.js";
import "./chunk-YE2C4FAM.js";
import "./chunk-53Z6J4HX.js";
export {
  ACCEPT,
  MAX_BODY_BYTES,
  USER_AGENT,
  requestHeaders,
  verifyFindings
};
