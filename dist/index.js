import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunks/chunk-AFGJW6OO.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-WJEEFARZ.js";
import {
  audit,
  formatAuditJson,
  mergeAuditReports,
  parseAuditReport
} from "./chunks/chunk-EC7Z7BY6.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-5RROY47F.js";
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
} from "./chunks/chunk-YLZOT3SE.js";
import "./chunks/chunk-CUAGPBHV.js";
import {
  verifyFindings
} from "./chunks/chunk-VVQPNYC7.js";
import "./chunks/chunk-GZYXQ6EO.js";
import "./chunks/chunk-3CMTPFHR.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-6MAYBS6A.js";
import "./chunks/chunk-O3EVUP7J.js";
import "./chunks/chunk-RYTNM6FY.js";
import {
  formatBaseline,
  readBaseline,
  runScan,
  settle,
  writeBaseline
} from "./chunks/chunk-A7TUOZIP.js";
import {
  CompiledRules,
  StreamScanner,
  scanString
} from "./chunks/chunk-GTJG6YDM.js";
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunks/chunk-5T7XYCZZ.js";
import {
  version
} from "./chunks/chunk-MMBF3BGD.js";
import {
  redactSecret
} from "./chunks/chunk-QQ5OGVZD.js";
import "./chunks/chunk-4S3LATTK.js";
import "./chunks/chunk-PLHMHQ3O.js";
import {
  findConfig,
  loadConfig,
  parseConfig
} from "./chunks/chunk-M3ZM77O7.js";
import "./chunks/chunk-AUFZHZDB.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-LYLTTLW4.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-4XBH3REO.js";

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
