import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunk-JHNON3SR.js";
import "./chunk-2PYRJ235.js";
import "./chunk-J2ISYABQ.js";
import "./chunk-AGQ46FGX.js";
import "./chunk-LI357VF7.js";
import "./chunk-POBSMOEF.js";
import "./chunk-VI6ZL6I7.js";
import "./chunk-B3M3UZOU.js";
import "./chunk-SSZ2SIAI.js";
import "./chunk-MNX7NILS.js";
export {
  scanStaged
};
