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
} from "./chunks/chunk-CZEVI6T2.js";
import "./chunks/chunk-UWYECOWN.js";
import {
  verifyFindings
} from "./chunks/chunk-CLIWRZT7.js";
import "./chunks/chunk-7I7L6WQ4.js";
import {
  scanStaged
} from "./chunks/chunk-UPQWQWFE.js";
import "./chunks/chunk-ZDOGSCJL.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-V3EH2OYI.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-3YMNQCWJ.js";
import "./chunks/chunk-LW346SDL.js";
import {
  compilePatternDocument,
  compilePatternFile,
  findConfig,
  loadConfig,
  loadPatterns,
  parseConfig
} from "./chunks/chunk-EU3I5OJ7.js";
import {
  Engine,
  StreamScanner,
  scanString
} from "./chunks/chunk-FVQMA7OS.js";
import "./chunks/chunk-HBJRUVYM.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-OXFNEPTL.js";
import "./chunks/chunk-5KX7EYTK.js";
import "./chunks/chunk-UJND4UQL.js";
import {
  version
} from "./chunks/chunk-PNFN76Z3.js";
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
