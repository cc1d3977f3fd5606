/**
 * Remotes as reports show them: the origin's URL without a user name or password (a clone's URL
 * may carry a token), the repository's name (owner/name), and links to commits and files on GitHub
 * or GitLab. Pure string work: nothing here reaches the network.
 */
import type { Forge } from './model.js';

/** Host and path of a remote URL (`https://…`, `ssh://…`, `git@host:path`), or null for a local path. */
function hostAndPath(url: string): { host: string; path: string } | null {
  const scp = /^(?:[^@/:]+@)?([^/:]+):(?!\/)(.+)$/.exec(url);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return { host: scp[1]!.toLowerCase(), path: scp[2]! };
  try {
    const parsed = new URL(url);
    if (!['http:', 'https:', 'ssh:', 'git:'].includes(parsed.protocol) || !parsed.hostname) return null;
    return { host: parsed.hostname.toLowerCase(), path: decodeURIComponent(parsed.pathname.replace(/^\/+/, '')) };
  } catch {
    return null;
  }
}

/** The URL with any credentials in it removed: `https://x-access-token:…@github.com/a/b` → `https://github.com/a/b`. */
export function sanitizeRemote(url: string): string {
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol === 'file:') return trimmed;
    if (parsed.username || parsed.password) {
      parsed.username = '';
      parsed.password = '';
    }
    parsed.search = '';
    return parsed.toString();
  } catch {
    // scp-like `git@host:path` holds no password; a local path holds none either.
    return trimmed;
  }
}

/** `acme/api` from `git@github.com:acme/api.git`; null when the URL names no owner/name. */
export function remoteName(url: string): string | null {
  const hp = hostAndPath(url);
  if (!hp) return null;
  const path = hp.path.replace(/\.git\/?$/, '').replace(/\/+$/, '');
  return path.includes('/') ? path : null;
}

/** GitHub or GitLab (hosted, or a host whose name says so) with its web URL; null otherwise. */
export function forgeOf(url: string): Forge | null {
  const hp = hostAndPath(url);
  const name = remoteName(url);
  if (!hp || !name) return null;
  // ssh.github.com is GitHub's ssh-over-443 host.
  const host = hp.host === 'ssh.github.com' ? 'github.com' : hp.host;
  const kind = /(^|\.)github\./.test(host) || host === 'github.com' ? 'github' : /(^|\.)gitlab\./.test(host) || host === 'gitlab.com' ? 'gitlab' : null;
  if (!kind) return null;
  return { kind, url: `https://${host}/${name.split('/').map(encodeURIComponent).join('/')}` };
}

export function commitLink(forge: Forge, sha: string): string {
  return forge.kind === 'github' ? `${forge.url}/commit/${sha}` : `${forge.url}/-/commit/${sha}`;
}

export function fileLink(forge: Forge, sha: string, path: string, line: number): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return forge.kind === 'github' ? `${forge.url}/blob/${sha}/${encoded}#L${line}` : `${forge.url}/-/blob/${sha}/${encoded}#L${line}`;
}
