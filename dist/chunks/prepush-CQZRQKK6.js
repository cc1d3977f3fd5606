import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  parsePrePushLines,
  scanPrePush
} from "./chunk-V3EH2OYI.js";
import "./chunk-3YMNQCWJ.js";
import "./chunk-LW346SDL.js";
import "./chunk-EU3I5OJ7.js";
import "./chunk-FVQMA7OS.js";
import "./chunk-HBJRUVYM.js";
import "./chunk-5KX7EYTK.js";
import "./chunk-UJND4UQL.js";
import "./chunk-PNFN76Z3.js";
import "./chunk-ZDGMYVKX.js";
import "./chunk-EZ3PHJTE.js";
export {
  parsePrePushLines,
  scanPrePush
};
