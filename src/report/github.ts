/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), escaped exactly as
 * @actions/core's issueCommand escapes them, secrets redacted unless asked otherwise.
 *
 * GitHub shows only the first few annotations of each level per step, so the most severe come first
 * (live, then severity, then confidence), in the result's order otherwise.
 */
import type { Finding, ScanResult } from '../types.js';
import { byPriority, describeFinding, describeSuppressions, findingLevel, findingTitle, plural, unreadablePaths } from './present.js';

export interface GithubOptions {
  showSecrets: boolean;
}

const COMMAND: Record<'error' | 'warning' | 'note', 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', note: 'notice' };
/** Unreadable paths named in the closing error; the JSON report lists them all. */
const MAX_LISTED_PATHS = 10;

/** Message data: as @actions/core's escapeData. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: as @actions/core's escapeProperty. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow command line. Like issueCommand, properties with an empty value are left out
 * (a line or column of 0 would be meaningless anyway).
 */
export function workflowCommand(command: string, properties: [string, string | number | undefined][], message: string): string {
  const props = properties
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}

function annotation(f: Finding, showSecrets: boolean): string {
  const title = findingTitle(f);
  const message = `${describeFinding(f, showSecrets)}\n${f.remediation}\n${f.helpUri}`;
  return workflowCommand(
    COMMAND[findingLevel(f)],
    [
      ['file', f.path],
      ['line', f.line],
      ['col', f.column],
      ['endLine', f.endLine],
      ['endColumn', f.endColumn],
      ['title', title],
    ],
    message,
  );
}

export function formatGithub(result: ScanResult, options: GithubOptions): string {
  const lines = byPriority(result.findings).map((f) => annotation(f, options.showSecrets));

  if (result.suppressed.length) {
    // Said out loud: a suppression that hides a finding (a pull request's own exclude) is seen in the log.
    lines.push(
      workflowCommand('notice', [['title', 'pdguard: suppressed findings']], `${plural(result.suppressed.length, 'finding')} suppressed: ${describeSuppressions(result)}.`),
    );
  }
  if (result.incomplete) {
    const unreadable = unreadablePaths(result);
    let message: string;
    if (unreadable.length) {
      const listed = unreadable.slice(0, MAX_LISTED_PATHS).map((s) => `${s.path} (${s.reason})`);
      const more = unreadable.length > MAX_LISTED_PATHS ? `, and ${unreadable.length - MAX_LISTED_PATHS} more (see --format json)` : '';
      message =
        `The scan is incomplete: ${plural(unreadable.length, 'path')} could not be read: ${listed.join(', ')}${more}. ` +
        'Credentials there were not looked for: make them readable or exclude them with --exclude.';
    } else {
      message = 'The scan is incomplete: something could not be read (see --format json).';
    }
    lines.push(workflowCommand('error', [['title', 'pdguard: scan incomplete']], message));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
