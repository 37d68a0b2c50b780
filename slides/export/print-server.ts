/**
 * A throw-away server for printing from the CLI: the built renderer plus the deck to
 * print at the deck URL every host serves, so the print page gets its deck through the
 * same Host client as everywhere else. It is the shared local server
 * (slides/node/http/local-server.ts): the same guard as the browser host, and a token
 * of its own that only the pages it launches get.
 */
import type { DeckModel, DeckUpdate } from '../core/model.ts';
import type { FontSubsetter } from '../node/font-subsetter.ts';
import { startLocalServer } from '../node/http/local-server.ts';

export interface PrintServer {
  /** Origin with a trailing slash. */
  url: string;
  /** `page` (e.g. "print.html?kind=notes") with a fresh one-time launch code: what the print tab opens. */
  launchUrl(page: string): string;
  /** The deck the print page will get next. */
  setDeck(deck: DeckModel): void;
  /** The subsetter the print page's fonts come from (it is given the official copy's system faces). */
  fonts: FontSubsetter;
  close(): Promise<void>;
}

export interface PrintServerOptions {
  /** Longest a client may take to send its whole request (ms; tests make it short). */
  requestTimeoutMs?: number;
}

export async function startPrintServer(root: string, options: PrintServerOptions = {}): Promise<PrintServer> {
  let update: DeckUpdate | undefined;
  let revision = 0;
  const server = await startLocalServer({ name: "Podium's print server", rendererDir: root, defaultPage: 'print.html', deck: () => update, ...options });
  return {
    url: server.url,
    launchUrl: server.launchUrl,
    fonts: server.fonts,
    setDeck(deck) {
      revision += 1;
      update = { ok: true, deck, source: { path: deck.meta.source.name, name: deck.meta.source.name, watched: false }, revision };
    },
    close: server.close,
  };
}
