/**
 * The security decisions of the shell, as plain functions (security.ts wires them
 * into Electron). Reference: Electron's security checklist — every window gets the
 * same hardened webPreferences from ONE factory, pages come only from the app's
 * own scheme, nothing may navigate elsewhere, open windows, fetch remote content
 * or be granted a permission.
 */
import type { WebPreferences } from 'electron';
import { APP_SCHEME, isAppUrl } from './app-url.ts';

export interface WebPreferencesInput {
  /** Absolute path of the bundled CommonJS preload. */
  preload: string;
  /** Extra `process.argv` entries the sandboxed preload reads (Host.info()). */
  additionalArguments: string[];
  /** DevTools only in development builds. */
  devTools: boolean;
}

/** The only place BrowserWindow webPreferences are made. Every security-relevant option is set explicitly. */
export function secureWebPreferences(input: WebPreferencesInput): WebPreferences {
  return {
    preload: input.preload,
    additionalArguments: [...input.additionalArguments],
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Middle-click on a link would otherwise ask for a new window (denied anyway; this removes the path).
    disableBlinkFeatures: 'Auxclick',
    // A file dropped on a window must reach the page's drop handler (Host.openBytes), never navigate to file://.
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: input.devTools,
  };
}

/** Navigation (link, location change, form) is allowed only within the app's own origin. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** Schemes a page may load a resource from: our scheme and in-page data/blob URLs. Everything else (http, ws, file, …) is cancelled. */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

export function isAllowedRequest(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === `${APP_SCHEME}:`) return isAppUrl(url);
    return ALLOWED_REQUEST_SCHEMES.has(parsed.protocol);
  } catch {
    return false;
  }
}

/** Podium needs no web permission (camera, notifications, fullscreen API, …): the main process does fullscreen itself. */
export function isPermissionGranted(_permission: string): false {
  return false;
}
