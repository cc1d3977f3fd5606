import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  formatBaseline,
  formatGithub,
  formatJson,
  formatRulesJson,
  formatRulesText,
  formatSarif,
  formatText,
  readBaseline,
  redactSecret,
  scan,
  summarize,
  writeBaseline
} from "./chunks/chunk-MWZSPBTU.js";
import "./chunks/chunk-A2FJMFLB.js";
import {
  verifyFindings
} from "./chunks/chunk-NG46SX5X.js";
import "./chunks/chunk-QZOK3BTM.js";
import {
  scanStaged
} from "./chunks/chunk-JHNON3SR.js";
import "./chunks/chunk-2PYRJ235.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-5MMYK25G.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-6AVRXOZW.js";
import "./chunks/chunk-J2ISYABQ.js";
import {
  compilePatternDocument,
  compilePatternFile,
  findConfig,
  loadConfig,
  loadPatterns,
  parseConfig
} from "./chunks/chunk-AGQ46FGX.js";
import {
  Engine,
  StreamScanner,
  scanString
} from "./chunks/chunk-LI357VF7.js";
import "./chunks/chunk-POBSMOEF.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-GD7FXJBC.js";
import "./chunks/chunk-XU7PJLAP.js";
import "./chunks/chunk-VI6ZL6I7.js";
import {
  version
} from "./chunks/chunk-B3M3UZOU.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-SSZ2SIAI.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-MNX7NILS.js";

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
  compilePatternDocument,
  compilePatternFile,
  findConfig,
  formatBaseline,
  formatGithub,
  formatJson,
  formatRulesJson,
  formatRulesText,
  formatSarif,
  formatText,
  installHook,
  loadConfig,
  loadPatterns,
  parseConfig,
  parsePrePushLines,
  readBaseline,
  redactSecret,
  scan,
  scanHistory,
  scanPrePush,
  scanRevisions,
  scanStaged,
  scanString,
  summarize,
  uninstallHook,
  verifyFindings,
  version,
  writeBaseline
};
