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
} from "./chunk-UXFWLPWI.js";
import "./chunk-LXFAKQRY.js";
import "./chunk-2EJ272B5.js";
import "./chunk-OTAZTMIB.js";
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
