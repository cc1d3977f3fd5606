import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanStaged
} from "./chunks/chunk-3JJR53JL.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-DSZUCGCE.js";
import {
  audit,
  formatAuditJson,
  mergeAuditReports,
  parseAuditReport
} from "./chunks/chunk-DZPZMOHI.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-5KD7FH2U.js";
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
} from "./chunks/chunk-2TC3TJHC.js";
import "./chunks/chunk-K4MRGMEA.js";
import {
  verifyFindings
} from "./chunks/chunk-LY4OFQ4B.js";
import "./chunks/chunk-NHZE6V5N.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-3DCVPV5F.js";
import "./chunks/chunk-M2SPRMBK.js";
import "./chunks/chunk-HKFEKPBV.js";
import {
  formatBaseline,
  readBaseline,
  runScan,
  settle,
  writeBaseline
} from "./chunks/chunk-MLPX2ECL.js";
import {
  CompiledRules,
  StreamScanner,
  scanString
} from "./chunks/chunk-EVO234YX.js";
import {
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
} from "./chunks/chunk-2WRMVLD3.js";
import {
  version
} from "./chunks/chunk-DOS6SLAL.js";
import {
  redactSecret
} from "./chunks/chunk-FU5UCRW7.js";
import "./chunks/chunk-G5EGA7ET.js";
import "./chunks/chunk-O6JQZ2LX.js";
import {
  findConfig,
  loadConfig,
  parseConfig
} from "./chunks/chunk-QX5IIWIP.js";
import "./chunks/chunk-67F7UJSQ.js";
import "./chunks/chunk-3D327JVE.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError
} from "./chunks/chunk-OIFWPQQO.js";
import "./chunks/chunk-KGIJK6M3.js";
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
