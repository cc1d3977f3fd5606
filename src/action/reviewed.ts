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

/** A change under review (a pull request, a merge group): its base and head; null for other events. */
export function reviewedChange(event: GithubEvent): Reviewed | null {
  const keys = REVIEWED[event.name];
  if (!keys) return null;
  const base = shaAt(event, keys.base);
  if (base === null) throw new InputError(`the ${event.name} event's payload has no base commit (${keys.base.join('.')}): the configuration cannot be read from it`);
  return { base, head: shaAt(event, keys.head) };
}

