import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  parsePrePushLines,
  scanPrePush
} from "./chunk-5MMYK25G.js";
import "./chunk-6AVRXOZW.js";
import "./chunk-J2ISYABQ.js";
import "./chunk-AGQ46FGX.js";
import "./chunk-LI357VF7.js";
import "./chunk-POBSMOEF.js";
import "./chunk-XU7PJLAP.js";
import "./chunk-VI6ZL6I7.js";
import "./chunk-B3M3UZOU.js";
import "./chunk-SSZ2SIAI.js";
import "./chunk-MNX7NILS.js";
export {
  parsePrePushLines,
  scanPrePush
};
