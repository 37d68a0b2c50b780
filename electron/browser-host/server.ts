/**
 * The browser host: plays the Electron main process's part where Electron's binary is
 * absent (and in end-to-end tests). Serves the built renderer (dist/renderer) and a
 * small JSON API with Server-Sent Events for live deck updates, on 127.0.0.1 only,
 * same origin only, every response under the app's one Content-Security-Policy.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeckUpdate } from '../../slides/core/model.ts';
import { DeckSession } from '../../slides/node/deck-session.ts';
import { DEFAULT_MAX_BYTES } from '../../slides/node/read-report.ts';
import { securityHeaders } from '../common/csp.ts';
import { API, FILE_NAME_HEADER, SSE_EVENTS } from '../common/browser-api.ts';
import { FontSubsetter } from '../../slides/node/font-subsetter.ts';
import { FontRequestError, serveFonts } from './fonts-api.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';
import { RecentFilesStore } from '../main/stores.ts';
import { serveStatic } from './static-files.ts';
import type { EditOp, ExportRequest } from '../common/contract.ts';
import { browserExports } from './export-api.ts';
import { ARG_VALIDATORS, MAX_EDIT_JSON } from '../main/ipc-validation.ts';
import { MAX_PICTURE_BYTES, PICTURE_MIME, readPicture } from '../../slides/node/pictures.ts';

export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

/** ~/.config/podium/browser-recent-files.json (or under $XDG_CONFIG_HOME / %APPDATA%). */
export function defaultRecentFilesPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['XDG_CONFIG_HOME'] || env['APPDATA'] || join(homedir(), '.config');
  return join(base, 'podium', 'browser-recent-files.json');
}

/** The same store as the Electron app's; a damaged list is kept as .bak and said once on stderr. */
async function openRecentFiles(file: string | null): Promise<RecentFilesStore> {
  if (file === null) return RecentFilesStore.inMemory();
  const { store, warnings } = await RecentFilesStore.open(file);
  for (const warning of warnings) console.warn(`podium: ${warning.file} could not be read (${warning.reason}); kept as ${warning.backup}, starting a new recent-files list.`);
  return store;
}

export interface BrowserHostOptions {
  /** Report to open; the bundled deck when absent. */
  file?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The built renderer (vite build output). */
  rendererDir?: string;
  /** Where the recent-files list is kept (default: the user's config folder); null keeps it in memory only. */
  recentFilesPath?: string | null;
  /** Quiet time before a changed file is reloaded (ms). */
  debounceMs?: number;
  /** Where edits of a deck with no file of its own (the bundled one, a dropped report) are saved. Default: ~/Documents/Podium. */
  draftsFolder?: string;
}

export interface BrowserHost {
  /** Origin with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  presenterUrl: string;
  audienceUrl: string;
  session: DeckSession;
  close(): Promise<void>;
}

/**
 * A picture of the open deck: only from the deck's own folder (a path that leaves it is not
 * found), checked again by its bytes (a hand-edited deck may name any file), SVG sanitised.
 */
async function servePicture(folder: string | undefined, src: string, res: ServerResponse): Promise<void> {
  const picture = folder === undefined ? undefined : await readPicture(folder, src);
  if (!picture) throw new HttpError(404, `No picture ${src} in the deck's folder.`);
  res.writeHead(200, { ...securityHeaders(), 'Content-Type': PICTURE_MIME[picture.type], 'Cache-Control': 'no-cache', 'Content-Length': picture.data.byteLength });
  res.end(picture.data);
}

/** Every page fetches the deck first: the browser starts on it while the page's scripts load. */
const PAGE_HEADERS = { Link: `<${API.deck}>; rel=preload; as=fetch; crossorigin=anonymous` };

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, JSON.stringify(value), 'application/json; charset=utf-8');
}

