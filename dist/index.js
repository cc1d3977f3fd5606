import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  FORMATS,
  formatBaseline,
  formatGithub,
  formatJson,
  formatReport,
  formatRulesJson,
  formatRulesText,
  formatSarif,
  formatText,
  readBaseline,
  scan,
  summarize,
  writeBaseline
} from "./chunks/chunk-XGELRHZE.js";
import "./chunks/chunk-D26TJQW7.js";
import {
  verifyFindings
} from "./chunks/chunk-RIL7HV4A.js";
import "./chunks/chunk-6QRR25TV.js";
import {
  scanStaged
} from "./chunks/chunk-4UO5QAMD.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-SXEYQ6EU.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-OLCS4JD6.js";
import "./chunks/chunk-DKVPTNF7.js";
import {
  compilePatternDocument,
  compilePatternFile,
  findConfig,
  loadConfig,
  loadPatterns,
  parseConfig,
  runScan,
  settle
} from "./chunks/chunk-CF7BWS2O.js";
import {
  CompiledRules,
  StreamScanner,
  scanString
} from "./chunks/chunk-EET4XKUG.js";
import {
  redactSecret
} from "./chunks/chunk-PAIC533V.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-JNW4A3SL.js";
import "./chunks/chunk-7Y22X5CY.js";
import {
  version
} from "./chunks/chunk-HU4K4I3X.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-Z7ZY6IZL.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-35BXBTMM.js";

// src/index.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/verify/index.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
export {
  CompiledRules,
  ConfigError,
  FORMATS,
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
  formatReport,
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
  runScan,
  scan,
  scanHistory,
  scanPrePush,
  scanRevisions,
  scanStaged,
  scanString,
  settle,
  summarize,
  uninstallHook,
  verifyFindings,
  version,
  writeBaseline
};
