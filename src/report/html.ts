/**
 * `--format html`: one self-contained file to hand over after a leak. No external script, style,
 * font or image, and a Content-Security-Policy that forbids the browser any request, so it works
 * offline and tells nobody it was opened. Secrets appear as the report holds them (redacted unless
 * --show-secrets).
 *
 * Everything in a report may be hostile: what the scanned repositories hold (paths, names, refs,
 * messages) and, for `report merge`, every field of the JSON files merged. So markup is only ever
 * built with the `html` tag below, which escapes every value put into it (strings, numbers, all)
 * unless it is markup the tag built itself; links leave only to https. And the page runs under a
 * Content-Security-Policy that allows no script and no style but its own, by their SHA-256: markup
 * that got in anyway could not run.
 *
 * Summary counts, a timeline (introduced → removed, or → today), a table that sorts on a header
 * click, and per credential: its occurrences (linked to the commit and the file at the line on
 * GitHub or GitLab), its exposure per repository, what removing it takes, and the rotation steps.
 */
import { createHash } from 'node:crypto';
import { commitLink, fileLink } from '../audit/forge.js';
import type { AuditReport, Credential, Forge, Occurrence, RepositoryExposure } from '../audit/model.js';
import { credentialKind } from '../audit/rotation.js';
import { remedyText, statusWord } from '../audit/text.js';
import { keptByForge } from '../audit/refs.js';
import { plural } from './present.js';
import { grouped } from '../util/number.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Markup built by the `html` tag: the only thing put into a page unescaped. */
class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === null || part === undefined || part === false) return '';
  return escapeHtml(String(part));
}

/** A template of markup: every value in it is escaped, but markup made by this tag (and lists of it). */
function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => (out += render(value) + strings[i + 1]!));
  return new Html(out);
}

