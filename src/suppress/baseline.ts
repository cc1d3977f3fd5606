/**
 * Baselines: today's findings recorded so that later runs report only new ones. The file holds no
 * secret, no time and no line number (an entry is its fingerprint: rule, path, secret and which
 * occurrence in the file), and is sorted by what identifies an entry: moving lines, or re-writing
 * an unchanged tree, writes a byte-identical file.
 */
import { ConfigError, PdguardError, errorMessage, jsonSyntaxProblem } from '../errors.js';
import { writeFileSafely } from '../util/safe-write.js';
import type { Finding } from '../types.js';
import { BASELINE_LIMIT, RefusedRead, readBoundedFile } from '../util/read-bounded.js';

export interface BaselineEntry {
  fingerprint: string;
  secretHash: string;
  ruleId: string;
  path: string;
  /** History: the commit that introduced it. */
  commit?: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function formatBaseline(findings: readonly Finding[]): string {
  const entries = findings
    // A history finding's later places (renamed, moved) have fingerprints of their own: all accepted.
    .flatMap((f) => [f, ...(f.otherPlaces ?? [])])
    .map((f): BaselineEntry => {
      const entry: BaselineEntry = { fingerprint: f.fingerprint, secretHash: f.secretHash, ruleId: f.ruleId, path: f.path };
      if (f.commit) entry.commit = f.commit.sha;
      return entry;
    })
    .sort((a, b) => compare(a.path, b.path) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint));
  const unique = entries.filter((e, i) => i === 0 || e.fingerprint !== entries[i - 1]!.fingerprint);
  return `${JSON.stringify({ version: 1, findings: unique } satisfies Baseline, null, 2)}\n`;
}

/** Writes the baseline; returns how many entries it holds. */
export function writeBaseline(file: string, findings: readonly Finding[]): number {
  const text = formatBaseline(findings);
  try {
    writeFileSafely(file, text, { userNamed: true });
  } catch (error) {
    if (error instanceof PdguardError) throw error;
    throw new ConfigError(`${file}: cannot write baseline (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
  }
  return (JSON.parse(text) as Baseline).findings.length;
}

/**
 * `followLinks`: the user named the file (`--baseline`, a `--config` file's `baseline:`); one a
 * configuration found in the tree names is read only as a regular file, never through a link.
 */
export function readBaseline(file: string, { followLinks = true }: { followLinks?: boolean } = {}): Set<string> {
  let text: string;
  try {
    text = readBoundedFile(file, BASELINE_LIMIT, { followLinks });
  } catch (error) {
    if (error instanceof RefusedRead && error.kind !== 'missing') throw new ConfigError(`${file}: baseline not read: it ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${file}: cannot read baseline (${code ?? errorMessage(error)}); create one with --write-baseline`);
  }
  return parseBaseline(file, text);
}

/** A baseline's fingerprints from its text (`file` names it in messages: a path, or a commit's `sha:path`). */
export function parseBaseline(file: string, text: string): Set<string> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: cannot read baseline (${jsonSyntaxProblem(error)}); create one with --write-baseline`);
  }
  const findings = (doc as Baseline | null)?.findings;
  if (!Array.isArray(findings) || !findings.every((f) => typeof f?.fingerprint === 'string')) {
    throw new ConfigError(`${file}: not a pdguard baseline (expected {"version": 1, "findings": [{"fingerprint": ...}]})`);
  }
  return new Set(findings.map((f) => f.fingerprint));
}
