import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunks/chunk-5QODACAZ.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-4A37WHLS.js";
import {
  audit,
  formatAuditJson,
  mergeAuditReports,
  parseAuditReport
} from "./chunks/chunk-AG2EFUJ4.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-BJTNPWBD.js";
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
} from "./chunks/chunk-NWZD7NNR.js";
import "./chunks/chunk-JW4MQBZQ.js";
import {
  verifyFindings
} from "./chunks/chunk-Q4W6237X.js";
import "./chunks/chunk-W62GK4NF.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-PF5Z4QCY.js";
import "./chunks/chunk-FFOVXZ4P.js";
import "./chunks/chunk-O3EUSGGP.js";
import {
  formatBaseline,
  readBaseline,
  runScan,
  settle,
  writeBaseline
} from "./chunks/chunk-2V47WX7C.js";
import {
  CompiledRules,
  StreamScanner,
  scanString
} from "./chunks/chunk-BR6WLJ7O.js";
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunks/chunk-Z6AIOYJI.js";
import {
  version
} from "./chunks/chunk-DZCJE5YT.js";
import {
  redactSecret
} from "./chunks/chunk-XM42QXS4.js";
import "./chunks/chunk-TE7LGCR3.js";
import "./chunks/chunk-PJ7NPWFK.js";
import {
  findConfig,
  loadConfig,
  parseConfig
} from "./chunks/chunk-5DMJ2RW6.js";
import "./chunks/chunk-FCZ2VCHC.js";
import "./chunks/chunk-ROUWFKID.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-R3F5OEIM.js";
import "./chunks/chunk-4ROA7JYG.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-GOWGRVZG.js";

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
