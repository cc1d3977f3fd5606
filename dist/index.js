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
} from "./chunks/chunk-S4TNMRDR.js";
import "./chunks/chunk-J3EYALRO.js";
import "./chunks/chunk-OSIIXVLA.js";
import {
  compilePatternFile,
  findConfig,
  loadConfig,
  loadPatterns,
  parseConfig
} from "./chunks/chunk-LZQJT4WE.js";
import {
  Engine,
  StreamScanner,
  scanString
} from "./chunks/chunk-AMABECY5.js";
import "./chunks/chunk-HBJRUVYM.js";
import {
  version
} from "./chunks/chunk-3ORHWT3A.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-ZDGMYVKX.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-EZ3PHJTE.js";

// src/index.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
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
