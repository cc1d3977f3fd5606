import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunks/chunk-K47DMDTF.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-7AIGHBQA.js";
import {
  audit,
  formatAuditJson,
  mergeAuditReports,
  parseAuditReport
} from "./chunks/chunk-LNYRFFTE.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-LP3WDH4P.js";
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
} from "./chunks/chunk-VZPNPY7I.js";
import "./chunks/chunk-GPXSVCQX.js";
import {
  verifyFindings
} from "./chunks/chunk-VVQPNYC7.js";
import "./chunks/chunk-GZYXQ6EO.js";
import "./chunks/chunk-3CMTPFHR.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-YZONRL6U.js";
import "./chunks/chunk-B6ZREYUF.js";
import "./chunks/chunk-IHFKGXA5.js";
import {
  formatBaseline,
  readBaseline,
  runScan,
  settle,
  writeBaseline
} from "./chunks/chunk-NLM5P433.js";
import {
  CompiledRules,
  StreamScanner,
  scanString
} from "./chunks/chunk-JFLITGH2.js";
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
import "./chunks/chunk-4CA6W4GR.js";
import "./chunks/chunk-QC5H7FIU.js";
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
