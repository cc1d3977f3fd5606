/**
 * A repository URL made into a local clone `pdguard audit` can read: a bare repository (no work
 * tree: nothing of the repository is ever checked out, so no filter, hook or attribute of its own
 * can run) holding every ref the server offers, branches, tags and the forge's pull request refs
 * (`refs/pull/*` on GitHub, `refs/merge-requests/*` on GitLab) alike, through `+refs/*:refs/*`.
 * A second audit fetches into the same clone: only what changed crosses the network, and the
 * history cache inside it (history/cache.ts) makes the scan read only the new commits.
 *
 * Every git process goes through the one door (git/process.ts), allowed the URL's own transport
 * only; submodules are never fetched (fetch.recurseSubmodules=false there). The token reaches git
 * as an `http.<origin>/.extraHeader` in the environment of the one fetch that needs it, and only
 * when the URL is on the host the token is for: never in an argument, never in the clone's config.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { type GitDoorOptions, exitOf, gitComplaint, runGit, spawnGit } from '../git/process.js';
import { formatSize } from '../util/size.js';
import { type RemoteUrl, redactUserInfo } from './url.js';

export interface Token {
  /** `scheme://host[:port]` the token may be sent to (remote/url.ts gitOriginOfApi). */
  origin: string;
  value: string;
}

export interface CloneRequest {
  remote: RemoteUrl;
  /** The bare clone's folder (remote/url.ts clonePath). */
  dir: string;
  token?: Token;
  /** Stop (and remove the clone) when its folder grows past this many bytes. */
  maxBytes?: number;
  /** How often the clone's size is measured while git fetches (ms). */
  pollMs?: number;
}

export interface Cloned {
  dir: string;
  /** false when an earlier audit's clone was brought up to date. */
  fresh: boolean;
  bytes: number;
}

/** Bytes of the files under `dir` (not following links). */
export function diskUsage(dir: string): number {
  let total = 0;
  const walk = (at: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(at);
    } catch {
      return;
    }
    for (const name of entries) {
      const path = join(at, name);
      try {
        const stat = lstatSync(path);
        if (stat.isDirectory()) walk(path);
        else total += stat.size;
      } catch {
        // gone while git was writing: counted next time
      }
    }
  };
  walk(dir);
  return total;
}

/** A clone an earlier audit left: a bare repository (HEAD, objects/, refs/ in the folder itself). */
function isBareClone(dir: string): boolean {
  return existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects')) && existsSync(join(dir, 'refs'));
}

/** The door for talking to the remote: its own transport only, and the token only for its host. */
function doorFor(request: CloneRequest): GitDoorOptions {
  const { remote, token } = request;
  const secretConfig: [string, string][] = [];
  if (token && (remote.transport === 'https' || remote.transport === 'http') && remote.origin === token.origin) {
    // GitHub (and GitHub Enterprise) take a token as the password of basic authentication.
    const basic = Buffer.from(`x-access-token:${token.value}`).toString('base64');
    secretConfig.push([`http.${token.origin}/.extraHeader`, `Authorization: Basic ${basic}`]);
  }
  return { remote: { protocols: [remote.transport], secretConfig } };
}

async function local(dir: string, args: string[]): Promise<void> {
  const run = await runGit(dir, args);
  if (run.code !== 0) throw new InputError(`git ${args[0]} failed in the clone: ${gitComplaint(run.stderr)}`);
}

/**
 * Clones `request.remote` into `request.dir`, or brings the clone there up to date. Throws an
 * InputError (one line, no secret, no password) when git cannot, or when the clone would pass
 * `maxBytes`; a fresh clone that fails is removed, so that nothing half-made is audited later.
 */
export async function cloneOrFetch(request: CloneRequest): Promise<Cloned> {
  const { dir, remote } = request;
  const fresh = !isBareClone(dir);
  if (fresh) {
    if (existsSync(dir) && readdirSync(dir).length) throw new InputError(`${dir} exists and is not a clone pdguard made; remove it or choose another --clone-dir`);
    mkdirSync(dirname(dir), { recursive: true });
    // No template: nothing (hooks included) is copied into the clone from the user's templates.
    await local(dirname(dir), ['init', '--bare', '--quiet', '--template=', dir]);
  }
  try {
    // The URL is written into the clone's own config, never a token (the URL holds none: url.ts).
    await local(dir, ['config', 'remote.origin.url', remote.url]);
    await local(dir, ['config', '--replace-all', 'remote.origin.fetch', '+refs/*:refs/*']);
    await fetchAll(request);
    await pointHead(request);
  } catch (error) {
    if (fresh) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, fresh, bytes: diskUsage(dir) };
}

/** Every ref the server offers (pull request refs too), with refs it no longer offers pruned. */
async function fetchAll(request: CloneRequest): Promise<void> {
  const { dir, maxBytes } = request;
  const args = ['fetch', '--quiet', '--prune', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', 'origin'];
  const child = spawnGit(dir, args, doorFor(request));
  child.stdin.end();
  let tooLarge = false;
  const timer =
    maxBytes === undefined
      ? undefined
      : setInterval(() => {
          if (diskUsage(dir) > maxBytes) {
            tooLarge = true;
            child.kill('SIGTERM');
          }
        }, request.pollMs ?? 200);
  const { code, stderr } = await exitOf(child);
  if (timer) clearInterval(timer);
  if (!tooLarge && maxBytes !== undefined && diskUsage(dir) > maxBytes) tooLarge = true;
  if (tooLarge) {
    // What git wrote so far is of no use and takes the room the bound protects.
    rmSync(dir, { recursive: true, force: true });
    throw new InputError(`skipped: its clone grows past --max-clone-size ${formatSize(maxBytes!)}`);
  }
  if (code !== 0) throw new InputError(`git fetch failed: ${redactUserInfo(gitComplaint(stderr))}`);
}

/** HEAD names the server's default branch, so that exposure knows which branch is the default. */
async function pointHead(request: CloneRequest): Promise<void> {
  const run = await runGit(request.dir, ['ls-remote', '--symref', 'origin', 'HEAD'], doorFor(request));
  const target = /^ref: (refs\/heads\/\S+)\tHEAD$/m.exec(run.stdout)?.[1];
  if (run.code !== 0 || !target) return; // an empty repository, or a server that does not say
  await local(request.dir, ['symbolic-ref', 'HEAD', target]);
}
