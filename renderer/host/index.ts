/**
 * The renderer's one way to its host: Electron's preload exposes `window.podium`;
 * a page with its deck embedded (podium build, single-file HTML) uses that deck;
 * otherwise (the browser host, tests) the HTTP client stands in. Views call getHost()
 * and nothing else.
 */
import type { Host } from '../../electron/common/contract.ts';
import { createBrowserHost } from './browser-client.ts';
import { createEmbeddedHost, embeddedDeck } from './embedded-host.ts';

declare global {
  interface Window {
    podium?: Host;
  }
}

let host: Host | undefined;

/** An offline copy (podium build, single-file HTML): no app around it, the deck is in the page. */
export function isOfflineCopy(): boolean {
  getHost();
  return offline;
}

let offline = false;

export function getHost(): Host {
  if (!host) {
    const embedded = window.podium ? undefined : embeddedDeck();
    offline = embedded !== undefined;
    host = window.podium ?? (embedded ? createEmbeddedHost(embedded) : createBrowserHost());
  }
  return host;
}
