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
