/**
 * The live deck in the app: one DeckSession (slides/node) opened on the report
 * given at launch (the bundled deck when none), watched for changes. Good decks go
 * to every view; errors go to the presenter only, while the hall keeps the last good deck.
 */
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { DeckUpdate, UiLang } from '../common/contract.ts';
import { API } from '../../slides/core/browser-api.ts';
import { t } from '../common/i18n.ts';
import { DeckSession } from '../../slides/node/deck-session.ts';
import { SUPPORTED_EXTENSIONS } from '../../slides/node/read-report.ts';
import type { Storage } from './storage.ts';
import type { ViewWindows, WindowView } from './windows.ts';

export interface DeckControl {
  session: DeckSession;
  /** What a view should show now: the presenter also sees a broken latest load, the others the last good deck. */
  currentFor(view: WindowView | undefined): Promise<DeckUpdate>;
  openPath(filePath: string): Promise<DeckUpdate>;
  openBytes(name: string, bytes: Uint8Array): Promise<DeckUpdate>;
  /** File ▸ Open: null when cancelled. */
  openDialog(parent: BrowserWindow | undefined): Promise<DeckUpdate | null>;
  /** Audience width / height, for placing the rehearsal window. */
  aspect(): number;
}

export interface DeckOptions {
  windows: ViewWindows;
  storage: Storage;
  lang: () => UiLang;
  /** After a file opened fine: the recent list changed (menu rebuild). */
  onRecentChanged: () => void;
  /** The report named at launch; the bundled deck when undefined. */
  initialFile: string | undefined;
}

export function setupDeck(options: DeckOptions): DeckControl {
  const { windows, storage } = options;
  // A deck with no file of its own (the bundled one, a dropped report) is saved in Documents/Podium when edited.
  const session = new DeckSession({ draftsFolder: path.join(app.getPath('documents'), 'Podium'), pictureBase: API.deckFile });

  session.onUpdate((update) => {
    windows.send('onDeckUpdate', update, update.ok ? undefined : ['presenter']);
  });

  const remember = async (update: DeckUpdate, filePath: string) => {
    if (!update.ok) return;
    app.addRecentDocument(filePath);
    await storage.recent.add(filePath);
    options.onRecentChanged();
  };

  const control: DeckControl = {
    session,
    async currentFor(view) {
      const opened = await initial;
      if (view === 'presenter') return session.latest ?? opened;
      return session.current ?? session.latest ?? opened;
    },
    async openPath(filePath) {
      const update = await session.open(filePath);
      await remember(update, filePath);
      return update;
    },
    openBytes(name, bytes) {
      return session.openBytes(name, bytes);
    },
    async openDialog(parent) {
      const lang = options.lang();
      const dialogOptions: Electron.OpenDialogOptions = {
        title: t(lang, 'dialog.open.title'),
        properties: ['openFile'],
        filters: [{ name: t(lang, 'dialog.open.filter'), extensions: SUPPORTED_EXTENSIONS.map((ext) => ext.replace(/^\./, '')) }],
      };
      const result = parent ? await dialog.showOpenDialog(parent, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      const chosen = result.filePaths[0];
      if (result.canceled || !chosen) return null;
      return control.openPath(chosen);
    },
    aspect() {
      return session.current?.deck.meta.aspect === '4:3' ? 4 / 3 : 16 / 9;
    },
  };

  // Views that ask before the launch file is compiled wait for it.
  const initial = options.initialFile ? control.openPath(options.initialFile) : session.open();
  return control;
}
