import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunks/chunk-43YJ6ESK.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-MSKGTN6K.js";
import {
  audit,
  formatAuditJson,
  mergeAuditReports,
  parseAuditReport
} from "./chunks/chunk-2EPL4XLS.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-ANKXUGVQ.js";
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
} from "./chunks/chunk-FQANKAP5.js";
import "./chunks/chunk-3GDG6JNS.js";
import {
  verifyFindings
} from "./chunks/chunk-6MQ4IKNG.js";
import "./chunks/chunk-GRRWVJWR.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-ENFQJ6MN.js";
import "./chunks/chunk-WONZMXDI.js";
import "./chunks/chunk-2HF3LQX2.js";
import {
  formatBaseline,
  readBaseline,
  runScan,
  settle,
  writeBaseline
} from "./chunks/chunk-NHFEIPST.js";
import {
  CompiledRules,
  StreamScanner,
  scanString
} from "./chunks/chunk-BUTBZK33.js";
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunks/chunk-5PYQAZPT.js";
import {
  version
} from "./chunks/chunk-P6RIFOG3.js";
import {
  redactSecret
} from "./chunks/chunk-NOS5PMWM.js";
import "./chunks/chunk-7M7RUOEO.js";
import "./chunks/chunk-VWLOOPEA.js";
import {
  findConfig,
  loadConfig,
  parseConfig
} from "./chunks/chunk-MHCENRUK.js";
import "./chunks/chunk-GQBJGLZO.js";
import "./chunks/chunk-VM56FIIS.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-OB6S2F6V.js";
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
