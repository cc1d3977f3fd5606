import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-7IRCWBV6.js";
import "./chunk-DWFBHZOH.js";
import "./chunk-KQ6P7DAT.js";
import "./chunk-AHNFDRFA.js";
import "./chunk-7FZPSMQI.js";
import "./chunk-3OSTQEVR.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
