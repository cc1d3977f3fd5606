/**
 * What `pdguard audit` accepts as a repository URL, and where its clone lives. Pure string work:
 * nothing here reaches the network or the disk.
 *
 * Accepted: `https://`, `ssh://`, scp-like `user@host:path`, and `file://`. Plain `http://` only on
 * the loopback interface (a local mirror, the tests): anywhere else it would carry a token in the
 * clear. A URL carrying a password is refused: the token belongs in the environment (GITHUB_TOKEN),
 * where no process list, file or report shows it.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { UsageError } from '../errors.js';

export type Transport = 'https' | 'http' | 'ssh' | 'file';

export interface RemoteUrl {
  /** The URL as git is given it (never with a password). */
  url: string;
  transport: Transport;
  /** `scheme://host[:port]` for http(s), `ssh://host` for ssh, `file://` for local paths. */
  origin: string;
  host: string;
  /** The path on the host, without leading slashes. */
  path: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** git's `<transport>::<address>`: a remote helper (`ext::` runs a shell command), never cloned. */
const HELPER = /^[a-z][a-z0-9+.-]*::/i;
/** `git@github.com:acme/api.git`; the user part is required, so `C:\x` or `dir:name` stay local paths. */
const SCP = /^([^@/\s]+)@([^/:\s]+):(?!\/\/)(.+)$/;

/** A command-line argument that names a remote repository rather than a local path. */
export function isRemoteSpec(arg: string): boolean {
  return SCHEME.test(arg) || HELPER.test(arg) || SCP.test(arg);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Any `user:password@` in URLs within `text` shown as `***@`: for every message that may quote one. */
export function redactUserInfo(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

/** Parses and checks a repository URL; a UsageError says what is wrong and what to write instead. */
export function parseRemoteUrl(spec: string): RemoteUrl {
  if (HELPER.test(spec)) {
    throw new UsageError(`${redactUserInfo(spec.split('::')[0]!)}::…: git's remote helpers are not a transport pdguard clones over (https, ssh and file only)`);
  }
  const scp = SCP.exec(spec);
  if (scp && !SCHEME.test(spec)) {
    const host = scp[2]!.toLowerCase();
    return { url: spec, transport: 'ssh', origin: `ssh://${host}`, host, path: scp[3]!.replace(/^\/+/, '') };
  }
  let parsed: URL;
  try {
    parsed = new URL(spec);
  } catch {
    throw new UsageError(`${redactUserInfo(spec)}: not a URL git can clone (write https://host/owner/name, ssh://host/path, user@host:path or file:///path)`);
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (parsed.password) {
    throw new UsageError(`${redactUserInfo(spec)}: a password or token in the URL would show in process lists; put the token in GITHUB_TOKEN (or the variable --github-token-env names) instead`);
  }
  if (scheme === 'file') {
    if (parsed.host !== '') throw new UsageError(`${spec}: a file:// URL names a local path (file:///path/to/repo)`);
    return { url: spec, transport: 'file', origin: 'file://', host: '', path: decodeURIComponent(parsed.pathname).replace(/^\/+/, '') };
  }
  if (scheme !== 'https' && scheme !== 'http' && scheme !== 'ssh') {
    throw new UsageError(`${redactUserInfo(spec)}: ${scheme}:// is not a transport pdguard clones over (https, ssh and file only)`);
  }
  if (scheme === 'http' && !isLoopback(parsed.hostname)) {
    throw new UsageError(`${redactUserInfo(spec)}: plain http:// is accepted only on this machine (127.0.0.1, localhost); use https://`);
  }
  if (!parsed.hostname) throw new UsageError(`${redactUserInfo(spec)}: the URL names no host`);
  const path = decodeURIComponent(parsed.pathname).replace(/^\/+/, '');
  if (!path) throw new UsageError(`${redactUserInfo(spec)}: the URL names no repository`);
  return { url: spec, transport: scheme, origin: scheme === 'ssh' ? `ssh://${parsed.host}` : parsed.origin, host: parsed.host.toLowerCase(), path };
}

/** One path segment safe as a folder name: no separators, no `..`, nothing a shell or a terminal minds. */
function safeSegment(segment: string): string {
  const cleaned = segment.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+$/, '_');
  return cleaned === '' ? '_' : cleaned;
}

/**
 * Where the clone of `remote` lives under `cloneDir`: `host/owner/name.git`, readable, and the same
 * for the same URL on every run (so that a second audit fetches only what changed). A `file://`
 * repository goes under `file/` with a short hash of its path, so two local `repo` folders differ.
 */
export function clonePath(cloneDir: string, remote: RemoteUrl): string {
  const segments = remote.path.replace(/\.git\/?$/, '').split('/').filter((s) => s !== '').map(safeSegment);
  const name = segments.pop() ?? 'repository';
  if (remote.transport === 'file') {
    const digest = createHash('sha256').update(remote.path).digest('hex').slice(0, 10);
    return join(cloneDir, 'file', `${name}-${digest}.git`);
  }
  const host = safeSegment(remote.host.replace(/:/g, '_'));
  return join(cloneDir, remote.transport === 'ssh' ? `ssh_${host}` : host, ...segments, `${name}.git`);
}

/**
 * The git host that goes with a GitHub API base: `https://api.github.com` → `https://github.com`;
 * GitHub Enterprise's `https://ghe.example/api/v3` → `https://ghe.example`. Clone URLs the API
 * returns are used only on this host, and the token goes to git only for it.
 */
export function gitOriginOfApi(apiUrl: string): string {
  const api = new URL(apiUrl);
  const host = api.host.replace(/^api\./i, '');
  return `${api.protocol}//${host}`;
}
