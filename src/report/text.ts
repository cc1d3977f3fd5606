/**
 * `--format text`: for people. Findings grouped by file (live ones first), a summary line, and
 * what to do next, fitted to the terminal's width: lines break between words only, with a
 * hanging indent. Everything that comes from the scanned data (paths, authors, rule names,
 * reasons) has its control characters escaped, so that a file name cannot draw on the terminal.
 * Colour only when the caller says so.
 */
import { isAbsolute, posix } from 'node:path';
import type { Finding, ScanResult, Severity } from '../types.js';
import { DEFAULT_WIDTH, escapeControls as safe, wrapWords } from './layout.js';
import { ROTATE_ADVICE, allowAdvice, describeSuppressions, formatBytes, otherSkips, plural, shownSecret, summarize, unreadablePaths } from './present.js';
import { grouped, grouped2 } from '../util/number.js';

export interface TextOptions {
  showSecrets: boolean;
  color: boolean;
  /** Findings and problems only: no summary, no advice, nothing at all on a clean run. */
  quiet?: boolean;
  /** Columns to fit (the terminal's); 80 when not given, as for a pipe or a file. */
  width?: number;
  /**
   * Where the report's paths start, seen from the directory the command ran in (`../app/`,
   * `services/api/`): prefixed to each path so that a terminal or an editor can open it.
   */
  pathPrefix?: string;
}

type Paint = (code: string, text: string) => string;

const SEVERITY_COLOR: Record<Severity, string> = { critical: '1;31', high: '31', medium: '33', low: '36' };
/** Where a finding's text starts: after `  LINE:COL` and the severity. */
const FINDING_INDENT = 20;
const SKIPS_LISTED = 20;
/** Ignored paths named in the summary; the JSON report carries the count and more names. */
const IGNORED_LISTED = 3;

function seconds(ms: number): string {
  return grouped2(ms / 1000);
}

function describeScan(result: ScanResult): string {
  const s = result.scan;
  const what =
    s.mode === 'history' || s.mode === 'pre-push'
      ? `${plural(s.commitsScanned, 'commit')}, ${plural(s.blobsScanned, 'blob')}`
      : plural(s.filesScanned, 'file');
  return `${cacheNote(s)}${what}, ${formatBytes(s.bytesScanned)} scanned in ${seconds(s.durationMs)} s`;
}

/** What the history cache answered for, before this run's own counts: `no new commits since the last run (...); `. */
function cacheNote(s: ScanResult['scan']): string {
  if (!s.cached) return '';
  const covered = [s.cached.commits ? plural(s.cached.commits, 'commit') : '', s.cached.blobs ? plural(s.cached.blobs, 'clean blob') : ''].filter(Boolean).join(' and ');
  const lead = s.cached.commits && s.commitsScanned === 0 ? 'No new commits since the last run' : 'Reused';
  return `${lead} (${covered} from the history cache); this run: `;
}

/** How many files or blobs --max-file-size left unread. */
const tooLarge = (result: ScanResult): number => result.scan.skipped.filter((s) => s.kind === 'too-large').length;

/** Not one file, blob or byte read, and no history cache answering for what was not read again. */
const nothingRead = (result: ScanResult): boolean =>
  result.scan.filesScanned === 0 && result.scan.blobsScanned === 0 && result.scan.bytesScanned === 0 && !result.scan.cached;

const NOTHING_HINT: Partial<Record<ScanResult['scan']['mode'], string>> = {
  files: '; check the paths, --include, --exclude and the exclude: list of .pdguard.yaml',
};

/** `where`'s details, each word painted on its own so that colour never spans a line break. */
const dim = (paint: Paint, text: string): string => text.split(' ').map((word) => (word ? paint('2', word) : word)).join(' ');

function findingLines(f: Finding, options: TextOptions, paint: Paint, lifetime: string | undefined, width: number): string[] {
  const where = `${grouped(f.line)}:${grouped(f.column)}`.padEnd(8);
  const severity = paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase().padEnd(8));
  const details = [safe(f.ruleId), `${f.confidence} confidence`];
  if (f.region) details.push(`region ${f.region}`);
  if (f.decoded) details.push(`decoded from ${safe(f.decoded)}`);
  if (f.commit) details.push(`commit ${safe(f.commit.sha.slice(0, 10))} by ${safe(f.commit.author)} on ${safe(f.commit.date.slice(0, 10))}`);
  // An old token may have expired by itself: say so (the date is the commit's, above), but only verification knows.
  if (f.commit && lifetime && !f.verification) details.push(`${safe(lifetime)}; --verify tells whether it still works`);
  if (f.verification) {
    const v = f.verification;
    const status = v.status === 'live' ? paint('1;31', 'LIVE') : v.status;
    details.push(`${status}: ${safe(v.reason)}`);
  }
  // What `pdguard allow` takes to allow this finding.
  details.push(`fingerprint ${f.fingerprint.slice(0, 12)}`);
  const secret = paint('1', safe(shownSecret(f, options.showSecrets)));
  const text = `${safe(f.ruleName)}  ${secret}  ${dim(paint, `(${details.join('; ')})`)}`;
  return wrapWords(text, width, `  ${where}${severity}  `, ' '.repeat(FINDING_INDENT));
}

/** The report's path as seen from where the command ran. */
function shownPath(path: string, prefix: string | undefined): string {
  return prefix && !isAbsolute(path) ? posix.join(prefix, path) : path;
}

