/**
 * A throw-away server for printing from the CLI: the built renderer plus the deck to
 * print at the browser host's deck URL, so the print page gets its deck through the
 * same Host client as everywhere else. 127.0.0.1 only, under the app's CSP.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API } from '../../electron/common/browser-api.ts';
import { securityHeaders } from '../../electron/common/csp.ts';
import { serveStatic } from '../../electron/browser-host/static-files.ts';
import { FontRequestError, serveFonts } from '../../electron/browser-host/fonts-api.ts';
import { FontSubsetter } from '../node/font-subsetter.ts';
import type { DeckModel, DeckUpdate } from '../core/model.ts';

export interface PrintServer {
  /** Origin with a trailing slash. */
  url: string;
  /** The deck the print page will get next. */
  setDeck(deck: DeckModel): void;
  close(): Promise<void>;
}

export async function startPrintServer(root: string): Promise<PrintServer> {
  let update: DeckUpdate | undefined;
  let revision = 0;
  const subsetter = new FontSubsetter(root);
  // HarfBuzz and the font sources load while the browser starts, not when the print page first asks.
  void subsetter.warm();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method === 'POST' && path === API.fonts) {
      serveFonts(subsetter, req, res).catch((error: unknown) => {
        if (res.headersSent) return void res.destroy();
        res.writeHead(error instanceof FontRequestError ? 400 : 500, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(error instanceof Error ? error.message : String(error));
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, securityHeaders()).end();
      return;
    }
    if (path === API.deck) {
      res.writeHead(update ? 200 : 404, { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(update ? JSON.stringify(update) : '{}');
      return;
    }
    serveStatic(root, path, req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    setDeck(deck) {
      revision += 1;
      update = { ok: true, deck, source: { path: deck.meta.source.name, name: deck.meta.source.name, watched: false }, revision };
    },
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
