import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-STEJHR2H.js";
import "./chunk-P6RIFOG3.js";
import "./chunk-CK5F4YA6.js";
import "./chunk-FKD4FBCO.js";
import "./chunk-J74XZJV2.js";
import "./chunk-EGWF7BTD.js";
import "./chunk-YE2C4FAM.js";
import "./chunk-53Z6J4HX.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
