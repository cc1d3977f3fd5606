/**
 * One HTTP GET, and nothing else: no redirects followed, a per-request timeout that covers the
 * whole exchange, an answer read up to a size limit and then dropped, and an abort signal (the
 * overall deadline). It never throws: every way a request can end is an `HttpOutcome`.
 *
 * Sockets come from `Agents`, one pair per verification run, destroyed at its end so that no
 * connection outlives `verifyFindings`.
 */
import http from 'node:http';
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';

export type HttpOutcome =
  | {
      kind: 'response';
      status: number;
      headers: IncomingHttpHeaders;
      /** The answer, empty when it was larger than the limit. */
      body: Buffer;
      /** The answer was larger than the limit and was not read to its end. */
      tooLarge: boolean;
    }
  | { kind: 'timeout' }
  /** `code` is a Node.js error code such as ECONNREFUSED: never a message, which could quote input. */
  | { kind: 'network'; code: string }
  | { kind: 'aborted' };

export interface GetOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  maxBodyBytes: number;
  signal: AbortSignal;
  agents: Agents;
}

/** Keep-alive agents for one run: connections are reused across secrets, and all closed at the end. */
export class Agents {
  private httpAgent: http.Agent | undefined;
  private httpsAgent: https.Agent | undefined;

  constructor(private readonly maxSockets: number) {}

  for(url: URL): http.Agent {
    if (url.protocol === 'https:') {
      this.httpsAgent ??= new https.Agent({ keepAlive: true, maxSockets: this.maxSockets });
      return this.httpsAgent;
    }
    this.httpAgent ??= new http.Agent({ keepAlive: true, maxSockets: this.maxSockets });
    return this.httpAgent;
  }

  /** Close every socket, idle or busy. */
  destroy(): void {
    this.httpAgent?.destroy();
    this.httpsAgent?.destroy();
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : 'ERROR';
}

export function httpGet(url: URL, options: GetOptions): Promise<HttpOutcome> {
  const { signal, timeoutMs, maxBodyBytes } = options;
  return new Promise<HttpOutcome>((resolve) => {
    if (signal.aborted) {
      resolve({ kind: 'aborted' });
      return;
    }
    let request: http.ClientRequest | undefined;
    let settled = false;
    const finish = (outcome: HttpOutcome, destroy: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      // Destroying (rather than draining) drops the connection: nothing more is read from it.
      if (destroy) request?.destroy();
      resolve(outcome);
    };
    const onAbort = (): void => finish({ kind: 'aborted' }, true);
    // The request itself keeps the process alive while it is in flight; the timer need not.
    const timer = setTimeout(() => finish({ kind: 'timeout' }, true), timeoutMs);
    timer.unref();
    signal.addEventListener('abort', onAbort, { once: true });

    const tooLarge = (status: number, headers: IncomingHttpHeaders): void =>
      finish({ kind: 'response', status, headers, body: Buffer.alloc(0), tooLarge: true }, true);

    try {
      const module = url.protocol === 'https:' ? https : http;
      request = module.request(url, { method: 'GET', headers: options.headers, agent: options.agents.for(url) }, (response) => {
        const status = response.statusCode ?? 0;
        const headers = response.headers;
        const declared = Number(headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBodyBytes) {
          tooLarge(status, headers);
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (settled) return;
          size += chunk.length;
          if (size > maxBodyBytes) {
            chunks.length = 0;
            tooLarge(status, headers);
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => finish({ kind: 'response', status, headers, body: Buffer.concat(chunks), tooLarge: false }, false));
        response.on('error', (error) => finish({ kind: 'network', code: errorCode(error) }, true));
        // A connection closed before the end of the answer.
        response.on('close', () => finish({ kind: 'network', code: 'ECONNRESET' }, true));
      });
      request.on('error', (error) => finish({ kind: 'network', code: errorCode(error) }, true));
      request.end();
    } catch (error) {
      // Invalid header characters and the like are thrown synchronously.
      finish({ kind: 'network', code: errorCode(error) }, true);
    }
  });
}
