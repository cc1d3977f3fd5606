/**
 * Every command's modules but the pre-commit hook's, loaded together when one of them runs. The
 * bundle splits where main.ts imports dynamically, and the files are as many as the ways modules
 * are shared between the places it splits: one place for all of these keeps the hook's `staged`
 * to main's own few files (scripts/build.mjs).
 */
export { scanHistory } from '../commands/history.js';
export { parsePrePushLines, scanPrePush } from '../commands/prepush.js';
export { allowFindings } from '../commands/allow.js';
export { runAudit, runReportMerge } from './audit.js';
export { installHook, uninstallHook } from '../hook/install.js';
export { scan } from '../commands/scan.js';
export { formatReport } from '../report/formats.js';
export { formatRulesJson, formatRulesText } from '../report/rules.js';
