import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-XITKLWF7.js";
import "./chunk-5KX7EYTK.js";
import "./chunk-UJND4UQL.js";
import "./chunk-SASTOEYL.js";
import "./chunk-ZDGMYVKX.js";
import "./chunk-EZ3PHJTE.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
