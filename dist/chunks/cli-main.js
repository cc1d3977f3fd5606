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
} from "./chunk-OGSOYGJJ.js";
import "./chunk-AMKX7ZGX.js";
import "./chunk-TOEDASEX.js";
import "./chunk-U7XSVYJI.js";
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
