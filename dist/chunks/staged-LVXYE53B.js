import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunk-NVNIUBWZ.js";
import "./chunk-PBDW3VB3.js";
import "./chunk-UXB4IX5H.js";
import "./chunk-HIZSBGZ2.js";
import "./chunk-QQ5OGVZD.js";
import "./chunk-VVOUXB2G.js";
import "./chunk-LDDEAZUZ.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  scanStaged
};
