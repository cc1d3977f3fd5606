import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunks/chunk-L3ZB5DPY.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-HHC5LOU2.js";
import {
  audit,
  formatAuditJson,
  mergeAuditReports,
  parseAuditReport
} from "./chunks/chunk-LOLFIQXK.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-STEJHR2H.js";
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
} from "./chunks/chunk-T6FJZXJ7.js";
import "./chunks/chunk-3GDG6JNS.js";
import {
  verifyFindings
} from "./chunks/chunk-JQQRXGGA.js";
import "./chunks/chunk-7RSSIMV4.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-OCOA4MK7.js";
import "./chunks/chunk-RZFNEA6B.js";
import "./chunks/chunk-2X23UTQ2.js";
import {
  formatBaseline,
  readBaseline,
  runScan,
  settle,
  writeBaseline
} from "./chunks/chunk-LZ7LWDO4.js";
import {
  CompiledRules,
  StreamScanner,
  scanString
} from "./chunks/chunk-BUTBZK33.js";
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunks/chunk-T6PREGPS.js";
import {
  version
} from "./chunks/chunk-P6RIFOG3.js";
import {
  redactSecret
} from "./chunks/chunk-NOS5PMWM.js";
import "./chunks/chunk-CK5F4YA6.js";
import "./chunks/chunk-FKD4FBCO.js";
import {
  findConfig,
  loadConfig,
  parseConfig
} from "./chunks/chunk-SUIYNEBL.js";
import "./chunks/chunk-GQBJGLZO.js";
import "./chunks/chunk-J74XZJV2.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-EGWF7BTD.js";
import "./chunks/chunk-YE2C4FAM.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-53Z6J4HX.js";

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
