import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_INTERRUPTED,
  EXIT_OK,
  commonOptions,
  emit,
  outputWidth,
  run,
  useColor
} from "./chunk-QQCJBQBV.js";
import "./chunk-2TC3TJHC.js";
import "./chunk-K4MRGMEA.js";
import "./chunk-NHZE6V5N.js";
import "./chunk-MLPX2ECL.js";
import "./chunk-EVO234YX.js";
import "./chunk-2WRMVLD3.js";
import "./chunk-DOS6SLAL.js";
import "./chunk-FU5UCRW7.js";
import "./chunk-O6JQZ2LX.js";
import "./chunk-QX5IIWIP.js";
import "./chunk-67F7UJSQ.js";
import "./chunk-3D327JVE.js";
import "./chunk-OIFWPQQO.js";
import "./chunk-KGIJK6M3.js";
import "./chunk-DAIUZSFK.js";
export {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_INTERRUPTED,
  EXIT_OK,
  commonOptions,
  emit,
  outputWidth,
  run,
  useColor
};
