import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  historyView,
  openRepo
} from "./chunk-G5EGA7ET.js";
import {
  SHALLOW_FIX
} from "./chunk-O6JQZ2LX.js";
import "./chunk-OIFWPQQO.js";
import "./chunk-KGIJK6M3.js";
import "./chunk-DAIUZSFK.js";
export {
  SHALLOW_FIX,
  historyView,
  openRepo
};
