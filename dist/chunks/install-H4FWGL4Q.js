import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  hookScript,
  installHook,
  uninstallHook
} from "./chunk-5KD7FH2U.js";
import "./chunk-DOS6SLAL.js";
import "./chunk-G5EGA7ET.js";
import "./chunk-O6JQZ2LX.js";
import "./chunk-3D327JVE.js";
import "./chunk-OIFWPQQO.js";
import "./chunk-KGIJK6M3.js";
import "./chunk-DAIUZSFK.js";
export {
  hookScript,
  installHook,
  uninstallHook
};
