import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunks/chunk-FGPYZWXV.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-UX4VWWJW.js";
import {
  audit,
  formatAuditJson,
  mergeAuditReports,
  parseAuditReport
} from "./chunks/chunk-WWM3E7H5.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-PB5WET63.js";
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
} from "./chunks/chunk-NYISAM5I.js";
import "./chunks/chunk-67PITY46.js";
import {
  verifyFindings
} from "./chunks/chunk-23NSU4P6.js";
import "./chunks/chunk-B5I6QBMQ.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-3HRZ5C52.js";
import "./chunks/chunk-VEESNIL5.js";
import "./chunks/chunk-WTJ2AFVF.js";
import {
  formatBaseline,
  readBaseline,
  runScan,
  settle,
  writeBaseline
} from "./chunks/chunk-PJ3VYHIQ.js";
import {
  CompiledRules,
  StreamScanner,
  scanString
} from "./chunks/chunk-NSSYMS3V.js";
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunks/chunk-MBPIPIM5.js";
import {
  version
} from "./chunks/chunk-LWDNZSIP.js";
import {
  redactSecret
} from "./chunks/chunk-T5BUAX2I.js";
import "./chunks/chunk-IPD4WSVA.js";
import "./chunks/chunk-KR27X6RF.js";
import {
  findConfig,
  loadConfig,
  parseConfig
} from "./chunks/chunk-3DVWT4TM.js";
import "./chunks/chunk-DJMTJGV3.js";
import "./chunks/chunk-3MH3OYKU.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-BI647GDZ.js";
import "./chunks/chunk-OXNAY6N4.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-IV62LXCD.js";

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
