/**
 * `pdguard allow FINGERPRINT... --reason TEXT` and `pdguard allow --last --reason TEXT`: a finding
 * that is not a secret, allowed in one step. Entries go into `.pdguard.yaml` through the `yaml`
 * Document API, so the file's comments, order and layout stay as the user wrote them.
 *
 * `--last` (and short fingerprints, as the text report prints them) use the last run's record:
 * every scanning run in a repository leaves one in its git directory (never in the work tree,
 * never committed), holding fingerprints, secret hashes, rule ids and paths: never a secret.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { YAMLMap } from 'yaml';
import { CONFIG_FILE_NAME, parseConfig, workTreeTop } from '../config/config.js';
import { ConfigError, UsageError, errorMessage } from '../errors.js';
import { refuseLink, writeFileSafely } from '../util/safe-write.js';
import { CONFIG_LIMIT, RefusedRead, readBoundedFile } from '../util/read-bounded.js';
import { yaml } from '../util/yaml.js';
import { type LastRun, type RecordedFinding, readLastRun } from './last-run.js';

/** The shortest fingerprint prefix taken: 32 bits, and the record says whether it is unique. */
export const SHORT_FINGERPRINT = 12;
const MIN_PREFIX = 8;

export interface AllowOptions {
  /** Where the command runs: its repository holds the last-run record. */
  cwd: string;
  fingerprints: string[];
  last: boolean;
  reason: string;
  /** The configuration file to write (default: the one the last run used, else `.pdguard.yaml` at the repository top). */
  config?: string;
}

interface Chosen {
  fingerprint: string;
  /** What the entry's comment says: rule and path, when the record knows them. */
  about?: string;
}

function choose(options: AllowOptions, record: LastRun | null): Chosen[] {
  const about = (f: RecordedFinding): string => `${f.ruleId} in ${f.path}`;
  if (options.last) {
    if (options.fingerprints.length) throw new UsageError('give fingerprints or --last, not both');
    if (record === null) throw new UsageError('--last: no run recorded in this repository yet; run pdguard scan, history or staged first');
    if (record.findings.length === 0) throw new UsageError(`--last: the last run (${record.mode}) reported no findings; nothing to allow`);
    return record.findings.map((f) => ({ fingerprint: f.fingerprint, about: about(f) }));
  }
  if (options.fingerprints.length === 0) throw new UsageError('give the fingerprints to allow (the text report prints them), or --last');
  return options.fingerprints.map((given): Chosen => {
    const wanted = given.toLowerCase();
    if (!/^[0-9a-f]+$/.test(wanted) || wanted.length < MIN_PREFIX || wanted.length > 32) {
      throw new UsageError(`'${given}' is not a fingerprint (${MIN_PREFIX} to 32 hex digits, as the report prints them)`);
    }
    const matches = (record?.findings ?? []).filter((f) => f.fingerprint.startsWith(wanted));
    const distinct = [...new Set(matches.map((f) => f.fingerprint))];
    if (distinct.length > 1) throw new UsageError(`fingerprint '${given}' is ambiguous in the last run: give more of it (--format json shows it whole)`);
    if (distinct.length === 1) return { fingerprint: distinct[0]!, about: about(matches[0]!) };
    if (wanted.length === 32) return { fingerprint: wanted };
    throw new UsageError(
      `fingerprint '${given}' is not among the last run's findings in this repository; run the scan that reported it again, or give all 32 digits (--format json)`,
    );
  });
}

/** One allow entry as YAML lines at `indent` (the reason as a double-quoted, JSON-escaped scalar). */
function entryLines(entry: Chosen, reason: string, indent: string): string {
  return [
    ...(entry.about ? [`${indent}# ${entry.about.replace(/[\r\n]/g, ' ')}`] : []),
    `${indent}- fingerprint: ${entry.fingerprint}`,
    `${indent}  reason: ${JSON.stringify(reason)}`,
  ].join('\n');
}

const lineStartAt = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
/** Just after the newline that ends the line holding `at` (the text's end if none). */
const afterLineOf = (text: string, at: number): number => {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
};
const withNewline = (text: string): string => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

/**
 * The configuration's text with the entries added. The file is changed only where the entries go
 * (every other byte, comment and blank line stays), found through the Document API's node ranges;
 * a layout it cannot splice into (a flow list with entries) is re-printed by the same API, which
 * keeps comments too.
 */
