/**
 * The renderer's one way to its host: Electron's preload exposes `window.podium`;
 * without it (the browser host, tests) the HTTP client stands in. Views call getHost()
 * and nothing else.
 */
import type { Host } from '../../electron/common/contract.ts';
import { createBrowserHost } from './browser-client.ts';

declare global {
  interface Window {
    podium?: Host;
  }
}

let host: Host | undefined;

export function getHost(): Host {
  host ??= window.podium ?? createBrowserHost();
  return host;
}
