import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunk-43YJ6ESK.js";
import "./chunk-2HF3LQX2.js";
import "./chunk-NHFEIPST.js";
import "./chunk-BUTBZK33.js";
import "./chunk-5PYQAZPT.js";
import "./chunk-P6RIFOG3.js";
import "./chunk-NOS5PMWM.js";
import "./chunk-7M7RUOEO.js";
import "./chunk-VWLOOPEA.js";
import "./chunk-MHCENRUK.js";
import "./chunk-GQBJGLZO.js";
import "./chunk-VM56FIIS.js";
import "./chunk-OB6S2F6V.js";
import "./chunk-YE2C4FAM.js";
import "./chunk-53Z6J4HX.js";
export {
  scanStaged
};
