/** The pdguard library: the same scan the CLI runs, for programs. */
export { scan, type ScanOptions } from './scan.js';
export { loadPatterns, compilePatternFile } from './patterns/load.js';
export { Engine, StreamScanner, scanString } from './engine/stream.js';
export { findConfig, loadConfig, parseConfig, type Config, type AllowEntry } from './config.js';
export { formatJson, summarize, type ReportOptions } from './report/json.js';
export { formatText, type TextOptions } from './report/text.js';
export { formatRulesJson, formatRulesText } from './report/rules.js';
export { redactSecret } from './report/redact.js';
export { formatBaseline, readBaseline, writeBaseline } from './suppress/baseline.js';
export { PdguardError, UsageError, ConfigError, PatternError, InputError } from './errors.js';
export { version } from './package-info.js';
export type * from './types.js';
