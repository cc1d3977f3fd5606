import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  parsePrePushLines,
  scanPrePush
} from "./chunk-LT6XL6XV.js";
import "./chunk-2U272WFH.js";
import "./chunk-JRCDS5PK.js";
import "./chunk-LK33PIOW.js";
import "./chunk-HIZSBGZ2.js";
import "./chunk-QQ5OGVZD.js";
import "./chunk-PKBXW7DM.js";
import "./chunk-LDDEAZUZ.js";
import "./chunk-LYLTTLW4.js";
import "./chunk-4XBH3REO.js";
export {
  parsePrePushLines,
  scanPrePush
};
