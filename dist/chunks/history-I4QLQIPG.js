import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanHistory,
  scanRevisions
} from "./chunk-OLCS4JD6.js";
import "./chunk-DKVPTNF7.js";
import "./chunk-CF7BWS2O.js";
import "./chunk-EET4XKUG.js";
import "./chunk-PAIC533V.js";
import "./chunk-7Y22X5CY.js";
import "./chunk-HU4K4I3X.js";
import "./chunk-Z7ZY6IZL.js";
import "./chunk-35BXBTMM.js";
export {
  scanHistory,
  scanRevisions
};
