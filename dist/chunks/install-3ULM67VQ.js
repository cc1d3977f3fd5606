import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-OXFNEPTL.js";
import "./chunk-5KX7EYTK.js";
import "./chunk-UJND4UQL.js";
import "./chunk-PNFN76Z3.js";
import "./chunk-ZDGMYVKX.js";
import "./chunk-EZ3PHJTE.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
