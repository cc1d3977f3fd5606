/**
 * What to scan, decided from the mode and the workflow's event: a pure function of the event name
 * and its payload (the JSON file at GITHUB_EVENT_PATH). Fetching what the decision needs is
 * commits.ts's job.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { Mode } from './inputs.js';

export interface GithubEvent {
  name: string;
  payload: Record<string, unknown>;
}

export type Plan =
  /** The checked-out tree at the path input. */
  | { kind: 'files' }
  /** Every commit of every branch and tag. */
  | { kind: 'history'; why: string }
  /** A push: `before` is null for a new branch or tag. */
  | { kind: 'push'; ref: string; before: string | null; after: string; forced: boolean }
  /** A pull request (or a merge group): the commits in head that base lacks. */
  | { kind: 'range'; what: string; base: string; head: string }
  /** An event that brings no commits (a deleted branch). */
  | { kind: 'nothing'; why: string };

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const ZERO = /^0+$/;

export function readEvent(env: Record<string, string | undefined>): GithubEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return { name, payload: {} };
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read the event payload at GITHUB_EVENT_PATH (${(error as NodeJS.ErrnoException).code ?? 'not valid JSON'})`);
  }
  return { name, payload: typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {} };
}

function field(value: unknown, ...keys: string[]): unknown {
  let v = value;
  for (const key of keys) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

function sha(event: GithubEvent, what: string, ...keys: string[]): string {
  const value = field(event.payload, ...keys);
  if (typeof value !== 'string' || !SHA.test(value)) {
    throw new InputError(`the ${event.name} event's payload has no ${what} commit (${keys.join('.')}); is GITHUB_EVENT_PATH the event's payload?`);
  }
  return value;
}

/** `refs/heads/main` → `main`; null for anything that is not a branch. */
export function branchOf(ref: string): string | null {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
}

export function planScan(mode: Mode, event: GithubEvent): Plan {
  if (mode === 'files') return { kind: 'files' };
  if (mode === 'history') return { kind: 'history', why: 'mode: history' };
  switch (event.name) {
    case 'push': {
      const ref = field(event.payload, 'ref');
      if (typeof ref !== 'string' || !ref.startsWith('refs/')) throw new InputError("the push event's payload has no ref; is GITHUB_EVENT_PATH the event's payload?");
      const afterValue = field(event.payload, 'after');
      if (field(event.payload, 'deleted') === true || (typeof afterValue === 'string' && ZERO.test(afterValue))) {
        return { kind: 'nothing', why: `the push deleted ${ref}: no commits to scan` };
      }
      const after = sha(event, 'pushed', 'after');
      const beforeValue = field(event.payload, 'before');
      const created = field(event.payload, 'created') === true || typeof beforeValue !== 'string' || ZERO.test(beforeValue);
      const before = created ? null : sha(event, 'previous', 'before');
      return { kind: 'push', ref, before, after, forced: field(event.payload, 'forced') === true };
    }
    case 'pull_request':
    case 'pull_request_target': {
      const number = field(event.payload, 'pull_request', 'number') ?? field(event.payload, 'number');
      return {
        kind: 'range',
        what: `pull request${typeof number === 'number' ? ` #${number}` : ''}`,
        base: sha(event, 'base', 'pull_request', 'base', 'sha'),
        head: sha(event, 'head', 'pull_request', 'head', 'sha'),
      };
    }
    case 'merge_group':
      return {
        kind: 'range',
        what: 'merge group',
        base: sha(event, 'base', 'merge_group', 'base_sha'),
        head: sha(event, 'head', 'merge_group', 'head_sha'),
      };
    default:
      return { kind: 'history', why: event.name ? `the ${event.name} event` : 'no event' };
  }
}
