/**
 * The Action, start to end: inputs → what to scan → fetch what that needs → scan → verify → the
 * SARIF report, outputs, annotations, job summary → pass or fail. It talks to the runner only
 * through a Toolkit (main.ts wires @actions/core into it), and never lets a secret out: reports are
 * redacted, the summary holds none, and error messages never quote scanned content.
 */
import { realpathSync, statSync } from 'node:fs';
import { scrubSecrets } from '../util/scrub.js';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { scanRevisions } from '../commands/history.js';
import { type CommonOptions, scan } from '../commands/scan.js';
import { InputError, PdguardError, errorMessage } from '../errors.js';
import { SHALLOW_FIX } from '../git/advice.js';
import { runGit } from '../git/process.js';
import { openRepo, type Repo } from '../git/repo.js';
import { version } from '../package-info.js';
import { loadPatterns } from '../patterns/load.js';
import { runScan } from '../pipeline/run.js';
import { settle } from '../pipeline/settle.js';
import { nothingToScan } from '../pipeline/source.js';
import { describeSuppressions, plural, summarize, unreadablePaths } from '../report/present.js';
import { uncheckedMessage, verdict } from '../report/verdict.js';
import { formatSarif } from '../report/sarif.js';
import { readBaseline } from '../suppress/baseline.js';
import type { ScanResult } from '../types.js';
import { apiBases } from '../verify/options.js';
import { type Annotation, addedMarkerAnnotations, annotations } from './annotations.js';
import { selectCommits } from './commits.js';
import { Checkout, REMOTE } from './git.js';
import { inRepository } from '../review/base-commit.js';
import { type ReviewSettings, type Reviewed, reviewSettings } from '../review/review.js';
import { reviewedChange } from './reviewed.js';
import { type Plan, planScan, readEvent } from './event.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { escapeHtml, formatSummary } from './summary.js';
import { writeFileSafely } from '../util/safe-write.js';

export interface Toolkit {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  info(line: string): void;
  warning(line: string): void;
  annotate(annotation: Annotation): void;
  /** Appends to the job summary (nothing when the runner gives none). */
  writeSummary(html: string): Promise<void>;
  /** Fails the step with one message. */
  setFailed(message: string): void;
}

export type Env = Record<string, string | undefined>;

interface Scanned {
  result: ScanResult;
  /** What was scanned, in words. */
  description: string;
  /** The repository root (or the workspace outside one): reported paths are relative to it. */
  top: string;
  /** A result path → the path relative to `top`. */
  toTopPath(path: string): string;
}

const toPosix = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

async function gitTop(dir: string): Promise<string | null> {
  const run = await runGit(dir, ['rev-parse', '--show-toplevel']);
  return run.code === 0 && run.stdout.trim() ? run.stdout.trim() : null;
}

async function scanTree(inputs: ActionInputs, common: CommonOptions, workspace: string): Promise<Scanned> {
  let isDir: boolean;
  try {
    isDir = statSync(inputs.pathAbsolute).isDirectory();
  } catch {
    throw new InputError(`the path input '${inputs.path}' does not exist in the workspace (check out the repository first, or fix the path)`);
  }
  const maxFileSize = inputs.flags.maxFileSize;
  const result = await scan({ ...common, paths: [inputs.pathAbsolute], cwd: workspace, gitignore: inputs.flags.gitignore, ...(maxFileSize !== undefined ? { maxFileSize } : {}) });
  const top = (await gitTop(isDir ? inputs.pathAbsolute : dirname(inputs.pathAbsolute))) ?? workspace;
  const base = isDir ? inputs.pathAbsolute : workspace;
  return {
    result,
    description: `the files in ${inputs.path}`,
    top,
    toTopPath: (path) => {
      const absolute = resolve(base, path);
      const rel = relative(top, absolute);
      return rel.startsWith('..') || isAbsolute(rel) ? toPosix(absolute) : toPosix(rel);
    },
  };
}

