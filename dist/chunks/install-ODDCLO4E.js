import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-ANKXUGVQ.js";
import "./chunk-P6RIFOG3.js";
import "./chunk-7M7RUOEO.js";
import "./chunk-VWLOOPEA.js";
import "./chunk-VM56FIIS.js";
import "./chunk-OB6S2F6V.js";
import "./chunk-YE2C4FAM.js";
import "./chunk-53Z6J4HX.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
