import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  parsePrePushLines,
  scanPrePush
} from "./chunk-IDDHJWXJ.js";
import "./chunk-OHGTPSJN.js";
import "./chunk-X3QJ7SKY.js";
import "./chunk-OLRMT2DZ.js";
import "./chunk-T6QVW4QI.js";
import "./chunk-QWJDJ7DZ.js";
import "./chunk-FJIC3MPF.js";
import "./chunk-CBTWAILB.js";
import "./chunk-Z5IWFWL4.js";
import "./chunk-I67IKCBB.js";
import "./chunk-Y4Y4UEOK.js";
import "./chunk-UMTD2BHE.js";
import "./chunk-RORRDVPD.js";
import "./chunk-WSQTCVYD.js";
import "./chunk-7BN4HOER.js";
import "./chunk-S7HW53IV.js";
import "./chunk-JTFHSQVD.js";
export {
  parsePrePushLines,
  scanPrePush
};
