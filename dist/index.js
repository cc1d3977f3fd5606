import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  FORMATS,
  formatBaseline,
  formatGithub,
  formatJson,
  formatReport,
  formatRulesJson,
  formatRulesText,
  formatSarif,
  formatText,
  readBaseline,
  scan,
  summarize,
  writeBaseline
} from "./chunks/chunk-6QOBT6JE.js";
import "./chunks/chunk-4G6V52UV.js";
import {
  verifyFindings
} from "./chunks/chunk-B4UUB4YS.js";
import "./chunks/chunk-GZYXQ6EO.js";
import {
  scanStaged
} from "./chunks/chunk-2RNUPJKQ.js";
import {
  parsePrePushLines,
  scanPrePush
} from "./chunks/chunk-LT6XL6XV.js";
import {
  scanHistory,
  scanRevisions
} from "./chunks/chunk-2U272WFH.js";
import "./chunks/chunk-JRCDS5PK.js";
import {
  compilePatternDocument,
  compilePatternFile,
  findConfig,
  loadConfig,
  loadPatterns,
  parseConfig,
  runScan,
  settle
} from "./chunks/chunk-LK33PIOW.js";
import {
  CompiledRules,
  StreamScanner,
  scanString
} from "./chunks/chunk-HIZSBGZ2.js";
import {
  redactSecret
} from "./chunks/chunk-QQ5OGVZD.js";
import {
  installHook,
  uninstallHook
} from "./chunks/chunk-WKGXKF5K.js";
import "./chunks/chunk-PKBXW7DM.js";
import {
  version
} from "./chunks/chunk-LDDEAZUZ.js";
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
  compilePatternDocument,
  compilePatternFile,
  findConfig,
  formatBaseline,
  formatGithub,
  formatJson,
  formatReport,
  formatRulesJson,
  formatRulesText,
  formatSarif,
  formatText,
  installHook,
  loadConfig,
  loadPatterns,
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
