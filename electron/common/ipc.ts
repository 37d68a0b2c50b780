/**
 * IPC channel names and payload types, derived from the `Host` interface so the
 * contract is written once: a method added to `Host` fails to compile here (and in
 * the main process's validators and the preload) until it is given a channel.
 *
 * Three kinds of Host members:
 * - `on*` methods are events, main → renderer (`webContents.send`);
 * - `info` is answered by the preload itself from arguments main passed at window creation;
 * - every other method is a request, renderer → main (`ipcRenderer.invoke` / `ipcMain.handle`).
 */
import type { Host } from './contract.ts';

export type EventKey = Extract<keyof Host, `on${string}`>;
export type LocalKey = 'info';
export type InvokeKey = Exclude<keyof Host, EventKey | LocalKey>;

export type InvokeArgs<K extends InvokeKey> = Parameters<Host[K]>;
export type InvokeResult<K extends InvokeKey> = Awaited<ReturnType<Host[K]>>;
/** What an `on*` method's listener receives. */
export type EventPayload<K extends EventKey> = Parameters<Parameters<Host[K]>[0]>[0];

/** Every request channel, once. The mapped type makes a missing or misspelt key a compile error. */
export const INVOKE_CHANNELS: { readonly [K in InvokeKey]: `podium:${K}` } = {
  currentDeck: 'podium:currentDeck',
  openDialog: 'podium:openDialog',
  openBytes: 'podium:openBytes',
  openRecent: 'podium:openRecent',
  recentFiles: 'podium:recentFiles',
  getSetting: 'podium:getSetting',
  setSetting: 'podium:setSetting',
  swapDisplays: 'podium:swapDisplays',
  loadRehearsals: 'podium:loadRehearsals',
  saveRehearsals: 'podium:saveRehearsals',
  fontsFor: 'podium:fontsFor',
  showView: 'podium:showView',
  editDeck: 'podium:editDeck',
  addPicture: 'podium:addPicture',
  exportFormats: 'podium:exportFormats',
  importRevision: 'podium:importRevision',
};

export const EVENT_CHANNELS: { readonly [K in EventKey]: `podium:${K}` } = {
  onDeckUpdate: 'podium:onDeckUpdate',
  onCommand: 'podium:onCommand',
};

export const INVOKE_KEYS = Object.keys(INVOKE_CHANNELS) as InvokeKey[];

/**
 * Values main hands the preload through `webPreferences.additionalArguments`
 * (the sandboxed preload reads them from `process.argv`), so `Host.info()` stays synchronous.
 */
export const INFO_ARG_PREFIX = '--podium-info=';
