/**
 * The sandboxed bridge: exposes `window.podium`, an implementation of the Host
 * contract with named methods only. No ipcRenderer, no event objects and no Node
 * reach the page; each method forwards its arguments to one fixed channel
 * (electron/common/ipc.ts), and main validates sender and arguments again.
 * Bundled into one CommonJS file (dist/electron/preload/preload.cjs), as the sandbox requires.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Host, HostInfo, Unsubscribe } from '../common/contract.ts';
import { EVENT_CHANNELS, INFO_ARG_PREFIX, INVOKE_CHANNELS, type EventKey, type EventPayload, type InvokeArgs, type InvokeKey, type InvokeResult } from '../common/ipc.ts';

/** Electron prefixes a rejection from main with "Error invoking remote method '<channel>': Error: "; the views show the user main's own words. */
const REMOTE_ERROR_PREFIX = /^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/;

function invoke<K extends InvokeKey>(key: K, ...args: InvokeArgs<K>): Promise<InvokeResult<K>> {
  return (ipcRenderer.invoke(INVOKE_CHANNELS[key], ...args) as Promise<InvokeResult<K>>).catch((error: unknown) => {
    const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
    throw new Error(message.replace(REMOTE_ERROR_PREFIX, ''));
  });
}

function subscribe<K extends EventKey>(key: K, listener: (payload: EventPayload<K>) => void): Unsubscribe {
  if (typeof listener !== 'function') throw new TypeError(`${key} needs a listener function`);
  const channel = EVENT_CHANNELS[key];
  // The page gets the payload only, never the IpcRendererEvent (which would expose `sender`).
  const forward = (_event: Electron.IpcRendererEvent, payload: EventPayload<K>) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

function readInfo(argv: readonly string[]): HostInfo {
  const raw = argv.find((arg) => arg.startsWith(INFO_ARG_PREFIX));
  const fallback: HostInfo = { kind: 'electron', appVersion: '', platform: process.platform };
  if (!raw) return fallback;
  try {
    return { ...fallback, ...(JSON.parse(decodeURIComponent(raw.slice(INFO_ARG_PREFIX.length))) as Partial<HostInfo>), kind: 'electron' };
  } catch {
    return fallback;
  }
}

const info = Object.freeze(readInfo(process.argv));

const podium: Host = {
  info: () => ({ ...info }),
  currentDeck: () => invoke('currentDeck'),
  onDeckUpdate: (listener) => subscribe('onDeckUpdate', listener),
  onCommand: (listener) => subscribe('onCommand', listener),
  openDialog: () => invoke('openDialog'),
  openBytes: (name, bytes) => invoke('openBytes', name, bytes),
  openRecent: (path) => invoke('openRecent', path),
  recentFiles: () => invoke('recentFiles'),
  getSetting: <T>(key: string) => invoke('getSetting', key) as Promise<T | undefined>,
  setSetting: (key, value) => invoke('setSetting', key, value),
  swapDisplays: () => invoke('swapDisplays'),
  loadRehearsals: (reportKey) => invoke('loadRehearsals', reportKey),
  fontsFor: (faces, text) => invoke('fontsFor', faces, text),
  showView: (view) => invoke('showView', view),
  saveRehearsals: (reportKey, data) => invoke('saveRehearsals', reportKey, data),
  editDeck: (ops) => invoke('editDeck', ops),
  addPicture: (name, bytes) => invoke('addPicture', name, bytes),
  exportFormats: (request) => invoke('exportFormats', request),
  importRevision: (name, bytes) => invoke('importRevision', name, bytes),
};

contextBridge.exposeInMainWorld('podium', podium);
