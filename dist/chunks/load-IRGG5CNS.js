import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunk-FZPA5INY.js";
import "./chunk-OHONSRG2.js";
import "./chunk-HTREFCMD.js";
import "./chunk-GIXG3SRW.js";
import "./chunk-DD6GZIXP.js";
export {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
