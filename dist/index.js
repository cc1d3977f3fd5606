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
} from "./chunks/chunk-RTCAVUMM.js";
import "./chunks/chunk-PRK6AWVP.js";
import {
  verifyFindings
} from "./chunks/chunk-CLIWRZT7.js";
import "./chunks/chunk-7I7L6WQ4.js";
import {
  scanStaged
} from "./chunks/chunk-Z7X2BXBA.js";
import "./chunks/chunk-QDIZOPFC.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-T2TV6AI4.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-AL3U6PAT.js";
import "./chunks/chunk-LW346SDL.js";
import {
  compilePatternDocument,
  compilePatternFile,
  findConfig,
  loadConfig,
  loadPatterns,
  parseConfig
} from "./chunks/chunk-FULRKN3H.js";
import {
  Engine,
  StreamScanner,
  scanString
} from "./chunks/chunk-BSLORQKG.js";
import "./chunks/chunk-HBJRUVYM.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-XITKLWF7.js";
import "./chunks/chunk-5KX7EYTK.js";
import "./chunks/chunk-UJND4UQL.js";
import {
  version
} from "./chunks/chunk-SASTOEYL.js";
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
