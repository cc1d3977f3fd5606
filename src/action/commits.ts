/**
 * Which commits to scan, made present in the checkout: a push's commits, a pull request's, or the
 * whole history. actions/checkout clones one commit deep by default, so what a range needs is
 * fetched from origin, deeper step by step, until git can tell exactly which commits the range
 * holds. When that cannot be done the scan stops with the `fetch-depth: 0` hint: a shallow clone
 * never passes for a clean one.
 *
 * A selection is `include --not exclude` (git's own range arithmetic). It is exact once no commit
 * it selects is parentless here (a shallow boundary, or a root that a deeper history might show to
 * be shared) and no shallow boundary hides history on the excluded side.
 */
import { InputError } from '../errors.js';
import { SHALLOW_FIX } from '../git/advice.js';
import { type Plan, branchOf } from './event.js';
import { BRANCHES_REFSPEC, Checkout, REMOTE, TAGS_REFSPEC } from './git.js';

export interface Selection {
  /** What `git log` walks. */
  revs: string[];
  /** Short, for the report's `revisions`. */
  label: string;
  /** One line for the log and the job summary. */
  description: string;
}

/** Deeper and deeper: most branches fork within the first step. */
const DEEPEN_STEPS = ['--deepen=50', '--deepen=1000', '--unshallow'];

const short = (sha: string): string => sha.slice(0, 12);

/** The remote-tracking refs of every branch on origin except `branch` (and origin/HEAD, an alias). */
function otherBranches(branch: string | null): string[] {
  return [...(branch !== null ? [`--exclude=${REMOTE}/${branch}`] : []), `--exclude=${REMOTE}/HEAD`, `--remotes=${REMOTE}`];
}

function revs(include: string[], exclude: string[]): string[] {
  return exclude.length ? [...include, '--not', ...exclude] : include;
}

export interface Log {
  info(line: string): void;
  warning(line: string): void;
}

class Selector {
  constructor(
    private readonly checkout: Checkout,
    private readonly log: Log,
  ) {}

