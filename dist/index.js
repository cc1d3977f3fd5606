import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  formatBaseline,
  formatJson,
  formatRulesJson,
  formatRulesText,
  formatText,
  readBaseline,
  redactSecret,
  scan,
  summarize,
  writeBaseline
} from "./chunks/chunk-LPH4UOJA.js";
import "./chunks/chunk-RZQZEOUZ.js";
import "./chunks/chunk-6TXKT5ZG.js";
import {
  compilePatternFile,
  findConfig,
  loadConfig,
  loadPatterns,
  parseConfig
} from "./chunks/chunk-GGJOWD3R.js";
import {
  Engine,
  StreamScanner,
  scanString
} from "./chunks/chunk-2V4KP4U7.js";
import "./chunks/chunk-X2EP36HZ.js";
import {
  version
} from "./chunks/chunk-75JOUQL3.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-MVTSAVDA.js";
import "./chunks/chunk-5W47HPIT.js";
export {
  ConfigError,
  Engine,
  InputError,
  PatternError,
  PdguardError,
  StreamScanner,
  UsageError,
  compilePatternFile,
  findConfig,
  formatBaseline,
  formatJson,
  formatRulesJson,
  formatRulesText,
  formatText,
  loadConfig,
  loadPatterns,
  parseConfig,
  readBaseline,
  redactSecret,
  scan,
  scanString,
  summarize,
  version,
  writeBaseline
};