async function scanCommits(inputs: ActionInputs, plan: Exclude<Plan, { kind: 'files' }>, common: CommonOptions, tk: Toolkit, workspace: string): Promise<Scanned> {
  if (plan.kind === 'nothing') {
    const result = await settle(await runScan(nothingToScan('history', inputs.path, inputs.pathAbsolute, plan.why), common), common);
    return { result, description: plan.why, top: workspace, toTopPath: (path) => path };
  }
  let repo: Repo;
  try {
    repo = await openRepo(inputs.pathAbsolute);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      /not a git repository/.test(error.message)
        ? `the path input '${inputs.path}' is not in a git repository: check the repository out with actions/checkout first, or use mode: files`
        : error.message,
    );
  }
  const log = { info: (line: string) => tk.info(`pdguard: ${line}`), warning: (line: string) => tk.warning(`pdguard: ${line}`) };
  const selection = await selectCommits(repo.dir, plan, log);
  tk.info(`pdguard: scanning ${selection.description}`);
  // Opened again: fetching may have deepened or completed the clone.
  const maxFileSize = inputs.flags.maxFileSize;
  const result = await scanRevisions(await openRepo(repo.dir), selection.revs, 'history', selection.label, { ...common, repo: inputs.path }, maxFileSize !== undefined ? { maxFileSize } : {});
  // History paths are relative to the repository root already.
  return { result, description: selection.description, top: repo.dir, toTopPath: (path) => path };
}

/**
 * The configuration, baseline and pattern files of a reviewed change's run, as its base commit has
 * them, and which of its pdguard:allow markers are its own (review/review.ts);
 * the base is fetched when the checkout lacks it, and its absence fails the step.
 */
async function settingsFromBase(inputs: ActionInputs, { base, head }: Reviewed, plan: Plan, tk: Toolkit, workspace: string): Promise<ReviewSettings> {
  let isDir = false;
  try {
    isDir = statSync(inputs.pathAbsolute).isDirectory();
  } catch {
    // scanTree and scanCommits say what is wrong with the path
  }
  const dir = isDir ? inputs.pathAbsolute : dirname(inputs.pathAbsolute);
  let repo: Repo;
  try {
    repo = await openRepo(dir);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(`a pull request's configuration is read from its base commit, but the path input '${inputs.path}' is not in a git repository (${error.message}); check the repository out with actions/checkout`);
  }
  const checkout = new Checkout(repo.dir, (line) => tk.info(`pdguard: ${line}`));
  if (!(await checkout.has(base))) {
    await checkout.fetch(['--no-tags', ...((await checkout.shallow()) ? ['--depth=1'] : []), REMOTE, base]);
    if (!(await checkout.has(base))) {
      const what = plan.kind === 'range' ? plan.what : 'pull request';
      throw new InputError(
        `the ${what} base commit ${base.slice(0, 12)} is not in this checkout and could not be fetched from ${REMOTE} (the configuration is read from it, never from the pull request); ${SHALLOW_FIX}`,
      );
    }
  }
  // Files mode names paths from the scanned folder (or as given, for a file); history from the top.
  const scannedFrom = isDir ? inputs.pathAbsolute : workspace;
  const settings = await reviewSettings({
    top: repo.dir,
    base,
    head,
    scannedRoot: plan.kind === 'files' ? dir : repo.dir,
    files: inputs.flags,
    toRepoPath: plan.kind === 'files' ? (path) => inRepository(repo.dir, resolve(scannedFrom, path)) : (path) => path,
  });
  for (const note of settings.notes) tk.info(`pdguard: ${note}`);
  return settings;
}

/**
 * The path input, as the checkout has it, must stay in the workspace: a link the change commits
 * (`app -> /somewhere`) must not make pdguard run git, fetch or scan outside it.
 */
function refuseOutsideWorkspace(path: string, workspace: string): void {
  let real: string;
  let top: string;
  try {
    [real, top] = [realpathSync(path), realpathSync(workspace)];
  } catch {
    return; // a path that does not exist: the scan says so
  }
  if (real !== top && !real.startsWith(`${top}${sep}`)) throw new InputError(`the path input leads outside the workspace (through a symbolic link): refusing to scan there`);
}

