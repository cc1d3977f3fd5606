/** Refs by kind, in the order reports list them. Pure: no git here. */
import type { RefKind } from './model.js';

export function refKind(name: string): RefKind {
  if (name.startsWith('refs/heads/')) return 'branch';
  if (name.startsWith('refs/tags/')) return 'tag';
  if (name.startsWith('refs/remotes/')) return 'remote';
  return 'other';
}

const KIND_ORDER: Record<RefKind, number> = { branch: 0, tag: 1, remote: 2, other: 3 };

/** The default branch first, then branches, tags, remote-tracking refs and the rest, each by name. */
export function compareRefs(defaultBranch: string | null): (a: string, b: string) => number {
  return (a, b) =>
    Number(b === defaultBranch) - Number(a === defaultBranch) || KIND_ORDER[refKind(a)] - KIND_ORDER[refKind(b)] || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A pull request's ref as the forge keeps it: GitHub's `refs/pull/N/head` (and `/merge`), GitLab's
 * `refs/merge-requests/N/head`. The forge keeps them after the branch is deleted, and no push can
 * remove them: a credential they reach stays public until it is rotated.
 */
export function pullRequestForge(name: string): 'GitHub' | 'GitLab' | null {
  if (/^refs\/pull\/\d+\/(head|merge)$/.test(name)) return 'GitHub';
  if (/^refs\/merge-requests\/\d+\/(head|merge|train)$/.test(name)) return 'GitLab';
  return null;
}

/** What the forge keeps, said plainly: null when none of `refs` is a pull request's. */
export function keptByForge(refs: readonly string[]): string | null {
  const kept = refs.filter((r) => pullRequestForge(r) !== null);
  if (!kept.length) return null;
  const forges = [...new Set(kept.map((r) => pullRequestForge(r)!))].join(' and ');
  return `reachable from ${kept.join(', ')}: ${forges} keeps pull request refs; deleting the branch does not remove it; rotate`;
}