/** Only https links leave the report (forge URLs are built from the remote, never taken from it whole). */
function link(href: string | null, text: Part): Html {
  return href && /^https:\/\/[^\s"'<>\\`]+$/.test(href) ? html`<a href="${href}" rel="noreferrer noopener">${text}</a>` : html`${text}`;
}

const short = (ref: string): string => ref.replace(/^refs\/(heads|tags|remotes)\//, '');
const day = (iso: string | undefined | null): string => (iso ? iso.slice(0, 10) : '');

const REACH_LABEL: Record<Credential['priority']['reach'], string> = {
  'default-branch': 'default branch today',
  'tag-or-default-history': 'tag / default-branch history',
  branch: 'feature branches only',
  none: 'unreachable',
  'not-computed': 'not computed',
};

const STYLE = `
:root{color-scheme:light dark;--fg:#1b1f24;--bg:#fff;--muted:#57606a;--line:#d0d7de;--live:#c62828;--dead:#2e7d32;--unknown:#9a6700;--bar:#5b7bd5;--accent:#f6f8fa}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#8b949e;--line:#30363d;--accent:#161b22;--bar:#7d9cf0}}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0;padding:24px;max-width:1200px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}h3{font-size:15px;margin:0}h3.inline{display:inline}
.meta,.muted{color:var(--muted)}code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0}.card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:120px;background:var(--accent)}
.card b{display:block;font-size:22px}.card.live b{color:var(--live)}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{cursor:pointer;user-select:none;white-space:nowrap;background:var(--accent)}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
.status{font-weight:600;text-transform:uppercase;font-size:12px}.status.live{color:var(--live)}.status.dead{color:var(--dead)}.status.unknown,.status.unverified{color:var(--unknown)}
.tag{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 7px;margin:1px 2px;font-size:12px}
.warn{color:var(--live);font-weight:600}
details{border:1px solid var(--line);border-radius:8px;margin:10px 0;padding:8px 12px}summary{cursor:pointer}
details ol{margin:6px 0 6px 20px;padding:0}svg text{fill:var(--fg);font-size:11px}svg .axis{stroke:var(--line)}
svg .bar{fill:var(--bar);opacity:.75}svg .bar.open{opacity:1}svg .dot{fill:var(--fg)}svg .gone{fill:var(--dead)}
`;

/** Sorting the table: numbers by data-sort, text otherwise; stable; keyboard friendly. */
const SCRIPT = `
(function(){
  var table=document.getElementById('credentials');if(!table)return;
  var heads=table.tHead.rows[0].cells;
  function key(row,i){var c=row.cells[i];var v=c.getAttribute('data-sort');return v===null?c.textContent.trim().toLowerCase():v;}
  function sortBy(i){
    var th=heads[i];var asc=th.getAttribute('aria-sort')!=='ascending';
    for(var j=0;j<heads.length;j++)heads[j].removeAttribute('aria-sort');
    th.setAttribute('aria-sort',asc?'ascending':'descending');
    var numeric=th.getAttribute('data-type')==='number';
    var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
    rows.map(function(r,n){return {r:r,n:n,k:key(r,i)};}).sort(function(a,b){
      var x=a.k,y=b.k;if(numeric){x=parseFloat(x);y=parseFloat(y);if(isNaN(x))x=-Infinity;if(isNaN(y))y=-Infinity;}
      var d=x<y?-1:x>y?1:0;return (asc?d:-d)||a.n-b.n;
    }).forEach(function(e){body.appendChild(e.r);});
  }
  for(var i=0;i<heads.length;i++)(function(i){
    heads[i].tabIndex=0;
    heads[i].addEventListener('click',function(){sortBy(i);});
    heads[i].addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sortBy(i);}});
  })(i);
})();
`;

function statusClass(c: Credential): string {
  return c.verification?.status ?? 'unverified';
}

function repositoriesOf(c: Credential): string[] {
  return [...new Set(c.occurrences.map((o) => o.repository).filter(Boolean))];
}

/** An audit (or a merge of audits) knows repositories and exposure; a scan's report does not. */
const isAudit = (report: AuditReport): boolean => report.scan.mode === 'audit';

function summaryCards(report: AuditReport): Html {
  const s = report.summary;
  const scanned = report.scan;
  const cards: [string, number, string?][] = [
    [s.credentials === 1 ? 'credential' : 'credentials', s.credentials],
    [s.occurrences === 1 ? 'occurrence' : 'occurrences', s.occurrences],
    ...(isAudit(report)
      ? ([[(s.repositories || 1) === 1 ? 'repository' : 'repositories', s.repositories || 1]] as [string, number][])
      : scanned.commitsScanned || scanned.blobsScanned
        ? ([[scanned.commitsScanned === 1 ? 'commit scanned' : 'commits scanned', scanned.commitsScanned], [scanned.blobsScanned === 1 ? 'blob scanned' : 'blobs scanned', scanned.blobsScanned]] as [string, number][])
        : ([[scanned.filesScanned === 1 ? 'file scanned' : 'files scanned', scanned.filesScanned]] as [string, number][])),
    ['live', s.credentialsLive, 'live'],
    ['dead', s.credentialsDead],
    ['unknown', s.credentialsUnknown],
    ['not verified', s.credentialsUnverified],
    ...(isAudit(report)
      ? ([
          ['on a default branch today', s.onDefaultBranch],
          [s.needHistoryRewrite === 1 ? 'needs a history rewrite' : 'need a history rewrite', s.needHistoryRewrite],
          [s.pastLifetime === 1 ? 'past its lifetime' : 'past their lifetime', s.pastLifetime],
        ] as [string, number][])
      : []),
    ['suppressed', s.suppressed],
  ];
  return html`<div class="cards" id="summary">${cards.map(([label, n, cls]) => html`<div class="card${cls ? ` ${cls}` : ''}" data-count="${label}"><b>${grouped(Number(n))}</b>${label}</div>`)}</div>`;
}

/** One row per credential: a bar from its introduction to its removal (open-ended while a tip holds it), a dot per occurrence. */
function timeline(report: AuditReport): Html {
  const asOf = Date.parse(report.asOf);
  const rows = report.credentials
    .map((c) => {
      const start = c.exposure?.introduced?.date ?? c.occurrences.map((o) => o.commit?.date).filter(Boolean).sort()[0];
      return start ? { c, start: Date.parse(start), end: c.exposure?.removed ? Date.parse(c.exposure.removed.date) : null } : null;
    })
    .filter((r): r is { c: Credential; start: number; end: number | null } => r !== null && !Number.isNaN(r.start));
  if (!rows.length) return html`<p class="muted">No commit dates to draw (a scan of files, not of history).</p>`;
  const min = Math.min(...rows.map((r) => r.start));
  const max = Math.max(asOf, ...rows.map((r) => r.end ?? r.start));
  const left = 70;
  const width = 900;
  const rowHeight = 18;
  const x = (t: number) => left + ((t - min) / Math.max(max - min, 1)) * (width - left - 10);
  const height = rows.length * rowHeight + 30;
  const parts: Html[] = [];
  rows.forEach((r, i) => {
    const y = 8 + i * rowHeight;
    const end = r.end ?? asOf;
    const open = r.end === null;
    const title = `#${r.c.priority.rank} ${r.c.ruleName}: introduced ${day(new Date(r.start).toISOString())}${open ? ', not removed' : `, removed ${day(new Date(end).toISOString())}`}`;
    parts.push(html`<text x="0" y="${y + 11}">#${r.c.priority.rank}</text>`);
    parts.push(html`<rect class="bar${open ? ' open' : ''}" x="${x(r.start).toFixed(1)}" y="${y + 2}" width="${Math.max(2, x(end) - x(r.start)).toFixed(1)}" height="${rowHeight - 6}" rx="3"><title>${title}</title></rect>`);
    for (const o of r.c.occurrences) {
      if (!o.commit) continue;
      parts.push(html`<circle class="dot" cx="${x(Date.parse(o.commit.date)).toFixed(1)}" cy="${y + rowHeight / 2 - 1}" r="3"><title>${`${o.repository ? `${o.repository}: ` : ''}${o.path} in ${o.commit.sha.slice(0, 10)} (${day(o.commit.date)})`}</title></circle>`);
    }
    if (!open) parts.push(html`<circle class="gone" cx="${x(end).toFixed(1)}" cy="${y + rowHeight / 2 - 1}" r="3"><title>removed</title></circle>`);
  });
  const axisY = rows.length * rowHeight + 12;
  parts.push(html`<line class="axis" x1="${left}" y1="${axisY}" x2="${width - 10}" y2="${axisY}"/>`);
  parts.push(html`<text x="${left}" y="${axisY + 14}">${day(new Date(min).toISOString())}</text>`);
  parts.push(html`<text x="${width - 10}" y="${axisY + 14}" text-anchor="end">${day(new Date(max).toISOString())}</text>`);
  return html`<svg id="timeline" role="img" aria-label="When each credential was introduced and removed" viewBox="0 0 ${width} ${height}" width="100%">${parts}</svg>`;
}

function table(report: AuditReport): Html {
  const head = [
    ['#', 'number'],
    ['Credential type', 'text'],
    ['Secret', 'text'],
    ['Status', 'text'],
    ['Exposure', 'text'],
    ['Age (days)', 'number'],
    ['Repositories', 'text'],
    ['Occurrences', 'number'],
  ] as const;
  const rows = report.credentials.map((c) => {
    const kind = credentialKind(c.ruleId);
    const repos = repositoriesOf(c);
    const exposure = `${REACH_LABEL[c.priority.reach]}${c.exposure?.remedy === 'rewrite-history' ? ' · history rewrite needed' : c.exposure?.remedy === 'forge-keeps' ? ' · kept by the forge: rotate' : ''}`;
    return html`<tr id="row-${c.priority.rank}" data-secret-hash="${c.secretHash}"><td data-sort="${c.priority.rank}"><a href="#credential-${c.priority.rank}">${c.priority.rank}</a></td><td>${kind.label === 'Credential' ? c.ruleName : kind.label}</td><td class="mono">${c.secret}</td><td data-sort="${['live', 'unknown', 'unverified', 'dead'].indexOf(statusClass(c))}"><span class="status ${statusClass(c)}">${statusWord(c)}</span>${c.priority.pastLifetime ? html` <span class="tag">past lifetime</span>` : ''}</td><td data-sort="${['default-branch', 'tag-or-default-history', 'branch', 'not-computed', 'none'].indexOf(c.priority.reach)}">${exposure}</td><td data-sort="${c.priority.ageDays ?? ''}">${c.priority.ageDays ?? ''}</td><td>${repos.join(', ')}</td><td data-sort="${c.occurrences.length}">${c.occurrences.length}</td></tr>`;
  });
  return html`<table id="credentials"><thead><tr>${head.map(([label, type]) => html`<th scope="col" data-type="${type}">${label}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
}

function occurrenceItem(o: Occurrence, forges: Map<string, Forge | null>): Html {
  const forge = forges.get(o.repository) ?? null;
  const where = html`<code>${o.path}:${o.line}</code>`;
  const file = o.commit && forge ? link(fileLink(forge, o.commit.sha, o.path, o.line), where) : where;
  const sha = o.commit ? html`<code>${o.commit.sha.slice(0, 12)}</code>` : null;
  const commit = o.commit
    ? html` in ${forge ? link(commitLink(forge, o.commit.sha), sha) : sha} by ${o.commit.author}${o.commit.email ? html` &lt;${o.commit.email}&gt;` : ''} on ${day(o.commit.date)}`
    : '';
  return html`<li>${o.repository ? html`<b>${o.repository}</b>: ` : ''}${file}${commit}</li>`;
}

function exposureItem(r: RepositoryExposure, forges: Map<string, Forge | null>): Html {
  const forge = forges.get(r.repository) ?? null;
  const commit = (sha: string) => (forge ? link(commitLink(forge, sha), html`<code>${sha.slice(0, 12)}</code>`) : html`<code>${sha.slice(0, 12)}</code>`);
  const parts: Html[] = [];
  if (r.introduced) parts.push(html`introduced ${day(r.introduced.date)} in ${commit(r.introduced.sha)}${r.introduced.author ? html` by ${r.introduced.author}` : ''}`);
  if (r.removed) parts.push(html`removed ${day(r.removed.date)} in ${commit(r.removed.sha)}${r.removed.author ? html` by ${r.removed.author}` : ''}`);
  else parts.push(html`<span class="warn">not removed</span>`);
  const branch = short(r.defaultBranch ?? 'the default branch');
  parts.push(r.onDefaultBranch ? html`<span class="warn">in the tip of ${branch} today</span>` : html`not in the tip of ${branch}`);
  const refs = r.refs.map((ref) => {
    const holds = r.presentAt.includes(ref);
    return html`<span class="tag${holds ? ' warn' : ''}" title="${ref}${holds ? ': its tip holds it' : ''}">${short(ref)}</span>`;
  });
  const kept = keptByForge(r.refs);
  if (kept) parts.push(html`<span class="warn">${kept}</span>`);
  const joined = parts.flatMap((p, i) => (i ? [html`; `, p] : [p]));
  return html`<li><b>${r.repository}</b>: ${joined}.<br>Reachable from: ${refs.length ? refs : html`<i>no ref</i>`}</li>`;
}

function detail(c: Credential, forges: Map<string, Forge | null>): Html {
  const kind = credentialKind(c.ruleId);
  const v = c.verification;
  const lines: Html[] = [];
  lines.push(
    html`<p><span class="status ${statusClass(c)}">${statusWord(c)}</span>${v ? html` — ${v.reason}` : ' — run with --verify to check it'}. <span class="muted">secretHash <code>${c.secretHash}</code>; rule <code>${c.ruleId}</code>; ${c.confidence} confidence${c.region ? html`; ${c.region.toUpperCase()} region` : ''}.</span></p>`,
  );
  if (c.priority.pastLifetime && kind.lifetime) lines.push(html`<p>Older than its lifetime (${kind.lifetime}): probably expired by itself, but only verification says so.</p>`);
  lines.push(html`<p><b>What removing it takes:</b> ${remedyText(c)}</p>`);
  if (c.exposure?.byRepository.length) lines.push(html`<h4>Exposure</h4><ul>${c.exposure.byRepository.map((r) => exposureItem(r, forges))}</ul>`);
  lines.push(html`<h4>${plural(c.occurrences.length, 'occurrence')}</h4><ul>${c.occurrences.map((o) => occurrenceItem(o, forges))}</ul>`);
  lines.push(html`<h4>Rotation steps</h4><ol>${kind.steps.map((step) => html`<li>${step}</li>`)}</ol>`);
  lines.push(html`<p class="muted">${c.remediation} ${link(c.helpUri, c.helpUri)}</p>`);
  const age = c.priority.ageDays !== null ? ` · ${plural(c.priority.ageDays, 'day')}` : '';
  return html`<details id="credential-${c.priority.rank}" data-secret-hash="${c.secretHash}"${c.priority.rank <= 3 ? html` open` : ''}><summary><h3 class="inline">#${c.priority.rank} ${c.ruleName} <code>${c.secret}</code></h3> <span class="muted">${REACH_LABEL[c.priority.reach]}${age}</span></summary>${lines}</details>`;
}

/** The CSP source for an inline element's exact text: only that script and that style may run. */
const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Nothing may be fetched, and nothing inline runs but pdguard's own script and style. */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${cspHash(STYLE)}; script-src ${cspHash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;

export interface HtmlOptions {
  /** Shown in the title: what was audited. */
  title?: string;
}

/** A repository's scan in words: this run's commits and blobs, and what the history cache answered for. */
function scanned(s: AuditReport['repositories'][number]['scan']): string {
  const run = `${plural(s.commitsScanned, 'commit')}, ${plural(s.blobsScanned, 'blob')} scanned`;
  if (!s.cached) return run;
  const covered = [s.cached.commits ? plural(s.cached.commits, 'commit') : '', s.cached.blobs ? plural(s.cached.blobs, 'clean blob') : ''].filter(Boolean).join(' and ');
  return `${s.cached.commits && s.commitsScanned === 0 ? 'no new commits since the last audit' : 'cache reused'} (${covered} from the history cache); this run: ${run}`;
}

export function formatHtml(report: AuditReport, options: HtmlOptions = {}): string {
  const forges = new Map(report.repositories.map((r) => [r.name, r.forge]));
  const what = report.repositories.length ? report.repositories.map((r) => r.name).join(', ') : report.scan.root;
  // A scan's report is named for what ran (pdguard scan: ., pdguard history: repo), an audit's for its repositories.
  const command = isAudit(report) ? 'audit' : report.scan.mode === 'files' || report.scan.mode === 'stdin' ? 'scan' : report.scan.mode;
  const title = options.title ?? `pdguard ${command}: ${what}`;
  const repos = report.repositories.length
    ? html`<ul>${report.repositories.map(
        (r) =>
          html`<li><b>${r.name}</b> ${r.forge ? link(r.forge.url, r.forge.url) : r.remote ? html`<code>${r.remote}</code>` : ''} <span class="muted">— default branch ${short(r.defaultBranch ?? 'unknown')}; ${scanned(r.scan)}</span></li>`,
      )}</ul>`
    : '';
  const shown = report.secretsShown ? html`<span class="warn">shown in full: handle this file as a secret</span>` : 'redacted';
  const incomplete = report.incomplete ? html` · <span class="warn">incomplete: some content could not be read</span>` : '';
  const body = [
    html`<h1>${title}</h1>`,
    html`<p class="meta">${report.tool.name} ${report.tool.version} · as of ${report.asOf.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')} · secrets ${shown}${incomplete}</p>`,
    summaryCards(report),
    repos,
    report.unaudited.length
      ? html`<h2>Not audited</h2><p class="warn">The audit is incomplete: these could not be audited.</p><ul id="unaudited">${report.unaudited.map((u) => html`<li><code>${u.path}</code>: ${u.reason}</li>`)}</ul>`
      : '',
    html`<h2>Timeline</h2>`,
    timeline(report),
    html`<h2>Credentials</h2>`,
    report.credentials.length
      ? html`<p class="muted">Most urgent first: live, then unknown, then dead; what the default branch or a tag holds before feature branches; then the oldest. Click a header to sort.</p>${table(report)}`
      : html`<p>No PagerDuty credentials found.</p>`,
    report.credentials.length ? html`<h2>Details and rotation steps</h2>` : '',
    ...report.credentials.map((c) => detail(c, forges)),
  ];
  return `${html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${new Html(CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
${body.map((part) => html`${part}
`)}<script>${new Html(SCRIPT)}</script>
</body>
</html>
`}`;
}
