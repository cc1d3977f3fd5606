import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanHistory,
  scanRevisions
} from "./chunk-VQ3ZLTHG.js";
import "./chunk-EATMGYZA.js";
import "./chunk-GGJOWD3R.js";
import "./chunk-2V4KP4U7.js";
import "./chunk-X2EP36HZ.js";
import "./chunk-HM6SKWUP.js";
import "./chunk-ZWZZVSG5.js";
import "./chunk-75JOUQL3.js";
import "./chunk-MVTSAVDA.js";
import "./chunk-5W47HPIT.js";
export {
  scanHistory,
  scanRevisions
};
