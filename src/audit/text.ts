/**
 * An audit for people, on a terminal: the to-do list, most urgent first. Each credential once, with
 * where it is, since when, who committed it, which refs still reach it, whether a history rewrite is
 * needed, and the rotation steps for its kind.
 */
import { escapeControls } from '../report/layout.js';
import { plural } from '../report/present.js';
import type { AuditReport, Credential, RepositoryExposure } from './model.js';
import { keptByForge, pullRequestForge } from './refs.js';
import { credentialKind } from './rotation.js';

export interface AuditTextOptions {
  color: boolean;
  quiet?: boolean;
}

type Paint = (code: string, text: string) => string;

const short = (ref: string): string => ref.replace(/^refs\/(heads|tags|remotes)\//, '');

export function statusWord(c: Credential): string {
  if (!c.verification) return 'not verified';
  return c.verification.status === 'live' ? 'LIVE' : c.verification.status;
}

/** What removing it takes, plainly. */
export function remedyText(c: Credential): string {
  const e = c.exposure;
  if (!e) return 'Exposure not computed (run pdguard audit for it).';
  if (e.remedy === 'forge-keeps') {
    return 'Rotate it. Only pull request refs reach it, and the forge keeps them: deleting the branch does not remove it, and no push or history rewrite can (only the forge\'s support can purge them).';
  }
  if (e.remedy === 'rewrite-history') {
    return 'Rotate it. It is reachable from a published ref (a remote-tracking branch or a tag): deleting the file leaves it in history; only a history rewrite (git filter-repo, then a force push and every clone re-cloned) removes it.';
  }
  if (e.remedy === 'delete-file') {
    return 'Rotate it. Only unpublished local branches hold it: delete it there (amend or rebase those commits) before they are pushed.';
  }
  return 'No ref reaches it any more; rotate it if it was ever pushed.';
}

function repositoryLine(r: RepositoryExposure): string {
  const parts: string[] = [];
  if (r.onDefaultBranch) parts.push(`in ${short(r.defaultBranch ?? 'the default branch')} today`);
  else if (r.removed) parts.push(`removed in ${r.removed.sha.slice(0, 10)} on ${r.removed.date.slice(0, 10)}`);
  const others = r.presentAt.filter((ref) => ref !== r.defaultBranch);
  if (others.length) parts.push(`still in ${others.map(short).join(', ')}`);
  // Refs the forge keeps are said with what that means; the others are listed as they are.
  const kept = keptByForge(r.refs);
  const plainRefs = r.refs.filter((ref) => pullRequestForge(ref) === null);
  if (plainRefs.length || !kept) parts.push(plainRefs.length ? `reachable from ${plural(plainRefs.length, 'ref')}: ${plainRefs.map(short).join(', ')}` : 'no ref reaches it');
  if (kept) parts.push(kept);
  return `${r.repository}: ${parts.join('; ')}`;
}

function credentialBlock(c: Credential, paint: Paint, quiet: boolean): string[] {
  const kind = credentialKind(c.ruleId);
  const status = statusWord(c);
  const head = [
    paint('1', `#${c.priority.rank}`),
    c.verification?.status === 'live' ? paint('1;31', status) : status,
    paint('1', `${c.ruleName}`),
    paint('1', c.secret),
    paint('2', `(${c.ruleId}; ${plural(c.occurrences.length, 'occurrence')}; secretHash ${c.secretHash.slice(0, 12)})`),
  ];
  const out = [head.join('  ')];
  const e = c.exposure;
  if (e?.introduced) {
    const who = e.introduced.author ? ` by ${e.introduced.author}${e.introduced.email ? ` <${e.introduced.email}>` : ''}` : '';
    const age = c.priority.ageDays !== null ? ` (${plural(c.priority.ageDays, 'day')} ago)` : '';
    out.push(`    introduced ${e.introduced.date.slice(0, 10)}${age} in ${e.introduced.sha.slice(0, 10)}${who}`);
  }
  if (c.priority.pastLifetime && kind.lifetime) out.push(`    older than its lifetime (${kind.lifetime}): probably expired by itself; only --verify tells`);
  if (c.verification) out.push(`    verification: ${c.verification.status}: ${c.verification.reason}`);
  for (const r of e?.byRepository ?? []) out.push(`    ${repositoryLine(r)}`);
  for (const o of c.occurrences) {
    const commit = o.commit ? `  commit ${o.commit.sha.slice(0, 10)} ${o.commit.date.slice(0, 10)} ${o.commit.author}` : '';
    out.push(paint('2', `      ${o.repository ? `${o.repository}: ` : ''}${o.path}:${o.line}:${o.column}${commit}`));
  }
  out.push(`    ${remedyText(c)}`);
  if (!quiet) kind.steps.forEach((step, i) => out.push(paint('2', `      ${i + 1}. ${step}`)));
  return out;
}

/** `value` with every string in it passed through `escape` (a report is plain data: no cycles, a few levels deep). */
function mapStrings<T>(value: T, escape: (text: string) => string): T {
  if (typeof value === 'string') return escape(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, escape)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, escape)])) as T;
  }
  return value;
}

export function formatAuditText(hostile: AuditReport, options: AuditTextOptions): string {
  // Every field may come from a repository or a merged file: none may draw on the terminal.
  const report = mapStrings(hostile, escapeControls);
  const paint: Paint = options.color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_, text) => text;
  const s = report.summary;
  const out: string[] = [];
  for (const c of report.credentials) out.push(...credentialBlock(c, paint, Boolean(options.quiet)), '');
  const where = `${plural(s.repositories, 'repository', 'repositories')}`;
  if (!s.credentials) {
    // Never a tick over an audit that could not look everywhere.
    out.push(`${report.incomplete ? paint('33', '⚠') : paint('32', '✔')} No PagerDuty credentials found in ${where}${s.suppressed ? ` (${s.suppressed} suppressed)` : ''}.`);
  } else {
    const verified = s.credentialsUnverified < s.credentials ? `${s.credentialsLive} live, ${s.credentialsDead} dead, ${s.credentialsUnknown} unknown` : 'not verified (add --verify)';
    out.push(
      `${paint('1;31', '✖')} ${plural(s.credentials, 'PagerDuty credential')} (${plural(s.occurrences, 'occurrence')}) in ${where}: ${verified}; ` +
        `${s.onDefaultBranch} on a default branch today, ${s.needHistoryRewrite} ${s.needHistoryRewrite === 1 ? 'needs' : 'need'} a history rewrite${s.pastLifetime ? `, ${s.pastLifetime} past ${s.pastLifetime === 1 ? 'its' : 'their'} lifetime` : ''}${s.suppressed ? `; ${s.suppressed} suppressed` : ''}.`,
    );
  }
  for (const u of report.unaudited) out.push(paint('33', `⚠ not audited: ${u.path}: ${u.reason}`));
  if (report.unaudited.length) {
    out.push(paint('33', `⚠ The audit is incomplete: ${plural(report.unaudited.length, 'repository', 'repositories')} could not be audited (listed above).`));
  } else if (report.incomplete) out.push(paint('33', '⚠ The audit is incomplete: some content could not be read (see --format json).'));
  return `${out.join('\n')}\n`;
}