function withEntries(text: string, file: string, entries: Chosen[], reason: string): string {
  const { isMap, isScalar, isSeq, parseDocument } = yaml();
  const doc = parseDocument(text);
  const top = doc.contents;
  if (top !== null && top !== undefined && !isMap(top)) throw new ConfigError(`${file}: must be a YAML mapping to add allow entries to it`);
  const pair = top ? (top as YAMLMap).items.find((item) => isScalar(item.key) && item.key.value === 'allow') : undefined;
  const block = (indent: string) => entries.map((e) => entryLines(e, reason, indent)).join('\n');
  if (!pair) return `${withNewline(text)}allow:\n${block('  ')}\n`;
  const value = pair.value as unknown;
  const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
  if ((value === null || (isScalar(value) && value.value === null)) && keyRange) {
    const at = afterLineOf(text, keyRange[1]);
    return `${withNewline(text.slice(0, at))}${block('  ')}\n${text.slice(at)}`;
  }
  if (!isSeq(value)) throw new ConfigError(`${file}: 'allow' must be a list to add entries to it`);
  const range = value.range;
  if (range && value.flow && value.items.length === 0) {
    // `allow: []` becomes a block list: one entry per line reads and diffs best.
    const lineEnd = afterLineOf(text, range[1]);
    const rest = text.slice(range[1], lineEnd).replace(/\n$/, ''); // a comment after `[]` stays on its line
    return `${text.slice(0, range[0]).replace(/[ \t]+$/, '')}${rest}\n${block('  ')}\n${text.slice(lineEnd)}`;
  }
  const last = value.items.at(-1) as { range?: [number, number, number] } | undefined;
  if (range && !value.flow && last?.range) {
    const indent = text.slice(lineStartAt(text, range[0]), range[0]);
    const at = afterLineOf(text, last.range[1] - 1);
    if (/^[ ]*$/.test(indent)) return `${withNewline(text.slice(0, at))}${block(indent)}\n${text.slice(at)}`;
  }
  for (const entry of entries) {
    const node = doc.createNode({ fingerprint: entry.fingerprint, reason });
    if (entry.about) node.commentBefore = ` ${entry.about}`;
    value.items.push(node);
  }
  return doc.toString();
}

/** Writes the entries; returns what to tell the user. */
export function allowFindings(options: AllowOptions): string {
  if (options.reason.trim() === '') throw new UsageError('--reason must say why these findings are allowed (it is kept beside each entry)');
  const record = readLastRun(options.cwd);
  const chosen = choose(options, record);
  const top = workTreeTop(options.cwd) ?? options.cwd;
  const file = resolve(options.cwd, options.config ?? (record?.config && (options.last || chosen.some((c) => c.about)) ? record.config : join(top, CONFIG_FILE_NAME)));

  let text = '';
  // As any configuration in a repository: a regular file, never through a link (nor written through one).
  refuseLink(file);
  if (existsSync(file)) {
    try {
      text = readBoundedFile(file, CONFIG_LIMIT);
    } catch (error) {
      if (error instanceof RefusedRead) throw new ConfigError(`${file}: configuration not read: it ${error.message}`);
      throw new ConfigError(`${file}: cannot read configuration (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
    }
  }
  // The file as it stands must be valid: an entry added to a broken file would hide the problem.
  const before = parseConfig(file, text);
  const already = new Set(before.allow.map((a) => a.fingerprint).filter(Boolean));
  const fresh = chosen.filter((entry) => !already.has(entry.fingerprint) && already.add(entry.fingerprint));
  const added = fresh.length;
  const skipped = chosen.length - added;
  const shown = relative(options.cwd, file) || file;
  if (added === 0) return `${shown} already allows ${chosen.length === 1 ? 'that finding' : `those ${chosen.length} findings`}; nothing changed`;
  const after = withEntries(text, file, fresh, options.reason);
  // What was written must read back as exactly these entries more.
  if (parseConfig(file, after).allow.length !== before.allow.length + added) {
    throw new ConfigError(`${file}: could not add the entries without changing its meaning; add them by hand (fingerprint and reason under allow:)`);
  }
  const mode = existsSync(file) ? statSync(file).mode & 0o777 : 0o644;
  try {
    writeFileSafely(file, after, mode);
  } catch (error) {
    if (error instanceof ConfigError || (error as { name?: string }).name === 'InputError') throw error;
    throw new ConfigError(`${file}: cannot write configuration (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
  }
  const count = `${added} finding${added === 1 ? '' : 's'}`;
  return `allowed ${count} in ${shown}${skipped ? ` (${skipped} already allowed)` : ''}; commit it so that hooks and CI allow ${added === 1 ? 'it' : 'them'} too`;
}
