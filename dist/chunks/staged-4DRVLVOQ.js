import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunk-UPQWQWFE.js";
import "./chunk-ZDOGSCJL.js";
import "./chunk-LW346SDL.js";
import "./chunk-EU3I5OJ7.js";
import "./chunk-FVQMA7OS.js";
import "./chunk-HBJRUVYM.js";
import "./chunk-UJND4UQL.js";
import "./chunk-PNFN76Z3.js";
import "./chunk-ZDGMYVKX.js";
import "./chunk-EZ3PHJTE.js";
export {
  scanStaged
};