  /** Fetch the commits that are missing here, one by one (one that cannot be fetched sinks no other); the ones present after. */
  async present(shas: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const sha of new Set(shas)) {
      if (!(await this.checkout.has(sha))) {
        // A commit not here has no history here that a depth could cut.
        const depth = (await this.checkout.shallow()) ? ['--depth=1'] : [];
        await this.checkout.fetch(['--no-tags', ...depth, REMOTE, sha]);
      }
      if (await this.checkout.has(sha)) out.add(sha);
    }
    return out;
  }

  /** Whether the selection is exact in this clone (always, in a complete one). */
  async exact(include: string[], exclude: string[]): Promise<boolean> {
    if (!(await this.checkout.shallow())) return true;
    if ((await this.checkout.roots(revs(include, exclude))).length) return false;
    if (!exclude.length) return true;
    const boundary = await this.checkout.shallowCommits();
    return !(await this.checkout.roots(revs(exclude, include))).some((sha) => boundary.has(sha));
  }

  /** Deepen a shallow clone until the selection is exact; the hint when it cannot be made so. */
  async deepen(include: string[], exclude: string[], what: string, withBranches: boolean): Promise<void> {
    if (await this.exact(include, exclude)) return;
    const shas = [...include, ...exclude].filter((r) => !r.startsWith('-'));
    for (const step of DEEPEN_STEPS) {
      if (!(await this.checkout.shallow())) break;
      this.log.info(`${what}: this shallow clone lacks history the range needs; fetching more (${step})`);
      await this.checkout.fetch(['--no-tags', step, REMOTE, ...(withBranches ? [BRANCHES_REFSPEC] : []), ...shas]);
      if (await this.exact(include, exclude)) return;
    }
    throw new InputError(`${what}: the range reaches past the history of this shallow clone and fetching more from ${REMOTE} failed; ${SHALLOW_FIX}`);
  }

  missing(sha: string, role: string): InputError {
    return new InputError(`the ${role} commit ${short(sha)} is not in this checkout and could not be fetched from ${REMOTE}; ${SHALLOW_FIX}`);
  }

  async wholeHistory(why: string): Promise<Selection> {
    const shallow = await this.checkout.shallow();
    const fetched = await this.checkout.fetch(['--no-tags', '--prune', ...(shallow ? ['--unshallow'] : []), REMOTE, BRANCHES_REFSPEC, TAGS_REFSPEC]);
    if (shallow && (!fetched || (await this.checkout.shallow()))) {
      throw new InputError(`the whole history (${why}) is not in this shallow clone and fetching it from ${REMOTE} failed; ${SHALLOW_FIX}`);
    }
    if (!fetched) this.log.warning(`could not fetch the branches and tags of ${REMOTE}: scanning the history this checkout holds`);
    const description = fetched
      ? `the whole history: every branch and tag of ${REMOTE} (${why})`
      : `the whole history this checkout holds (${why}; the branches and tags of ${REMOTE} could not be fetched)`;
    return { revs: ['--all'], label: '--all', description };
  }

  /**
   * The commits of `tip` that no branch on origin has other than `branch`, and that `before` (a
   * pushed branch's old tip, when it can still be fetched) does not have either.
   */
  async notOnRemote(tip: string, branch: string | null, before: string | null, what: string): Promise<Selection> {
    const shallow = await this.checkout.shallow();
    // A little of each branch's history in a shallow clone; deepen() fetches more if that is not enough.
    const fetched = await this.checkout.fetch(['--no-tags', '--prune', ...(shallow ? [DEEPEN_STEPS[0]!] : []), REMOTE, BRANCHES_REFSPEC]);
    if (!fetched && !shallow) {
      // Older remote-tracking refs can only make the selection larger, never hide a new commit.
      this.log.warning(`could not fetch the branches of ${REMOTE}: comparing with the remote-tracking refs this checkout has`);
    }
    const present = await this.present([tip, ...(before ? [before] : [])]);
    if (!present.has(tip)) throw this.missing(tip, 'pushed');
    const base = before !== null && present.has(before) ? before : null;
    const exclude = [...(base ? [base] : []), ...otherBranches(branch)];
    await this.deepen([tip], exclude, what, true);
    return { revs: revs([tip], exclude), label: `${tip} --not ${base ? `${base} ` : ''}--remotes=${REMOTE}`, description: what };
  }

  async push(plan: Extract<Plan, { kind: 'push' }>): Promise<Selection> {
    const branch = branchOf(plan.ref);
    const name = branch ?? plan.ref.replace(/^refs\/tags\//, '');
    if (plan.before === null) {
      const kind = branch !== null ? 'branch' : plan.ref.startsWith('refs/tags/') ? 'tag' : 'ref';
      const others = branch !== null ? 'no other branch' : 'no branch';
      return this.notOnRemote(plan.after, branch, null, `new ${kind} ${name}: the commits of ${short(plan.after)} that ${others} on ${REMOTE} has`);
    }
    const rewritten = `force push to ${name}: the commits of ${short(plan.after)} that ${REMOTE} did not have`;
    if (plan.forced) return this.notOnRemote(plan.after, branch, plan.before, rewritten);
    const present = await this.present([plan.after, plan.before]);
    if (!present.has(plan.after)) throw this.missing(plan.after, 'pushed');
    if (present.has(plan.before)) {
      const what = `push to ${name}: the commits ${short(plan.before)}..${short(plan.after)}`;
      await this.deepen([plan.after], [plan.before], what, false);
      if (await this.checkout.isAncestor(plan.before, plan.after)) {
        return { revs: revs([plan.after], [plan.before]), label: `${plan.before}..${plan.after}`, description: what };
      }
    }
    // The old tip cannot be fetched or is not an ancestor: the branch was rewritten, flagged or not.
    const why = present.has(plan.before) ? 'is not an ancestor of the pushed commit' : `could not be fetched from ${REMOTE}`;
    this.log.info(`${short(plan.before)}, the old tip of ${name}, ${why}: scanning what ${REMOTE} did not have`);
    return this.notOnRemote(plan.after, branch, plan.before, `push to ${name}: the commits of ${short(plan.after)} that ${REMOTE} did not have (the old tip ${short(plan.before)} ${why})`);
  }

  async range(plan: Extract<Plan, { kind: 'range' }>): Promise<Selection> {
    const present = await this.present([plan.head, plan.base]);
    if (!present.has(plan.base)) throw this.missing(plan.base, `${plan.what} base`);
    if (!present.has(plan.head)) throw this.missing(plan.head, `${plan.what} head`);
    const what = `${plan.what}: the commits ${short(plan.base)}..${short(plan.head)}`;
    await this.deepen([plan.head], [plan.base], what, false);
    return { revs: revs([plan.head], [plan.base]), label: `${plan.base}..${plan.head}`, description: what };
  }
}

/** The commits a git plan scans, fetched into the checkout at `dir` as needed. */
export async function selectCommits(dir: string, plan: Extract<Plan, { kind: 'history' | 'push' | 'range' }>, log: Log): Promise<Selection> {
  const selector = new Selector(new Checkout(dir, (line) => log.info(line)), log);
  switch (plan.kind) {
    case 'history':
      return selector.wholeHistory(plan.why);
    case 'push':
      return selector.push(plan);
    case 'range':
      return selector.range(plan);
  }
}
