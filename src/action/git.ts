/**
 * The few git questions and fetches the Action needs about its checkout, each one git process
 * through the one door (git/process.ts). Fetches go to the checkout's `origin` with the
 * credentials actions/checkout configured; they alone may use the network.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gitComplaint, runGit } from '../git/process.js';

export const REMOTE = 'origin';
/** Every branch of origin, as remote-tracking refs (what actions/checkout does with fetch-depth: 0). */
export const BRANCHES_REFSPEC = `+refs/heads/*:refs/remotes/${REMOTE}/*`;
/** Every tag of origin (forced: a tag moved on origin must not fail the fetch). */
export const TAGS_REFSPEC = '+refs/tags/*:refs/tags/*';

/** A URL's user and password never reach the log (a remote may carry a token in its URL). */
export function withoutCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

export class Checkout {
  constructor(
    readonly dir: string,
    private readonly log: (line: string) => void,
  ) {}

  async shallow(): Promise<boolean> {
    const run = await runGit(this.dir, ['rev-parse', '--is-shallow-repository']);
    return run.stdout.trim() === 'true';
  }

  /** The commits at the shallow boundary: present, with their parents cut off. */
  async shallowCommits(): Promise<Set<string>> {
    const run = await runGit(this.dir, ['rev-parse', '--git-path', 'shallow']);
    try {
      return new Set(readFileSync(resolve(this.dir, run.stdout.trim()), 'utf8').split('\n').filter((l) => l !== ''));
    } catch {
      return new Set();
    }
  }

  async has(sha: string): Promise<boolean> {
    return (await runGit(this.dir, ['cat-file', '-e', `${sha}^{commit}`])).code === 0;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await runGit(this.dir, ['merge-base', '--is-ancestor', ancestor, descendant])).code === 0;
  }

  /** Commits `revs` selects that have no parent here: true roots, and shallow commits. */
  async roots(revs: string[]): Promise<string[]> {
    const run = await runGit(this.dir, ['rev-list', '--max-parents=0', ...revs, '--']);
    if (run.code !== 0) throw new Error(`git rev-list failed: ${gitComplaint(run.stderr)}`);
    return run.stdout.split('\n').filter((l) => l !== '');
  }

  /** `git fetch <args>` from origin; false (and a line saying why) when it fails. */
  async fetch(args: string[]): Promise<boolean> {
    this.log(`git fetch ${args.join(' ')}`);
    const run = await runGit(this.dir, ['fetch', '--no-recurse-submodules', '--quiet', ...args], { network: true });
    if (run.code !== 0) this.log(`git fetch failed: ${withoutCredentials(gitComplaint(run.stderr))}`);
    return run.code === 0;
  }
}
