/**
 * Host for the browser host (no Electron): deck loads over HTTP from the local server
 * that started us, live updates over Server-Sent Events, settings and rehearsals in the
 * browser's own storage. Same origin only: every URL here is a path on our own server,
 * and every call carries this launch's access token (access-token.ts) in a header.
 */
import type { DeckUpdate, EditOutcome, ExportOutcome, Host, HostCommand, HostInfo, PictureOutcome, RecentFile, RevisionOutcome, Unsubscribe } from '../../electron/common/contract.ts';
import { isUiLang } from '../../electron/common/i18n.ts';
import { UI_LANG_SETTING } from '../i18n/index.ts';
import { ACCESS_TOKEN_HEADER, API, FILE_NAME_HEADER, SSE_EVENTS, decodeFontPack } from '../../slides/core/browser-api.ts';
import { accessToken, forgetToken } from './access-token.ts';
import { createLocalRehearsalStore } from '../rehearsal/local-store.ts';

const SETTINGS_PREFIX = 'podium.setting.';

/** fetch() on our own server with this launch's token; a refused token is forgotten (a new launch brings a new one). */
async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const token = await accessToken();
  const response = await fetch(path, { ...init, cache: 'no-store', headers: { ...(init.headers as Record<string, string> | undefined), [ACCESS_TOKEN_HEADER]: token } });
  if (response.status === 403) forgetToken(token);
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  return response;
}

async function json<T>(response: Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}

/**
 * API.events read with fetch (EventSource cannot send the token header): each `event:`/
 * `data:` frame goes to `onEvent`; a dropped stream is opened again after a second, as
 * EventSource would. A refused token ends it.
 */
async function readEvents(onEvent: (event: string, data: string) => void): Promise<void> {
  for (;;) {
    try {
      const response = await call(API.events);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
        for (let end = text.indexOf('\n\n'); end >= 0; end = text.indexOf('\n\n')) {
          const frame = text.slice(0, end);
          text = text.slice(end + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (event !== undefined && data !== undefined) onEvent(event, data);
        }
      }
    } catch (error) {
      if (error instanceof Error && / 403 /.test(error.message)) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
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

/** A file's bytes posted to our server, its name in a header. */
function upload(path: string, name: string, bytes: Uint8Array): Promise<Response> {
  return call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', [FILE_NAME_HEADER]: encodeURIComponent(name) },
    body: bytes as BodyInit,
  });
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
  let events = false;
  const rehearsals = createLocalRehearsalStore(localStorage);

  const emitDeck = (update: DeckUpdate): void => {
    for (const listener of deckListeners) listener(update);
  };

  // Start trading the launch code for the token now: the address loses its code at once.
  void accessToken().catch(() => undefined);

  const ensureEvents = (): void => {
    if (events) return;
    events = true;
    readEvents((event, data) => {
      if (event === SSE_EVENTS.deck) emitDeck(JSON.parse(data) as DeckUpdate);
    }).catch((error: unknown) => console.error(`Live updates stopped: ${error instanceof Error ? error.message : String(error)}`));
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

  const openedFile = (name: string, bytes: Uint8Array): Promise<DeckUpdate> => json<DeckUpdate>(upload(API.openBytes, name, bytes));

  return {
    info(): HostInfo {
      return { kind: 'browser', appVersion: import.meta.env.VITE_APP_VERSION ?? '', platform: navigator.platform };
    },
    async currentDeck() {
      ensureEvents();
      return json<DeckUpdate>(call(API.deck));
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
      return json<DeckUpdate>(call(API.openRecent, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ path }) }));
    },
    async recentFiles() {
      return json<RecentFile[]>(call(API.recent));
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
      const response = await call(API.fonts, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ faces, text }) });
      return decodeFontPack(await response.arrayBuffer());
    },
    async editDeck(ops) {
      return json<EditOutcome>(call(API.edit, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ops }) }));
    },
    async exportFormats(request) {
      return json<ExportOutcome>(call(API.export, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) }));
    },
    addPicture: (name, bytes) => json<PictureOutcome>(upload(API.picture, name, bytes)),
    importRevision: (name, bytes) => json<RevisionOutcome>(upload(API.revision, name, bytes)),
  };
}
