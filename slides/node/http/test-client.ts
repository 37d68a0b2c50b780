/**
 * For tests of Podium's local servers: raw HTTP requests (so a test can send what a
 * browser would not let a page forge) and the headers a view's own fetch() sends.
 */
import { request } from 'node:http';
import { ACCESS_TOKEN_HEADER, API, LAUNCH_PARAM } from '../../core/browser-api.ts';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface CallOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One request to the server at `origin` (http://127.0.0.1:port/); the Host header is whatever `headers` say. */
export function call(origin: string, path: string, options: CallOptions = {}): Promise<Reply> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port || 80, path, method: options.method ?? 'GET', headers: options.headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** What a Podium page's fetch() sends (Host, Origin, Sec-Fetch-Site), plus the token when given. */
export function pageHeaders(origin: string, token?: string): Record<string, string> {
  const url = new URL(origin);
  return { Host: url.host, Origin: url.origin, 'Sec-Fetch-Site': 'same-origin', ...(token ? { [ACCESS_TOKEN_HEADER]: token } : {}) };
}

/** The launch code in a launch URL's fragment. */
export function launchCode(launchUrl: string): string {
  const code = new URLSearchParams(new URL(launchUrl).hash.slice(1)).get(LAUNCH_PARAM);
  if (!code) throw new Error(`no launch code in ${launchUrl}`);
  return code;
}

/** Trades a launch URL's code for the token, as a page does. */
export async function redeem(origin: string, launchUrl: string): Promise<string> {
  const reply = await call(origin, API.session, {
    method: 'POST',
    headers: { ...pageHeaders(origin), 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: launchCode(launchUrl) }),
  });
  if (reply.status !== 200) throw new Error(`session exchange: ${reply.status} ${reply.body}`);
  return (JSON.parse(reply.body) as { token: string }).token;
}
