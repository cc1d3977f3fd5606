/**
 * Which GitHub events check out a change under review (a pull request, a merge group), and where
 * their payload names its base and head: the review's settings then come from the base (review/).
 */
import { InputError } from '../errors.js';
import type { Reviewed } from '../review/review.js';
import type { GithubEvent } from './event.js';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

const PULL_REQUEST = { base: ['pull_request', 'base', 'sha'], head: ['pull_request', 'head', 'sha'] };
/** Events that check out a change under review, and where their payload names its base and head. */
const REVIEWED: Record<string, { base: string[]; head: string[] }> = {
  pull_request: PULL_REQUEST,
  pull_request_target: PULL_REQUEST,
  pull_request_review: PULL_REQUEST,
  pull_request_review_comment: PULL_REQUEST,
  merge_group: { base: ['merge_group', 'base_sha'], head: ['merge_group', 'head_sha'] },
};

function shaAt(event: GithubEvent, keys: string[]): string | null {
  let value: unknown = event.payload;
  for (const key of keys) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && SHA.test(value) ? value : null;
}

/**
 * Events that run on a pull request's code without naming its base where the others do: a
 * `workflow_run` a pull request triggered names it in `workflow_run.pull_requests` (not for a fork's),
 * an `issue_comment` on a pull request not at all. Judging such a run by the checkout's own settings
 * would let the change judge itself: its base is used where the payload has it, else the step fails.
 */
function carriedPullRequest(event: GithubEvent): Reviewed | null | 'unknown' {
  const payload = event.payload as Record<string, unknown>;
  if (event.name === 'workflow_run') {
    const run = payload.workflow_run as { event?: unknown; pull_requests?: unknown } | undefined;
    if (typeof run?.event !== 'string' || !run.event.startsWith('pull_request')) return null;
    const pr = Array.isArray(run.pull_requests) ? (run.pull_requests[0] as Record<string, unknown> | undefined) : undefined;
    const base = shaAt({ ...event, payload: pr ?? {} }, ['base', 'sha']);
    return base ? { base, head: shaAt({ ...event, payload: pr ?? {} }, ['head', 'sha']) } : 'unknown';
  }
  if (event.name === 'issue_comment') {
    const issue = payload.issue as { pull_request?: unknown } | undefined;
    return issue?.pull_request ? 'unknown' : null;
  }
  return null;
}

/** A change under review (a pull request, a merge group): its base and head; null for other events. */
export function reviewedChange(event: GithubEvent): Reviewed | null {
  const carried = carriedPullRequest(event);
  if (carried === 'unknown') {
    throw new InputError(
      `the ${event.name} event runs on a pull request's code but does not name its base, so the pull request would judge itself: run pdguard on pull_request or pull_request_target`,
    );
  }
  if (carried) return carried;
  const keys = REVIEWED[event.name];
  if (!keys) return null;
  const base = shaAt(event, keys.base);
  if (base === null) throw new InputError(`the ${event.name} event's payload has no base commit (${keys.base.join('.')}): the configuration cannot be read from it`);
  return { base, head: shaAt(event, keys.head) };
}