export function formatText(result: ScanResult, options: TextOptions): string {
  const paint: Paint = options.color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_, text) => text;
  const width = options.width ?? DEFAULT_WIDTH;
  const wrap = (text: string, indent = '  '): string[] => wrapWords(text, width, '', indent);
  // Paragraphs, printed with a blank line between them.
  const blocks: string[][] = [];
  const byPath = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byPath.get(f.path) ?? [];
    list.push(f);
    byPath.set(f.path, list);
  }
  // Live findings are incidents: their files come first.
  const paths = [...byPath.keys()].sort((a, b) => {
    const live = (p: string) => (byPath.get(p)!.some((f) => f.verification?.status === 'live') ? 0 : 1);
    return live(a) - live(b);
  });
  const lifetimes = new Map(result.rules.map((r) => [r.id, r.lifetime]));
  const liveFirst = (a: Finding, b: Finding) => Number(b.verification?.status === 'live') - Number(a.verification?.status === 'live');
  for (const path of paths) {
    blocks.push([
      paint('1;4', safe(shownPath(path, options.pathPrefix))),
      ...[...byPath.get(path)!].sort(liveFirst).flatMap((f) => findingLines(f, options, paint, lifetimes.get(f.ruleId), width)),
    ]);
  }

  const status: string[] = [];
  if (!options.quiet) {
    const summary = summarize(result);
    const by = describeSuppressions(result);
    const suppressed = summary.suppressed ? ` (${grouped(summary.suppressed)} suppressed${by ? `: ${by}` : ''})` : '';
    if (result.findings.length === 0 && nothingRead(result)) {
      // Nothing read is not "nothing there": a glob or a path that matched nothing must not look clean.
      status.push(...wrap(`${paint('33', '⚠')} Nothing was scanned: ${describeScan(result)}${NOTHING_HINT[result.scan.mode] ?? ''}.`));
    } else if (result.findings.length === 0 && tooLarge(result) === 0) {
      status.push(...wrap(`${paint('32', '✔')} No PagerDuty credentials found${suppressed}. ${describeScan(result)}.`));
    } else if (result.findings.length === 0) {
      // What --max-file-size left unread was not searched: no tick for it (the warning below says what).
      status.push(...wrap(`No PagerDuty credentials found in what was read${suppressed}. ${describeScan(result)}.`));
    } else {
      const count = grouped;
      const verified = result.findings.some((f) => f.verification) ? `; ${count(summary.live)} live, ${count(summary.dead)} dead, ${count(summary.unknown)} unknown` : '';
      status.push(
        ...wrap(`${paint('1;31', '✖')} ${plural(result.findings.length, 'PagerDuty credential')} found in ${plural(byPath.size, 'file')}${suppressed}${verified}. ${describeScan(result)}.`),
      );
    }
  }
  // An incomplete scan is an error: it is told even under --quiet.
  const unreadable = unreadablePaths(result);
  if (unreadable.length) {
    status.push(paint('33', `⚠ The scan is incomplete: ${plural(unreadable.length, 'path')} could not be read:`));
    for (const s of unreadable.slice(0, SKIPS_LISTED)) status.push(...wrapWords(`${safe(shownPath(s.path, options.pathPrefix))}: ${safe(s.reason)}`, width, '    ', '      '));
    if (unreadable.length > SKIPS_LISTED) status.push(`    … and ${grouped(unreadable.length - SKIPS_LISTED)} more (see --format json)`);
  }
  // What --max-file-size left unread: told even under --quiet, since a key there was not looked for.
  const unread = tooLarge(result);
  const unit = result.scan.mode === 'history' || result.scan.mode === 'pre-push' ? 'blob' : 'file';
  if (unread) status.push(...wrap(`${paint('33', '⚠')} ${plural(unread, unit)} larger than --max-file-size ${unread === 1 ? 'was' : 'were'} not read, so not searched (listed with --format json).`));
  // What pdguard could not learn (and scanned more for): told even under --quiet, as an incomplete scan is.
  for (const warning of result.scan.warnings ?? []) status.push(...wrap(`${paint('33', '⚠')} ${safe(warning)}`));
  // What .gitignore left out is told beside the tick, so that ✔ never hides an ignored `.env`.
  const ignored = result.scan.ignored ?? 0;
  if (ignored && !options.quiet) {
    const named = (result.scan.ignoredPaths ?? []).slice(0, IGNORED_LISTED).map((p) => safe(shownPath(p, options.pathPrefix)));
    const list = `${named.join(', ')}${ignored > named.length ? ', …' : ''}`;
    status.push(...wrap(`${plural(ignored, 'path')} ignored by .gitignore (${list}): --no-gitignore to scan them.`).map((l) => paint('2', l)));
  }
  const skips = otherSkips(result);
  if (skips.length && !options.quiet) {
    const count = result.scan.skipped.length - unreadable.length;
    status.push(...wrap(`Skipped ${plural(count, 'path')}: ${skips.map(([r, n]) => `${grouped(n)} ${safe(r)}`).join(', ')}.`).map((l) => paint('2', l)));
  }
  if (status.length) blocks.push(status);

  if (result.findings.length && !options.quiet) {
    const advice = [paint('1', 'What to do, for each credential above:')];
    const rules = new Map<string, Finding>();
    for (const f of result.findings) if (!rules.has(f.ruleId)) rules.set(f.ruleId, f);
    for (const f of rules.values()) {
      advice.push(...wrapWords(`${paint('1', `${safe(f.ruleName)}:`)} ${safe(f.remediation)} ${safe(f.helpUri)}`, width, '  ', '    '));
    }
    advice.push(...wrapWords(ROTATE_ADVICE, width, '  ', '    '), ...wrapWords(allowAdvice((name) => paint('1', name)), width, '  ', '    '));
    blocks.push(advice);
  }
  return blocks.length ? `${blocks.map((b) => b.join('\n')).join('\n\n')}\n` : '';
}
