import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunks/chunk-DWUPJZ6L.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-72VT57JE.js";
import {
  audit,
  formatAuditJson,
  mergeAuditReports,
  parseAuditReport
} from "./chunks/chunk-HRF2HPQX.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-EWGX4W7J.js";
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
} from "./chunks/chunk-D2GFJXTA.js";
import "./chunks/chunk-ZHHEOBYL.js";
import {
  verifyFindings
} from "./chunks/chunk-N75TUDPX.js";
import "./chunks/chunk-5WI6BWJI.js";
import "./chunks/chunk-UCDQMYKO.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-HQMPNYNT.js";
import "./chunks/chunk-PHKUFKEY.js";
import "./chunks/chunk-EI4Q3NYD.js";
import {
  formatBaseline,
  readBaseline,
  runScan,
  settle,
  writeBaseline
} from "./chunks/chunk-APVTY4OY.js";
import {
  CompiledRules,
  StreamScanner,
  scanString
} from "./chunks/chunk-EC4WRE7H.js";
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunks/chunk-QKZMZNRC.js";
import {
  version
} from "./chunks/chunk-E7PWWUY2.js";
import {
  redactSecret
} from "./chunks/chunk-H4DPYPV2.js";
import "./chunks/chunk-WRNQB6ZF.js";
import "./chunks/chunk-7CLRDRJK.js";
import {
  findConfig,
  loadConfig,
  parseConfig
} from "./chunks/chunk-PXZW5RQU.js";
import "./chunks/chunk-67F7UJSQ.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-I36JKIRJ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-DAIUZSFK.js";

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