/** `https://github.com/owner/repo` when the checkout's origin is this workflow's repository. */
async function repositoryUrl(top: string, env: Env): Promise<string | undefined> {
  const server = env.GITHUB_SERVER_URL?.replace(/\/+$/, '');
  if (!server || !env.GITHUB_REPOSITORY) return undefined;
  const expected = `${server}/${env.GITHUB_REPOSITORY}`;
  const origin = (await runGit(top, ['remote', 'get-url', 'origin'])).stdout.trim().replace(/\.git$/, '').replace(/\/+$/, '');
  return origin.toLowerCase() === expected.toLowerCase() ? expected : undefined;
}

function failureOf(result: ScanResult, failOn: ActionInputs['failOn']): string | null {
  const { findings, live } = summarize(result);
  const decided = verdict(result.findings, failOn, result.incomplete);
  switch (decided.kind) {
    case 'incomplete': {
      const unreadable = unreadablePaths(result);
      const listed = unreadable.slice(0, 5).map((s) => s.path).join(', ');
      const more = unreadable.length > 5 ? ` and ${unreadable.length - 5} more` : '';
      const tooLarge = unreadable.some((s) => s.reason.includes('--max-file-size'));
      return (
        `the scan is incomplete: ${plural(unreadable.length, 'path')} could not be read${listed ? ` (${listed}${more})` : ''}, so credentials there were not looked for; ` +
        `make them readable or leave them out with --exclude in the args input${tooLarge ? ' (--max-file-size leaves larger files unread: raise it, or leave them out by name)' : ''}` +
        `${findings ? ` (it also found ${plural(findings, 'finding')})` : ''}`
      );
    }
    case 'fail':
      return failOn === 'live'
        ? `${plural(live, 'credential')} verified live (fail-on: live): revoke ${live === 1 ? 'it' : 'them'} now; see the annotations and the job summary`
        : `${plural(findings, 'unsuppressed finding')} (fail-on: any): rotate each credential, then remove it; see the annotations and the job summary`;
    case 'unchecked':
      return uncheckedMessage(decided.unchecked, decided.unverified);
    default:
      return null;
  }
}

