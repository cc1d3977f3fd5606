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
} from "./chunks/chunk-KFX7UPAI.js";
import "./chunks/chunk-UJ2TI44A.js";
import {
  Engine,
  StreamScanner,
  compilePatternFile,
  findConfig,
  loadConfig,
  loadPatterns,
  parseConfig,
  scanString
} from "./chunks/chunk-PSHSKWUC.js";
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
} from "./chunks/chunk-XSXDFYG5.js";
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
