/**
 * A forge on 127.0.0.1 for `pdguard audit URL` and `--github-org`: git's own smart HTTP server
 * (`git http-backend`, as a CGI behind a Node http server) serving the bare repositories under
 * `root`, and beside it, under /api/, a look-alike of GitHub's REST listing of an organisation's
 * repositories (pages with Link headers, forks, archived and private repositories, rate limits).
 * Nothing here reaches the internet. Every request is recorded with its Authorization header, so
 * that tests can say where a token was sent.
 */
import { spawn } from 'node:child_process';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ForgeRepository {
  /** `owner/name`; served from `<root>/<owner>/<name>.git` unless `cloneUrl` says otherwise. */
  name: string;
  fork?: boolean;
  archived?: boolean;
  private?: boolean;
  /** KB, as GitHub's `size`. */
  size?: number;
  cloneUrl?: string;
}

export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
}

export class ForgeServer {
  readonly requests: RecordedRequest[] = [];
  repositories: ForgeRepository[] = [];
  /** Repositories per API page. */
  perPage = 2;
  /** Answers the next API requests get before the real one: a rate limit each. */
  rateLimits: { status: 403 | 429; headers: Record<string, string> }[] = [];
  /** Where the API's next-page links point (default: this server). */
  nextOrigin?: string;
  /** The token the API and private repositories accept. */
  token = '';
  private server!: Server;
  origin = '';

  constructor(private readonly root: string) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  get apiUrl(): string {
    return `${this.origin}/api`;
  }

  /** Basic authentication as git sends it with the token, or the API's bearer token. */
  private authorized(header: string | undefined): boolean {
    if (!this.token || !header) return false;
    return header === `Bearer ${this.token}` || header === `Basic ${Buffer.from(`x-access-token:${this.token}`).toString('base64')}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', authorization: req.headers.authorization });
    const url = new URL(req.url ?? '/', this.origin);
    if (url.pathname.startsWith('/api/')) return this.api(url, req, res);
    const repo = this.repositories.find((r) => url.pathname.startsWith(`/${r.name}.git/`));
    if (repo?.private && !this.authorized(req.headers.authorization)) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="forge"' }).end('authentication required\n');
      return;
    }
    return this.git(url, req, res);
  }

  private api(url: URL, req: IncomingMessage, res: ServerResponse): void {
    const limit = this.rateLimits.shift();
    if (limit) {
      res.writeHead(limit.status, { 'content-type': 'application/json', ...limit.headers }).end('{"message":"API rate limit exceeded"}');
      return;
    }
    const match = /^\/api\/(orgs|users)\/([^/]+)\/repos$/.exec(url.pathname);
    if (!match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      return;
    }
    const owner = decodeURIComponent(match[2]!);
    const visible = this.repositories.filter((r) => r.name.startsWith(`${owner}/`) && (!r.private || this.authorized(req.headers.authorization)));
    if (!visible.length) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      return;
    }
    const page = Number(url.searchParams.get('page') ?? '1');
    const pages = Math.ceil(visible.length / this.perPage);
    const items = visible.slice((page - 1) * this.perPage, page * this.perPage).map((r) => ({
      full_name: r.name,
      clone_url: r.cloneUrl ?? `${this.origin}/${r.name}.git`,
      fork: r.fork ?? false,
      archived: r.archived ?? false,
      private: r.private ?? false,
      size: r.size ?? 1,
    }));
    const link = (n: number, rel: string) => `<${rel === 'next' ? (this.nextOrigin ?? this.origin) : this.origin}${url.pathname}?per_page=100&page=${n}>; rel="${rel}"`;
    const links = [page < pages ? link(page + 1, 'next') : '', link(pages, 'last')].filter(Boolean).join(', ');
    res.writeHead(200, { 'content-type': 'application/json', link: links }).end(JSON.stringify(items));
  }

  /** git http-backend as a CGI: the request's method, path and body in, its headers and body out. */
  private git(url: URL, req: IncomingMessage, res: ServerResponse): void {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: this.root,
      GIT_HTTP_EXPORT_ALL: '1',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      REQUEST_METHOD: req.method ?? 'GET',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.replace(/^\?/, ''),
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_ADDR: '127.0.0.1',
      ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) } : {}),
      ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
    };
    const cgi = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    req.pipe(cgi.stdin);
    cgi.stdin.on('error', () => {});
    const chunks: Buffer[] = [];
    cgi.stdout.on('data', (d: Buffer) => chunks.push(d));
    cgi.on('close', () => {
      const out = Buffer.concat(chunks);
      let end = out.indexOf('\r\n\r\n');
      let sep = 4;
      if (end < 0) {
        end = out.indexOf('\n\n');
        sep = 2;
      }
      if (end < 0) {
        res.writeHead(500).end();
        return;
      }
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of out.subarray(0, end).toString('latin1').split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      res.writeHead(status, headers).end(out.subarray(end + sep));
    });
  }
}