export async function runAction(tk: Toolkit, env: Env): Promise<void> {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  try {
    const inputs = readInputs((name) => tk.getInput(name), workspace);
    refuseOutsideWorkspace(inputs.pathAbsolute, workspace);
    const flags = inputs.flags;
    const event = readEvent(env);
    const plan = planScan(inputs.mode, event);
    const reviewed = reviewedChange(event);
    // Rule switches come from the workflow's args, which the change under review cannot edit.
    const switches = {
      ...(flags.enableRules.length ? { enableRules: flags.enableRules } : {}),
      ...(flags.disableRules.length ? { disableRules: flags.disableRules } : {}),
    };
    // A pull request's own .pdguard.yaml or baseline must not hide its findings: read them from its base.
    const trusted = reviewed ? await settingsFromBase(inputs, reviewed, plan, tk, workspace) : null;
    const common: CommonOptions = trusted
      ? {
          rules: trusted.rules,
          baseline: trusted.baseline,
          include: flags.include,
          exclude: flags.exclude,
          config: trusted.config,
          inlineReview: trusted.inlineReview,
          ...switches,
        }
      : {
          rules: loadPatterns(flags.patterns),
          baseline: flags.baseline ? readBaseline(flags.baseline) : null,
          include: flags.include,
          exclude: flags.exclude,
          ...switches,
          ...(flags.config ? { configFile: flags.config } : {}),
        };
    if (flags.verify) {
      // Where secrets may be sent comes from the workflow (args) or the environment only, never
      // from the scanned repository (the same rule as the CLI's: verify/options.ts).
      common.verify = {
        ...apiBases(flags.verify, env),
        ...(flags.verify.cacheFile ? { cacheFile: flags.verify.cacheFile } : {}),
        ...(flags.debug ? { debug: (line: string) => tk.info(`pdguard: debug: ${line}`) } : {}),
      };
    }

    const scanned = plan.kind === 'files' ? await scanTree(inputs, common, workspace) : await scanCommits(inputs, plan, common, tk, workspace);
    const result = scanned.result;

    // Reported paths are relative to the repository root, where GitHub looks for annotated files.
    const toTop = (f: ScanResult['findings'][number]) => ({ ...f, path: scanned.toTopPath(f.path) });
    const rootShown = toPosix(relative(workspace, scanned.top)) || '.';
    // A file left unread for its size (--max-file-size) may hold a key the change put there: in the
    // Action it leaves the scan incomplete, as an unreadable one does. Leave a path out by name with --exclude.
    const skipped = result.scan.skipped.map((s) => ({
      ...s,
      path: result.scan.mode === 'files' ? scanned.toTopPath(s.path) : s.path,
      ...(s.kind === 'too-large' ? { kind: 'unreadable' as const, reason: `not read: ${s.reason} (leave it out with --exclude, or raise the limit)` } : {}),
    }));
    const reported: ScanResult = {
      ...result,
      scan: { ...result.scan, root: rootShown, skipped },
      findings: result.findings.map(toTop),
      suppressed: result.suppressed.map(toTop),
      incomplete: result.incomplete || skipped.some((s) => s.kind === 'unreadable'),
    };

    try {
      // The workspace is the change's: a committed pdguard.sarif (or folder) that links elsewhere is refused.
      writeFileSafely(inputs.sarifFile, formatSarif(reported, { showSecrets: false, toolVersion: version() }), { makeParents: true, within: workspace });
    } catch (error) {
      if (error instanceof PdguardError) throw error;
      throw new InputError(`cannot write the SARIF report to ${inputs.sarifFile} (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}); check the sarif-file input`);
    }
    const counts = summarize(reported);
    tk.setOutput('findings', String(counts.findings));
    tk.setOutput('live', String(counts.live));
    tk.setOutput('sarif-file', inputs.sarifFile);

    for (const annotation of [...annotations(reported.findings), ...addedMarkerAnnotations(reported)]) tk.annotate(annotation);
    const added = [...reported.findings, ...reported.suppressed].filter((f) => f.addedAllow !== undefined);
    if (added.length) {
      // One choice for the whole run: the base's inline-allow-in-pull-requests.
      const how = added[0]!.addedAllow === 'honoured' ? "honoured, because the base's .pdguard.yaml sets inline-allow-in-pull-requests: true" : 'not honoured';
      tk.info(`pdguard: ${plural(added.length, 'finding')} behind a pdguard:allow marker this change adds: ${how} (see the annotations and the job summary)`);
    }

    const failure = failureOf(reported, inputs.failOn);
    const sarifShown = relative(workspace, inputs.sarifFile);
    tk.info(
      `pdguard: ${plural(counts.findings, 'finding')}${flags.verify ? ` (${counts.live} live)` : ''}${counts.suppressed ? `, ${counts.suppressed} suppressed (${describeSuppressions(reported)})` : ''} in ${scanned.description}; SARIF report: ${sarifShown}`,
    );
    await tk.writeSummary(
      formatSummary({
        result: reported,
        scanned: scanned.description,
        verified: Boolean(flags.verify),
        sarifFile: sarifShown.startsWith('..') ? inputs.sarifFile : sarifShown,
        failure,
        ...(reported.scan.mode === 'history' ? { repositoryUrl: await repositoryUrl(scanned.top, env) } : {}),
      }),
    );
    const unverifiable = counts.unknown - counts.unchecked;
    if (inputs.failOn === 'live' && unverifiable) {
      tk.warning(
        `pdguard: ${plural(unverifiable, 'finding')} cannot be checked (never sent to the API, or a refresh token; liveness unknown, see the job summary); fail-on: live does not fail on ${unverifiable === 1 ? 'it' : 'them'}`,
      );
    }
    if (failure) tk.setFailed(`pdguard: ${failure}`);
    else if (counts.findings && inputs.failOn !== 'any') tk.info(`pdguard: the step passes (fail-on: ${inputs.failOn})`);
  } catch (error) {
    let message: string;
    // What the repository supplied can be quoted in a message (an unknown key, a rule id): never a secret.
    if (error instanceof PdguardError) message = scrubSecrets(error.message);
    else {
      const where = error instanceof Error && error.stack ? error.stack.split('\n')[1]?.trim() : '';
      message = `internal error: ${scrubSecrets(errorMessage(error))}${where ? ` (${where})` : ''}; please report it`;
    }
    await tk.writeSummary(`<h2>pdguard</h2>\n<p><strong>Failed:</strong> ${escapeHtml(message)}</p>\n`);
    tk.setFailed(`pdguard: ${message}`);
  }
}
