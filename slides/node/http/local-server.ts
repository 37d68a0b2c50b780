/**
 * One HTTP server for the views, as every Podium server runs it (the browser host, the
 * CLI's print server): 127.0.0.1 only; every request through the one guard (guard.ts);
 * a per-launch token handed to pages through one-time launch codes (access-keys.ts);
 * the built renderer's files; the deck and fonts APIs; the same security headers on every
 * answer; bounded request bodies and times. A server adds its own API routes.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API, LAUNCH_PARAM } from '../../core/browser-api.ts';
import type { DeckUpdate } from '../../core/model.ts';
import { FontSubsetter } from '../font-subsetter.ts';
import { AccessKeys } from './access-keys.ts';
import { serveFonts } from './fonts-api.ts';
import { guardRequest } from './guard.ts';
import { readJson } from './read-body.ts';
import { HttpError, send, sendJson } from './respond.ts';
import { serveStatic } from './static-files.ts';

/** A server's own API routes: true when it answered the request, false when the path is not one of its. */
export type ApiRoutes = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;

export interface LocalServerOptions {
  /** Who answers, in error messages ("Podium's browser host"). */
  name: string;
  /** The built renderer (vite build output). */
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The page served at "/". */
  defaultPage?: string;
  /** The deck the views get at API.deck; undefined answers 404. */
  deck(): DeckUpdate | undefined;
  routes?: ApiRoutes;
  /**
   * GET routes under `prefix` that check a secret in their own path instead of the token
   * header (what an <img> loads cannot carry a header): the guard still checks Host and
   * same-origin; the route must answer 404 unless the path's secret is right (see pathSecret).
   */
  capability?: { prefix: string; route: ApiRoutes };
  /** Longest a client may take to send its headers / its whole request (ms). */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export interface LocalServer {
  /** Origin with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  port: number;
  /** `page` (a path with an optional query, e.g. "print.html?kind=notes") with a fresh one-time launch code in its fragment. */
  launchUrl(page: string): string;
  fonts: FontSubsetter;
  close(): Promise<void>;
}

/** A page's launch code for its token: once. */
async function exchange(keys: AccessKeys, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = (await readJson(req, 1024)) as { code?: unknown } | null;
  const token = typeof body?.code === 'string' ? keys.redeem(body.code) : undefined;
  if (!token) throw new HttpError(403, 'This launch address was already used or has lapsed: open the view from Podium again.');
  sendJson(res, { token });
}

/** A random secret for a capability path, and a constant-time check of a path segment against it. */
export function pathSecret(): { value: string; matches(segment: string): boolean } {
  const value = randomBytes(32).toString('base64url');
  const digest = createHash('sha256').update(value).digest();
  return { value, matches: (segment) => timingSafeEqual(createHash('sha256').update(segment).digest(), digest) };
}

export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const keys = new AccessKeys();
  const fonts = new FontSubsetter(options.rendererDir);
  // HarfBuzz and the font sources load while the browser starts, not when a page first asks.
  void fonts.warm();
  const defaultPage = `/${options.defaultPage ?? 'presenter.html'}`;
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      throw new HttpError(400, 'Bad request target.');
    }
    const api = path.startsWith('/api/');
    const method = req.method ?? 'GET';
    const isExchange = path === API.session && method === 'POST';
    const isCapability = options.capability !== undefined && (method === 'GET' || method === 'HEAD') && path.startsWith(options.capability.prefix);
    guardRequest({ method, headers: req.headers, api, ownSecret: isExchange || isCapability }, port, (token) => keys.isToken(token));
    if (!api) return serveStatic(options.rendererDir, path === '/' ? defaultPage : path, req, res);
    if (isExchange) return exchange(keys, req, res);
    if (isCapability) {
      if (await options.capability?.route(req, res, path)) return;
      throw new HttpError(404, 'Not found.');
    }
    if (method === 'GET' && path === API.deck) {
      const deck = options.deck();
      if (!deck) throw new HttpError(404, 'No deck yet.');
      return sendJson(res, deck);
    }
    if (method === 'POST' && path === API.fonts) return serveFonts(fonts, req, res);
    if (options.routes && (await options.routes(req, res, path))) return;
    throw new HttpError(404, `No such API: ${method} ${path}`);
  };

  const server: Server = createServer(
    {
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      headersTimeout: Math.min(options.headersTimeoutMs ?? 10_000, options.requestTimeoutMs ?? 30_000),
      connectionsCheckingInterval: 500,
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        if (res.headersSent) return void res.end();
        // A refused request's unread body is let run out (bounded by requestTimeout) and the connection closed after the answer.
        if (!req.complete) {
          res.setHeader('Connection', 'close');
          req.resume();
        }
        if (error instanceof HttpError) send(res, error.status, error.message);
        else send(res, 500, `${options.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    },
  );
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}/`;

  return {
    url: origin,
    port,
    launchUrl: (page) => `${origin}${page.replace(/^\//, '')}#${LAUNCH_PARAM}=${keys.mintCode()}`,
    fonts,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
