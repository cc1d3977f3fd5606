import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunks/chunk-M5M2MJHF.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-7OUBEH3C.js";
import {
  audit,
  formatAuditJson,
  mergeAuditReports,
  parseAuditReport
} from "./chunks/chunk-LOLON2IS.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-WTZPHSX7.js";
import {
  FORMATS,
  formatGithub,
  formatHtml,
  formatJson,
  formatReport,
  formatRulesJson,
  formatRulesText,
  formatSarif,
  formatText,
  scan,
  summarize
} from "./chunks/chunk-EAMF5ZNG.js";
import "./chunks/chunk-J7SVOQ7H.js";
import {
  verifyFindings
} from "./chunks/chunk-HJST6GWV.js";
import "./chunks/chunk-FQO3ULS4.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-SIAKIR65.js";
import "./chunks/chunk-DWLU2FMG.js";
import "./chunks/chunk-OUWKIGHW.js";
import {
  formatBaseline,
  readBaseline,
  runScan,
  settle,
  writeBaseline
} from "./chunks/chunk-MWVALCFO.js";
import {
  CompiledRules,
  StreamScanner,
  scanString
} from "./chunks/chunk-BXEDM2A7.js";
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunks/chunk-6ZJTNODB.js";
import {
  version
} from "./chunks/chunk-GC4M74MH.js";
import {
  redactSecret
} from "./chunks/chunk-UQ5BNSDG.js";
import "./chunks/chunk-KH2NEB3Z.js";
import "./chunks/chunk-67ISYEML.js";
import {
  findConfig,
  loadConfig,
  parseConfig
} from "./chunks/chunk-RZUI3F3Y.js";
import "./chunks/chunk-EMWNQYIO.js";
import "./chunks/chunk-U63KDHE6.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-XHIY7LNR.js";
import "./chunks/chunk-SSKKSRBX.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-L7XCQ7ZP.js";

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
  audit,
  compilePatternDocument,
  compilePatternFile,
  findConfig,
  formatAuditJson,
  formatBaseline,
  formatGithub,
  formatHtml,
  formatJson,
  formatReport,
  formatRulesJson,
  formatRulesText,
  formatSarif,
  formatText,
  installHook,
  loadConfig,
  loadPatterns,
  mergeAuditReports,
  parseAuditReport,
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
