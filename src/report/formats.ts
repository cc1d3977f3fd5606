/**
 * The report formats, by name: each a pure function from a result to the text to write. A new
 * format is one entry here (and its module); the CLI's --format takes its names from this table.
 */
import type { ScanResult } from '../types.js';
import { type Format, FORMATS, isFormat } from './format-names.js';
import { reportOfScan } from '../audit/build.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export interface FormatOptions {
  showSecrets: boolean;
  toolVersion: string;
  /** Text only: ANSI colours (the caller decides: a terminal, NO_COLOR, FORCE_COLOR). */
  color: boolean;
  /** Text only: findings and problems, no summary or advice. */
  quiet: boolean;
  /** Text only: the columns to fit (default 80). */
  width?: number;
  /** Text only: prefixed to paths so that they open from where the command ran (see text.ts). */
  pathPrefix?: string;
  /** HTML: the time ages are counted to; GitLab: when the scan ended (epoch ms; the caller's clock). Default: the newest commit found. */
  asOf?: number;
}

/** Without a clock, ages count up to the newest commit the result names (0 when it names none). */
function newestCommit(result: ScanResult): number {
  return Math.max(0, ...result.findings.map((f) => (f.commit ? Date.parse(f.commit.date) : 0)).filter((t) => !Number.isNaN(t)));
}

const FORMATTERS = {
  text: (result: ScanResult, options: FormatOptions) => formatText(result, options),
  json: (result: ScanResult, options: FormatOptions) => formatJson(result, options),
  sarif: (result: ScanResult, options: FormatOptions) => formatSarif(result, options),
  github: (result: ScanResult, options: FormatOptions) => formatGithub(result, options),
  gitlab: (result: ScanResult, options: FormatOptions) =>
    formatGitlab(result, { showSecrets: options.showSecrets, toolVersion: options.toolVersion, endedAt: options.asOf ?? newestCommit(result) }),
  html: (result: ScanResult, options: FormatOptions) =>
    formatHtml(reportOfScan(result, { toolVersion: options.toolVersion, showSecrets: options.showSecrets, asOf: options.asOf ?? newestCommit(result) })),
} as const satisfies Record<Format, (result: ScanResult, options: FormatOptions) => string>;

export { type Format, FORMATS, isFormat };

export function formatReport(format: Format, result: ScanResult, options: FormatOptions): string {
  return FORMATTERS[format](result, options);
}
