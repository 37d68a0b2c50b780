/**
 * The browser host: plays the Electron main process's part where Electron's binary is
 * absent (and in end-to-end tests). Serves the built renderer (dist/renderer) and a
 * small JSON API with a Server-Sent Events stream for live deck updates, through the
 * local server every Podium HTTP server shares (slides/node/http/local-server.ts: one
 * guard, a per-launch token, the same headers); this file adds the host's own routes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API, FILE_NAME_HEADER, SSE_EVENTS } from '../../slides/core/browser-api.ts';
import { securityHeaders } from '../../slides/core/csp.ts';
import type { DeckUpdate } from '../../slides/core/model.ts';
import { DeckSession } from '../../slides/node/deck-session.ts';
import { pathSecret, startLocalServer } from '../../slides/node/http/local-server.ts';
import { readBody, readJson } from '../../slides/node/http/read-body.ts';
import { HttpError, sendJson } from '../../slides/node/http/respond.ts';
import { DEFAULT_MAX_BYTES } from '../../slides/node/read-report.ts';
import { MAX_PICTURE_BYTES, PICTURE_MIME, readPicture } from '../../slides/node/pictures.ts';
import type { EditOp, ExportRequest } from '../common/contract.ts';
import { browserExports } from './export-api.ts';
import { ARG_VALIDATORS, MAX_EDIT_JSON } from '../main/ipc-validation.ts';
import { RecentFilesStore } from '../main/stores.ts';
import { uploadName } from './upload-name.ts';

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
  /** Longest a client may take to send its whole request (ms; tests make it short). */
  requestTimeoutMs?: number;
  /** Where edits of a deck with no file of its own (the bundled one, a dropped report) are saved. Default: ~/Documents/Podium. */
  draftsFolder?: string;
}

export interface BrowserHost {
  /** Origin with a trailing slash, e.g. http://127.0.0.1:41234/ (pages opened without a launch code get no data). */
  url: string;
  /** `page` (e.g. "presenter.html") with a fresh one-time launch code: the address to open a view at. */
  launchUrl(page: string): string;
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

export async function startBrowserHost(options: BrowserHostOptions = {}): Promise<BrowserHost> {
  const rendererDir = resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  if (!existsSync(resolve(rendererDir, 'presenter.html'))) {
    throw new Error(`The renderer is not built: ${rendererDir} has no presenter.html. Run \`npm run build:renderer\` first.`);
  }
  // The views load pictures with <img>, which cannot carry the token: the deck (which only a
  // page with the token gets) names them under a per-launch secret path instead.
  const pictureKey = pathSecret();
  const draftsFolder = options.draftsFolder ?? join(homedir(), 'Documents', 'Podium');
  const session = new DeckSession({
    draftsFolder,
    pictureBase: `${API.deckFile}${pictureKey.value}/`,
    ...(options.debounceMs === undefined ? {} : { debounceMs: options.debounceMs }),
  });
  const recent = await openRecentFiles(options.recentFilesPath === undefined ? defaultRecentFilesPath() : options.recentFilesPath);
  const streams = new Set<ServerResponse>();
  const exports = browserExports(session, { rendererDir, draftsFolder });

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

  const routes = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> => {
    if (req.method === 'GET' && path === API.recent) {
      sendJson(res, recent.list());
      return true;
    }
    if (req.method === 'GET' && path === API.events) {
      res.writeHead(200, { ...securityHeaders(), 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': podium\n\n');
      // A view that connects while the file is broken still learns of the error.
      const latest = session.latest;
      if (latest && !latest.ok) res.write(`event: ${SSE_EVENTS.deck}\ndata: ${JSON.stringify(latest)}\n\n`);
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return true;
    }
    if (req.method === 'POST' && path === API.openBytes) {
      const name = uploadName(req.headers[FILE_NAME_HEADER.toLowerCase()]);
      const bytes = await readBody(req, DEFAULT_MAX_BYTES + 1, 'The file');
      sendJson(res, await session.openBytes(name, new Uint8Array(bytes)));
      return true;
    }
    if (req.method === 'POST' && path === API.openRecent) {
      const wanted = ((await readJson(req)) as { path?: unknown } | null)?.path;
      if (typeof wanted !== 'string') throw new HttpError(400, 'Body must be {"path": "<a recent file>"}.');
      // Only files the user opened before: the page cannot make us read arbitrary paths.
      if (!recent.has(wanted)) throw new HttpError(404, `Not a recent file: ${wanted}`);
      sendJson(res, await opened(await session.open(wanted)));
      return true;
    }
    if (req.method === 'POST' && path === API.edit) {
      // The same session (and atomic writer) as every other write: this host is the deck file's one writer.
      const body = (await readJson(req, MAX_EDIT_JSON + 1024)) as { ops?: unknown } | null;
      let ops: EditOp[];
      try {
        [ops] = ARG_VALIDATORS.editDeck.check([body?.ops]);
      } catch (error) {
        throw new HttpError(400, error instanceof Error ? error.message : String(error));
      }
      sendJson(res, await session.edit(ops));
      return true;
    }
    if (req.method === 'POST' && path === API.export) {
      const body = await readJson(req, 64 * 1024);
      let request: ExportRequest;
      try {
        [request] = ARG_VALIDATORS.exportFormats.check([body]);
      } catch (error) {
        throw new HttpError(400, error instanceof Error ? error.message : String(error));
      }
      sendJson(res, await exports.run(request));
      return true;
    }
    if (req.method === 'POST' && path === API.revision) {
      // The same checks as the app's IPC (a bare file name, bytes within the limit), then the session's one writer.
      const name = uploadName(req.headers[FILE_NAME_HEADER.toLowerCase()], { basename: true });
      const bytes = new Uint8Array(await readBody(req, DEFAULT_MAX_BYTES + 1, 'The draft'));
      try {
        ARG_VALIDATORS.importRevision.check([name, bytes]);
      } catch (error) {
        throw new HttpError(400, error instanceof Error ? error.message : String(error));
      }
      sendJson(res, await session.importRevision(name, bytes));
      return true;
    }
    if (req.method === 'POST' && path === API.picture) {
      // Only the picture's own name counts: where it came from on the user's machine is no path here.
      const name = uploadName(req.headers[FILE_NAME_HEADER.toLowerCase()], { basename: true });
      const bytes = await readBody(req, MAX_PICTURE_BYTES + 1, 'The picture');
      sendJson(res, await session.addPicture(name, new Uint8Array(bytes)));
      return true;
    }
    return false;
  };

  const server = await startLocalServer({
    name: "Podium's browser host",
    rendererDir,
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }),
    // The views' deck: the last good one (so a broken edit never blanks the hall), else the error.
    deck: () => session.current ?? session.latest ?? first,
    routes,
    capability: {
      prefix: API.deckFile,
      route: async (_req, res, path) => {
        const [key = '', ...rest] = path.slice(API.deckFile.length).split('/');
        if (!pictureKey.matches(key)) return false;
        let src: string;
        try {
          src = decodeURIComponent(rest.join('/'));
        } catch {
          return false;
        }
        await servePicture(session.deckFolder(), src, res);
        return true;
      },
    },
  });

  return {
    url: server.url,
    launchUrl: server.launchUrl,
    session,
    close: async () => {
      session.close();
      for (const stream of streams) stream.end();
      streams.clear();
      await server.close();
    },
  };
}
