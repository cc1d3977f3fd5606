import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  parsePrePushLines,
  scanPrePush
} from "./chunk-DZDHIPCC.js";
import "./chunk-MITUQOEA.js";
import "./chunk-AV42ZHKQ.js";
import "./chunk-FULRKN3H.js";
import "./chunk-AMABECY5.js";
import "./chunk-HBJRUVYM.js";
import "./chunk-5KX7EYTK.js";
import "./chunk-UJND4UQL.js";
import "./chunk-SASTOEYL.js";
import "./chunk-ZDGMYVKX.js";
import "./chunk-EZ3PHJTE.js";
export {
  parsePrePushLines,
  scanPrePush
};
