import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunks/chunk-DIYVLDSZ.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-QE3C7YVV.js";
import {
  audit,
  formatAuditJson,
  mergeAuditReports,
  parseAuditReport
} from "./chunks/chunk-FKQ3ENQR.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-ZTDS5WIZ.js";
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
} from "./chunks/chunk-VJSFOZYY.js";
import "./chunks/chunk-5OYN3MYN.js";
import {
  verifyFindings
} from "./chunks/chunk-Q6SHPH77.js";
import "./chunks/chunk-A4D765KI.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-KMYNL3DY.js";
import "./chunks/chunk-DAJFC65U.js";
import "./chunks/chunk-GQEPPINS.js";
import {
  formatBaseline,
  readBaseline,
  runScan,
  settle,
  writeBaseline
} from "./chunks/chunk-ZZZLNRAX.js";
import {
  CompiledRules,
  StreamScanner,
  scanString
} from "./chunks/chunk-GCODTPM7.js";
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunks/chunk-7IRCWBV6.js";
import {
  version
} from "./chunks/chunk-DWFBHZOH.js";
import {
  redactSecret
} from "./chunks/chunk-F2DAMHNQ.js";
import "./chunks/chunk-CX5MERZW.js";
import "./chunks/chunk-NOVWVN7B.js";
import {
  findConfig,
  loadConfig,
  parseConfig
} from "./chunks/chunk-N25AFLPT.js";
import "./chunks/chunk-KQ6P7DAT.js";
import "./chunks/chunk-27NNHLQT.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-AHNFDRFA.js";
import "./chunks/chunk-7FZPSMQI.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-3OSTQEVR.js";

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
