/**
 * Host for the browser host (no Electron): deck loads over HTTP from the local server
 * that started us, live updates over Server-Sent Events, settings and rehearsals in the
 * browser's own storage. Same origin only: every URL here is a path on our own server.
 */
import type { DeckUpdate, EditOutcome, ExportOutcome, Host, HostCommand, HostInfo, PictureOutcome, RecentFile, Unsubscribe } from '../../electron/common/contract.ts';
import { isUiLang } from '../../electron/common/i18n.ts';
import { UI_LANG_SETTING } from '../i18n/index.ts';
import { API, FILE_NAME_HEADER, SSE_EVENTS, decodeFontPack } from '../../electron/common/browser-api.ts';
import { createLocalRehearsalStore } from '../rehearsal/local-store.ts';

const SETTINGS_PREFIX = 'podium.setting.';

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) {
    const text = await response.text();
    throw new Error(`${response.url}: ${response.status} ${text}`);
  }
  return (await response.json()) as T;
}

function readStored(key: string): unknown {
  const raw = localStorage.getItem(key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    // A value someone edited by hand: treat as unset rather than break the view.
    return undefined;
  }
}

/** Lets the user pick a file with the page's own file chooser; null when cancelled. */
function chooseFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.txt,.text,.md,.markdown,.docx,.doc,.wps,.pdf';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

export function createBrowserHost(): Host {
  const deckListeners = new Set<(update: DeckUpdate) => void>();
  const commandListeners = new Set<(command: HostCommand) => void>();
  let events: EventSource | null = null;
  const rehearsals = createLocalRehearsalStore(localStorage);

  const emitDeck = (update: DeckUpdate): void => {
    for (const listener of deckListeners) listener(update);
  };

  const ensureEvents = (): void => {
    if (events) return;
    events = new EventSource(API.events);
    events.addEventListener(SSE_EVENTS.deck, (event) => {
      emitDeck(JSON.parse((event as MessageEvent<string>).data) as DeckUpdate);
    });
  };

  // Another window of ours changed the UI language: follow it, as Electron's menu would tell us.
  window.addEventListener('storage', (event) => {
    if (event.key !== SETTINGS_PREFIX + UI_LANG_SETTING || event.newValue === null) return;
    try {
      const lang = JSON.parse(event.newValue) as unknown;
      if (isUiLang(lang)) for (const listener of commandListeners) listener({ type: 'lang', lang });
    } catch {
      // not ours to repair; the view keeps its language
    }
  });

  const openedFile = async (name: string, bytes: Uint8Array): Promise<DeckUpdate> => {
    const response = await fetch(API.openBytes, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', [FILE_NAME_HEADER]: encodeURIComponent(name) },
      body: bytes as BodyInit,
    });
    return json<DeckUpdate>(response);
  };

  return {
    info(): HostInfo {
      return { kind: 'browser', appVersion: import.meta.env.VITE_APP_VERSION ?? '', platform: navigator.platform };
    },
    async currentDeck() {
      ensureEvents();
      return json<DeckUpdate>(await fetch(API.deck));
    },
    onDeckUpdate(listener): Unsubscribe {
      ensureEvents();
      deckListeners.add(listener);
      return () => deckListeners.delete(listener);
    },
    onCommand(listener): Unsubscribe {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
    async openDialog() {
      const file = await chooseFile();
      if (!file) return null;
      return openedFile(file.name, new Uint8Array(await file.arrayBuffer()));
    },
    openBytes: openedFile,
    async openRecent(path) {
      const response = await fetch(API.openRecent, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ path }),
      });
      return json<DeckUpdate>(response);
    },
    async recentFiles() {
      return json<RecentFile[]>(await fetch(API.recent));
    },
    async getSetting<T>(key: string) {
      return readStored(SETTINGS_PREFIX + key) as T | undefined;
    },
    async setSetting(key, value) {
      localStorage.setItem(SETTINGS_PREFIX + key, JSON.stringify(value));
    },
    async swapDisplays() {
      // The browser cannot place windows on displays; the user drags the audience window.
    },
    // Rehearsals must not be dropped silently when unreadable: the rehearsal store keeps them aside and reports it.
    loadRehearsals: (reportKey) => rehearsals.loadRehearsals(reportKey),
    saveRehearsals: (reportKey, data) => rehearsals.saveRehearsals(reportKey, data),
    async showView(view) {
      // The browser host has no main process: the page opens the window itself, one per view.
      window.open(`${view}.html`, `podium-${view}`);
    },
    async fontsFor(faces, text) {
      const response = await fetch(API.fonts, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ faces, text }) });
      if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
      return decodeFontPack(await response.arrayBuffer());
    },
    async editDeck(ops) {
      const response = await fetch(API.edit, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ops }) });
      return json<EditOutcome>(response);
    },
    async exportFormats(request) {
      const response = await fetch(API.export, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
      return json<ExportOutcome>(response);
    },
    async addPicture(name, bytes) {
      const response = await fetch(API.picture, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', [FILE_NAME_HEADER]: encodeURIComponent(name) },
        body: bytes as BodyInit,
      });
      return json<PictureOutcome>(response);
    },
  };
}