export async function startBrowserHost(options: BrowserHostOptions = {}): Promise<BrowserHost> {
  const rendererDir = resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  if (!existsSync(resolve(rendererDir, 'presenter.html'))) {
    throw new Error(`The renderer is not built: ${rendererDir} has no presenter.html. Run \`npm run build:renderer\` first.`);
  }
  const draftsFolder = options.draftsFolder ?? join(homedir(), 'Documents', 'Podium');
  const session = new DeckSession({
    draftsFolder,
    pictureBase: API.deckFile,
    ...(options.debounceMs === undefined ? {} : { debounceMs: options.debounceMs }),
  });
  const recent = await openRecentFiles(options.recentFilesPath === undefined ? defaultRecentFilesPath() : options.recentFilesPath);
  const streams = new Set<ServerResponse>();
  const subsetter = new FontSubsetter(rendererDir);
  const exports = browserExports(session, { rendererDir, draftsFolder });
  let origin = '';

  const broadcast = (update: DeckUpdate): void => {
    const frame = `event: ${SSE_EVENTS.deck}\ndata: ${JSON.stringify(update)}\n\n`;
    for (const stream of streams) stream.write(frame);
  };
  session.onUpdate(broadcast);

  const opened = async (update: DeckUpdate): Promise<DeckUpdate> => {
    if (update.ok && update.source.watched) await recent.add(update.source.path);
    return update;
  };

  const first = await session.open(options.file);
  await opened(first);

  /** The views' deck: the last good one (so a broken edit never blanks the hall), else the error. */
  const shown = (): DeckUpdate => session.current ?? session.latest ?? first;

  /** Only our own pages may talk to us: checks Host (DNS rebinding) and, for writes, Origin. */
  const checkRequest = (req: IncomingMessage): void => {
    const host = req.headers.host ?? '';
    const port = new URL(origin).port;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) throw new HttpError(421, 'Unknown host.');
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new HttpError(403, 'Cross-site requests are refused.');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const from = req.headers.origin;
      if (from !== origin.replace(/\/$/, '') && from !== `http://localhost:${port}`) throw new HttpError(403, 'Requests from other origins are refused.');
    }
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (req.method === 'GET' && path === API.deck) return sendJson(res, shown());
    if (req.method === 'GET' && path === API.recent) return sendJson(res, recent.list());
    if (req.method === 'GET' && path === API.events) {
      res.writeHead(200, { ...securityHeaders(), 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': podium\n\n');
      // A view that connects while the file is broken still learns of the error.
      const latest = session.latest;
      if (latest && !latest.ok) res.write(`event: ${SSE_EVENTS.deck}\ndata: ${JSON.stringify(latest)}\n\n`);
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method === 'POST' && path === API.openBytes) {
      const rawName = req.headers[FILE_NAME_HEADER.toLowerCase()];
      const name = typeof rawName === 'string' ? decodeURIComponent(rawName).replace(/[\\/]/g, '_').slice(0, 255) : '';
      if (!name) throw new HttpError(400, `Missing ${FILE_NAME_HEADER} header (the file's name).`);
      const bytes = await readBody(req, DEFAULT_MAX_BYTES + 1, 'The file');
      return sendJson(res, await session.openBytes(name, new Uint8Array(bytes)));
    }
    if (req.method === 'POST' && path === API.openRecent) {
      const body = JSON.parse((await readBody(req, 64 * 1024)).toString('utf8') || 'null') as { path?: unknown } | null;
      const wanted = body?.path;
      if (typeof wanted !== 'string') throw new HttpError(400, 'Body must be {"path": "<a recent file>"}.');
      // Only files the user opened before: the page cannot make us read arbitrary paths.
      if (!recent.has(wanted)) throw new HttpError(404, `Not a recent file: ${wanted}`);
      return sendJson(res, await opened(await session.open(wanted)));
    }
    if (req.method === 'POST' && path === API.edit) {
      // The same session (and atomic writer) as every other write: this host is the deck file's one writer.
      const body = JSON.parse((await readBody(req, MAX_EDIT_JSON + 1024, 'The edit')).toString('utf8') || 'null') as { ops?: unknown } | null;
      let ops: EditOp[];
      try {
        [ops] = ARG_VALIDATORS.editDeck.check([body?.ops]);
      } catch (error) {
        throw new HttpError(400, error instanceof Error ? error.message : String(error));
      }
      return sendJson(res, await session.edit(ops));
    }
    if (req.method === 'POST' && path === API.export) {
      const body = JSON.parse((await readBody(req, 64 * 1024, 'The export request')).toString('utf8') || 'null') as unknown;
      let request: ExportRequest;
      try {
        [request] = ARG_VALIDATORS.exportFormats.check([body]);
      } catch (error) {
        throw new HttpError(400, error instanceof Error ? error.message : String(error));
      }
      return sendJson(res, await exports.run(request));
    }
    if (req.method === 'POST' && path === API.picture) {
      const rawName = req.headers[FILE_NAME_HEADER.toLowerCase()];
      // Only the picture's own name counts: where it came from on the user's machine is no path here.
      const name = typeof rawName === 'string' ? (decodeURIComponent(rawName).split(/[\\/]/).pop() ?? '').slice(0, 255) : '';
      if (!name) throw new HttpError(400, `Missing ${FILE_NAME_HEADER} header (the picture's name).`);
      const bytes = await readBody(req, MAX_PICTURE_BYTES + 1, 'The picture');
      return sendJson(res, await session.addPicture(name, new Uint8Array(bytes)));
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && path.startsWith(API.deckFile)) {
      return servePicture(session.deckFolder(), decodeURIComponent(path.slice(API.deckFile.length)), res);
    }
    if (req.method === 'POST' && path === API.fonts) {
      try {
        return await serveFonts(subsetter, req, res);
      } catch (error) {
        if (error instanceof FontRequestError) throw new HttpError(400, error.message);
        throw error;
      }
    }
    throw new HttpError(404, `No such API: ${req.method} ${path}`);
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        checkRequest(req);
        const path = new URL(req.url ?? '/', origin).pathname;
        if (path.startsWith('/api/')) await handleApi(req, res, path);
        else if (req.method === 'GET' || req.method === 'HEAD') await serveStatic(rendererDir, path === '/' ? '/presenter.html' : path, req, res, PAGE_HEADERS);
        else throw new HttpError(405, 'Method not allowed.');
      } catch (error) {
        if (res.headersSent) {
          res.end();
          return;
        }
        if (error instanceof HttpError) send(res, error.status, error.message);
        else if (error instanceof BodyTooLargeError) send(res, 413, error.message);
        else if (error instanceof SyntaxError) send(res, 400, `Bad request body: ${error.message}`);
        else send(res, 500, `Podium's browser host failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    })();
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}/`;
  void subsetter.warm();

  return {
    url: origin,
    presenterUrl: `${origin}presenter.html`,
    audienceUrl: `${origin}index.html`,
    session,
    close: () =>
      new Promise<void>((done) => {
        session.close();
        for (const stream of streams) stream.end();
        streams.clear();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
