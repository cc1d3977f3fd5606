/**
 * One annotation per finding, the way `--format github` words them (redacted; the most severe
 * first, since GitHub shows only the first few of each level), as data for @actions/core.
 */
import { addedAllowFindings, addedAllowNote, byPriority, describeFinding, findingLevel, findingTitle } from '../report/present.js';
import type { Finding, ScanResult } from '../types.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: { title: string; file: string; startLine: number; endLine: number; startColumn: number; endColumn: number };
}

const LEVEL = { error: 'error', warning: 'warning', note: 'notice' } as const;

export function annotations(findings: readonly Finding[]): Annotation[] {
  return byPriority(findings).map((f) => ({
    level: LEVEL[findingLevel(f)],
    message: `${describeFinding(f, false)}\n${f.remediation}\n${f.helpUri}`,
    properties: {
      title: findingTitle(f),
      file: f.path,
      startLine: Math.max(1, f.line),
      endLine: Math.max(1, f.line, f.endLine),
      startColumn: Math.max(1, f.column),
      endColumn: Math.max(1, f.endColumn),
    },
  }));
}

/**
 * A warning at each finding whose `pdguard:allow` marker the change under review added, reported
 * or (where the base opts in) suppressed: a reviewer sees every such marker on the diff.
 */
export function addedMarkerAnnotations(result: ScanResult): Annotation[] {
  return addedAllowFindings(result).map((f) => ({
    level: 'warning',
    message: `${f.ruleName} in ${f.path} at line ${f.line}: ${f.redacted}. ${addedAllowNote(f)}`,
    properties: {
      title: 'pdguard:allow added by this change',
      file: f.path,
      startLine: Math.max(1, f.line),
      endLine: Math.max(1, f.line, f.endLine),
      startColumn: Math.max(1, f.column),
      endColumn: Math.max(1, f.endColumn),
    },
  }));
}
