import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunks/chunk-FW4NNIU4.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-IDDHJWXJ.js";
import {
  audit,
  formatAuditJson,
  mergeAuditReports,
  parseAuditReport
} from "./chunks/chunk-IUG7UJVI.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-H4RT56YQ.js";
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
} from "./chunks/chunk-MBTJ7ZYF.js";
import "./chunks/chunk-KDXRHRS7.js";
import {
  verifyFindings
} from "./chunks/chunk-KO35QSEE.js";
import "./chunks/chunk-5IDGGPE6.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-OHGTPSJN.js";
import "./chunks/chunk-X3QJ7SKY.js";
import "./chunks/chunk-OLRMT2DZ.js";
import {
  formatBaseline,
  readBaseline,
  runScan,
  settle,
  writeBaseline
} from "./chunks/chunk-T6QVW4QI.js";
import {
  CompiledRules,
  StreamScanner,
  scanString
} from "./chunks/chunk-QWJDJ7DZ.js";
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunks/chunk-FJIC3MPF.js";
import {
  version
} from "./chunks/chunk-CBTWAILB.js";
import {
  redactSecret
} from "./chunks/chunk-Z5IWFWL4.js";
import "./chunks/chunk-I67IKCBB.js";
import "./chunks/chunk-Y4Y4UEOK.js";
import {
  findConfig,
  loadConfig,
  parseConfig
} from "./chunks/chunk-UMTD2BHE.js";
import "./chunks/chunk-RORRDVPD.js";
import "./chunks/chunk-WSQTCVYD.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-7BN4HOER.js";
import "./chunks/chunk-S7HW53IV.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-JTFHSQVD.js";

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
