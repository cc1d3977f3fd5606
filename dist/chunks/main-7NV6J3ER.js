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
} from "./chunk-PQ72MB7P.js";
import "./chunk-VJSFOZYY.js";
import "./chunk-5OYN3MYN.js";
import "./chunk-A4D765KI.js";
import "./chunk-ZZZLNRAX.js";
import "./chunk-GCODTPM7.js";
import "./chunk-7IRCWBV6.js";
import "./chunk-DWFBHZOH.js";
import "./chunk-F2DAMHNQ.js";
import "./chunk-NOVWVN7B.js";
import "./chunk-N25AFLPT.js";
import "./chunk-KQ6P7DAT.js";
import "./chunk-27NNHLQT.js";
import "./chunk-AHNFDRFA.js";
import "./chunk-7FZPSMQI.js";
import "./chunk-3OSTQEVR.js";
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
