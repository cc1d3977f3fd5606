/**
 * A local stand-in for PagerDuty's REST API, for the --verify tests: a real HTTP server on
 * 127.0.0.1 (port 0) that records every request and answers with whatever the test decides.
 * It tracks its connections, so tests can check that the client closed them all.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw header names in the order they were sent. */
  rawHeaderNames: string[];
  authorization: string | undefined;
  at: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as it is. */
  body?: unknown;
}

/** What a handler can do: answer, never answer, or stream an endless body. */
export type Action = Reply | { hang: true } | { huge: { status: number; contentLength?: boolean } } | { drop: true };

export type Handler = (request: RecordedRequest, index: number) => Action | Promise<Action>;

export const HANG: Action = { hang: true };

export function json(status: number, body: unknown = {}, headers: Record<string, string> = {}): Reply {
  return { status, body, headers };
}

/** PagerDuty's error shape. */
export function pdError(status: number, message: string, code = 2000): Reply {
  return json(status, { error: { message, code } });
}

export class FakePagerDuty {
  readonly requests: RecordedRequest[] = [];
  readonly sockets = new Set<Socket>();
  /** Connections accepted since the count was last reset (reused connections count once). */
  connections = 0;
  /** Requests being answered right now, and the most seen at once. */
  inFlight = 0;
  maxInFlight = 0;
  /** Bytes of endless bodies written before the client went away. */
  hugeBytesWritten = 0;
  handler: Handler;

  private constructor(private readonly server: Server, handler: Handler) {
    this.handler = handler;
  }

  static async start(handler: Handler = () => json(200, { user: { id: 'PXXXXXX' } })): Promise<FakePagerDuty> {
    const server = createServer();
    const fake = new FakePagerDuty(server, handler);
    server.on('connection', (socket) => {
      fake.sockets.add(socket);
      fake.connections++;
      socket.on('close', () => fake.sockets.delete(socket));
    });
    server.on('request', (req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Requests for one secret (by its Authorization header). */
  requestsFor(secret: string): RecordedRequest[] {
    return this.requests.filter((r) => r.authorization?.endsWith(secret));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawHeaderNames: string[] = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) rawHeaderNames.push(req.rawHeaders[i]!);
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      rawHeaderNames,
      authorization: req.headers.authorization,
      at: performance.now(),
    };
    const index = this.requests.length;
    this.requests.push(recorded);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    res.on('close', () => this.inFlight--);
    res.on('error', () => {});
    req.resume();
    const action = await this.handler(recorded, index);
    if ('hang' in action) return;
    if ('drop' in action) {
      req.socket.destroy();
      return;
    }
    if ('huge' in action) {
      this.streamForever(res, action.huge.status, action.huge.contentLength ?? false);
      return;
    }
    const body = action.body === undefined ? '' : typeof action.body === 'string' ? action.body : JSON.stringify(action.body);
    const headers: Record<string, string> = { 'content-type': 'application/json', ...action.headers };
    res.writeHead(action.status, headers);
    res.end(body);
  }

  /** Up to 256 MB of JSON-looking filler, written as fast as the client reads. */
  private streamForever(res: ServerResponse, status: number, contentLength: boolean): void {
    const total = 256 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    res.writeHead(status, { 'content-type': 'application/json', ...(contentLength ? { 'content-length': String(total) } : {}) });
    const write = (): void => {
      while (!res.destroyed && this.hugeBytesWritten < total) {
        this.hugeBytesWritten += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', write);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    write();
  }

  /** Wait until every connection to this server is closed (the client must close them). */
  async waitForNoConnections(timeoutMs = 1000): Promise<number> {
    const until = performance.now() + timeoutMs;
    while (this.sockets.size > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 5));
    return this.sockets.size;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
