/**
 * `--debug` for the scanning commands: on stderr, what shaped the scan (configuration, filters,
 * ignore files), what was left out and why, every git process with its exit code and time, and
 * where the time went. It is told from names, counts and paths only: a secret has no way in
 * (of the report's findings only the rule, the place and the evidence labels are told), and every
 * line is escaped like the text report.
 */
import { loadConfig } from '../config/config.js';
import type { GitRunReport } from '../git/process.js';
import { escapeControls } from '../report/layout.js';
import type { Rule, ScanResult } from '../types.js';
import type { ScanFlags, ScanningFlags } from './options.js';
import { grouped } from '../util/number.js';

export type DebugLine = (text: string) => void;

/** Writes `pdguard: debug: …` lines to `stream`, one line each whatever the text holds. */
export function debugLines(stream: { write(text: string): unknown }): DebugLine {
  return (text) => stream.write(`pdguard: debug: ${escapeControls(text)}\n`);
}

/** One git process: its arguments (the door's neutral `-c` configuration is always there, and not repeated). */
export function describeGitRun(run: GitRunReport): string {
  return `git ${run.args.join(' ')} (in ${run.dir}): exit ${run.code ?? 'by signal'}, ${grouped(run.ms)} ms`;
}

export function describeRules(rules: readonly Rule[], ms: number): string {
  const files = [...new Set(rules.map((r) => r.source))];
  return `rules: ${rules.length} from ${files.join(', ')} (loaded in ${formatMs(ms)})`;
}

/** Skips listed one by one up to this many; the JSON report has them all. */
const SKIPS_LISTED = 200;

export interface Timings {
  rulesMs: number;
  /** Finding the repository, reading the configuration, scanning, suppressing and verifying: all of the command's own work. */
  runMs: number;
  totalMs: number;
}

/** What shaped the scan and what it left out, once it is done. */
export function describeScan(result: ScanResult, flags: ScanningFlags & Partial<Pick<ScanFlags, 'gitignore'>>, timings: Timings): string[] {
  const s = result.scan;
  const lines: string[] = [];
  lines.push(`mode: ${s.mode}; root: ${s.root}${s.revisions ? `; revisions: ${s.revisions}` : ''}`);
  if (s.config) {
    const config = loadConfig(s.config);
    lines.push(`configuration: ${s.config}${flags.config ? ' (--config)' : ''}; exclude: ${list(config.exclude)}; allow entries: ${config.allow.length}`);
  } else {
    lines.push('configuration: none (no .pdguard.yaml in the scanned root or at the top of its git work tree)');
  }
  lines.push(`filters: --include ${list(flags.include)}; --exclude ${list(flags.exclude)}`);
  if (s.mode === 'files') {
    const ignored = (s as { ignored?: number }).ignored;
    lines.push(
      flags.gitignore === false
        ? 'ignore files: not read (--no-gitignore)'
        : `ignore files: the .gitignore files of the scanned tree and of the directories above it, up to the top of its git work tree, are honoured${ignored !== undefined ? ` (${grouped(ignored)} left out)` : ''}; --no-gitignore reads everything`,
    );
  }
  if (flags.baseline) lines.push(`baseline: ${flags.baseline}`);
  const suppressedBy = new Map<string, number>();
  for (const f of result.suppressed) suppressedBy.set(f.suppressedBy ?? 'other', (suppressedBy.get(f.suppressedBy ?? 'other') ?? 0) + 1);
  lines.push(
    `findings: ${grouped(result.findings.length)} reported, ${grouped(result.suppressed.length)} suppressed${
      suppressedBy.size ? ` (${[...suppressedBy].map(([by, n]) => `${grouped(n)} by ${by}`).join(', ')})` : ''
    }`,
  );
  // What decided each finding: rule, place and evidence labels (never the secret).
  for (const f of result.findings.slice(0, SKIPS_LISTED)) {
    lines.push(`finding ${f.ruleId} at ${f.path}:${f.line}: ${f.evidence ? `evidence ${f.evidence.join(', ')}` : 'its pattern alone'}`);
  }
  lines.push(`skipped: ${grouped(s.skipped.length)}`);
  for (const skip of s.skipped.slice(0, SKIPS_LISTED)) lines.push(`skipped ${skip.path}: ${skip.reason}`);
  if (s.skipped.length > SKIPS_LISTED) lines.push(`skipped: … and ${grouped(s.skipped.length - SKIPS_LISTED)} more (see --format json)`);
  const otherMs = Math.max(0, timings.runMs - s.durationMs);
  lines.push(
    `timing: rules ${formatMs(timings.rulesMs)}, scan ${formatMs(s.durationMs)}, the rest (finding the repository, suppression, verification) ${formatMs(otherMs)}, total ${formatMs(timings.totalMs)}`,
  );
  return lines;
}

const formatMs = (n: number): string => `${grouped(Math.round(n))} ms`;
const list = (items: readonly string[]): string => (items.length ? items.join(', ') : 'none');
