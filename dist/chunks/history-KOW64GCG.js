import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanHistory,
  scanRevisions
} from "./chunk-AL3U6PAT.js";
import "./chunk-LW346SDL.js";
import "./chunk-FULRKN3H.js";
import "./chunk-BSLORQKG.js";
import "./chunk-HBJRUVYM.js";
import "./chunk-5KX7EYTK.js";
import "./chunk-UJND4UQL.js";
import "./chunk-SASTOEYL.js";
import "./chunk-ZDGMYVKX.js";
import "./chunk-EZ3PHJTE.js";
export {
  scanHistory,
  scanRevisions
};
