import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-WKGXKF5K.js";
import "./chunk-PKBXW7DM.js";
import "./chunk-LDDEAZUZ.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
