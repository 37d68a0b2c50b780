/**
 * What the menu items and the Host requests do. Both paths end here, so a menu
 * click and the same request from a view behave alike (language, swap, open).
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { ExportOutcome, ExportRequest, HostCommand, UiLang } from '../common/contract.ts';
import { batchPlan, exportBatch } from '../../slides/export/batch.ts';
import { isUiLang, t } from '../common/i18n.ts';
import type { PrintRequest } from '../common/print.ts';
import type { FontSubsetter } from '../../slides/node/font-subsetter.ts';
import { describeOfficialFaces } from '../../slides/core/official-faces.ts';
import type { OfficialFaces } from '../../slides/core/official-faces.ts';
import type { DeckControl } from './deck.ts';
import type { DisplayControl } from './displays.ts';
import { routeEditCommand } from './edit-command.ts';
import { defaultPdfFileName } from './export-plan.ts';
import type { IpcHandlers } from './ipc.ts';
import type { MenuActions } from './menu-template.ts';
import { exportPdf, printPdf } from './printing.ts';
import { UI_LANG_SETTING, type Storage } from './storage.ts';
import type { ViewWindows } from './windows.ts';

export interface CommandContext {
  windows: ViewWindows;
  displays: DisplayControl;
  deck: DeckControl;
  storage: Storage;
  fonts: FontSubsetter;
  /** The built renderer (the single-file HTML export reads its pages and fonts). */
  rendererDir: string;
  rebuildMenu: () => void;
}

export interface Commands {
  actions: MenuActions;
  ipc: IpcHandlers;
  isExporting(): boolean;
}

export function createCommands(context: CommandContext): Commands {
  const { windows, displays, deck, storage, fonts } = context;
  let exporting = false;
  const lang = () => storage.lang();
  const presenter = () => windows.get('presenter');
  const broadcast = (command: HostCommand) => windows.send('onCommand', command);

  const message = async (type: 'info' | 'error' | 'warning', text: string, detail?: string) => {
    const parent = presenter();
    const options = { type, message: text, detail, buttons: [t(lang(), 'dialog.ok')] };
    await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  };

  const setLang = async (next: UiLang) => {
    if (storage.settings.get(UI_LANG_SETTING) !== next) await storage.settings.set(UI_LANG_SETTING, next);
    context.rebuildMenu();
    broadcast({ type: 'lang', lang: next });
  };

  const openRecent = async (filePath: string) => {
    // Only paths the app itself put in the list: a page cannot make main read an arbitrary file.
    if (!storage.recent.has(filePath)) throw new Error(`not in the recent-files list: ${filePath}`);
    return deck.openPath(filePath);
  };

  const runExport = async (request: PrintRequest) => {
    const lng = lang();
    if (exporting) return message('info', t(lng, 'export.busy'));
    const current = deck.session.current;
    if (!current) return message('error', t(lng, 'export.failed', { message: deck.session.latest?.ok === false ? deck.session.latest.error.message : '—' }));
    const parent = presenter();
    const saveOptions: Electron.SaveDialogOptions = {
      title: t(lng, 'export.saveTitle'),
      defaultPath: path.join(app.getPath('documents'), defaultPdfFileName(current.deck.meta.title, request, lng)),
      filters: [{ name: t(lng, 'export.pdfFilter'), extensions: ['pdf'] }],
    };
    const choice = parent ? await dialog.showSaveDialog(parent, saveOptions) : await dialog.showSaveDialog(saveOptions);
    if (choice.canceled || !choice.filePath) return;
    const outFile = choice.filePath.toLowerCase().endsWith('.pdf') ? choice.filePath : `${choice.filePath}.pdf`;
    exporting = true;
    context.rebuildMenu();
    try {
      const { faces } = await exportPdf({
        windows,
        deck: current.deck,
        request,
        fonts,
        outFile,
        onProgress: (_stage, fraction) => presenter()?.setProgressBar(fraction),
      });
      shell.showItemInFolder(outFile);
      await message('info', t(lng, 'export.done', { file: outFile }), faces ? describeOfficialFaces(faces, lng) : undefined);
    } catch (error) {
      await message('error', t(lng, 'export.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      exporting = false;
      presenter()?.setProgressBar(-1);
      context.rebuildMenu();
    }
  };

  /** The export dialog: a folder asked for, then every checked format in one pass (PDFs printed in hidden windows, one at a time). */
  const runBatchExport = async (request: ExportRequest): Promise<ExportOutcome> => {
    const lng = lang();
    if (exporting) return { ok: false, cancelled: false, message: t(lng, 'export.busy'), files: [] };
    const current = deck.session.current;
    if (!current) return { ok: false, cancelled: false, message: t(lng, 'export.failed', { message: deck.session.latest?.ok === false ? deck.session.latest.error.message : '—' }), files: [] };
    const parent = presenter();
    const folderOptions: Electron.OpenDialogOptions = {
      title: t(lng, 'export.folderTitle'),
      defaultPath: current.source.watched ? path.dirname(current.source.path) : app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory'],
    };
    const choice = parent ? await dialog.showOpenDialog(parent, folderOptions) : await dialog.showOpenDialog(folderOptions);
    const folder = choice.filePaths[0];
    if (choice.canceled || !folder) return { ok: false, cancelled: true };
    const { targets, requests } = batchPlan(current.source.name, folder, request);
    const files: string[] = [];
    let faces: OfficialFaces | undefined;
    exporting = true;
    context.rebuildMenu();
    try {
      const pictureFolder = deck.session.deckFolder();
      await exportBatch(current.deck, targets, {
        requests,
        // The deck's pictures go inside the files (PDF, PPTX, single-file HTML).
        ...(pictureFolder === undefined ? {} : { pictureFolder }),
        rendererDir: context.rendererDir,
        openPrinter: async () => ({
          render: (printed, printRequest) => printPdf({ windows, deck: printed, request: printRequest, fonts, onProgress: (_stage, fraction) => presenter()?.setProgressBar(fraction) }),
          close: async () => undefined,
        }),
        onWritten: (target, made) => {
          files.push(target.path);
          faces = made.faces ?? faces;
        },
      });
      void shell.openPath(folder);
      return { ok: true, folder, files, ...(faces ? { faces } : {}) };
    } catch (error) {
      return { ok: false, cancelled: false, message: t(lng, 'export.failed', { message: error instanceof Error ? error.message : String(error) }), files };
    } finally {
      exporting = false;
      presenter()?.setProgressBar(-1);
      context.rebuildMenu();
    }
  };

  const actions: MenuActions = {
    open: () => void deck.openDialog(presenter()),
    openRecent: (filePath) => void openRecent(filePath).catch((error: unknown) => message('error', String(error))),
    clearRecent: () => {
      app.clearRecentDocuments();
      void storage.recent.clear().then(context.rebuildMenu);
    },
    exportPdf: (kind, perPage) => void runExport(kind === 'handout' ? { kind, perPage: perPage ?? 3 } : { kind }),
    exportDialog: () => {
      // The dialog lives in the presenter (on the operator's screen): open it there.
      const { created } = windows.open('presenter');
      if (created) displays.apply(['presenter']);
      broadcast({ type: 'exportDialog' });
    },
    importRevision: () => {
      // The draft is picked in the presenter's dialog (which then shows what the update did).
      const { created } = windows.open('presenter');
      if (created) displays.apply(['presenter']);
      broadcast({ type: 'importRevision' });
    },
    showView: (view) => {
      // Only a window just made needs placing: moving one already shown would pull the hall out of fullscreen.
      const { created } = windows.open(view);
      if (created && (view === 'audience' || view === 'presenter')) displays.apply([view]);
    },
    swapDisplays: () => displays.swap(),
    setLang: (next) => void setLang(next),
    present: (action) => {
      if (action === 'start' && !windows.get('audience')) {
        windows.open('audience');
        displays.apply(['audience']);
      }
      broadcast({ type: 'present', action });
    },
    editCommand: (action) => {
      const focused = BrowserWindow.getFocusedWindow();
      const route = routeEditCommand(action, focused ? windows.viewOf(focused.webContents) : undefined, focused !== null);
      if (route.to === 'editor') windows.send('onCommand', { type: 'edit', action: route.action }, ['editor']);
      else if (route.to === 'field' && focused) {
        if (route.action === 'undo') focused.webContents.undo();
        else focused.webContents.redo();
      }
    },
    about: () => void message('info', t(lang(), 'app.name'), t(lang(), 'about.detail', { version: app.getVersion() })),
  };

  const ipc: IpcHandlers = {
    currentDeck: (event) => deck.currentFor(windows.viewOf(event.sender)),
    // The dialog belongs on the operator's screen, never over the hall's, whichever view asked.
    openDialog: (event) => deck.openDialog(presenter() ?? BrowserWindow.fromWebContents(event.sender) ?? undefined),
    openBytes: (_event, name, bytes) => deck.openBytes(name, bytes),
    openRecent: (_event, filePath) => openRecent(filePath),
    recentFiles: () => storage.recent.list(),
    // The UI language is the user's choice, else the system's: the views ask for it here.
    getSetting: (_event, key) => (key === UI_LANG_SETTING ? storage.lang() : storage.settings.get(key)),
    setSetting: async (_event, key, value) => {
      if (key === UI_LANG_SETTING) {
        if (!isUiLang(value)) throw new Error(`${UI_LANG_SETTING} must be one of zh-CN, en`);
        await setLang(value);
        return;
      }
      await storage.settings.set(key, value);
    },
    swapDisplays: () => displays.swap(),
    loadRehearsals: (_event, reportKey) => storage.rehearsals.loadOrReject(reportKey),
    saveRehearsals: (_event, reportKey, data) => storage.rehearsals.save(reportKey, data),
    fontsFor: (_event, faces, text) => fonts.subset(faces, text),
    showView: async (_event, view) => {
      windows.open(view);
    },
    // Main is the one writer of the deck file: every view's edits go through its session.
    editDeck: (_event, ops) => deck.session.edit(ops),
    addPicture: (_event, name, bytes) => deck.session.addPicture(name, bytes),
    exportFormats: (_event, request) => runBatchExport(request),
    importRevision: (_event, name, bytes) => deck.session.importRevision(name, bytes),
  };

  return { actions, ipc, isExporting: () => exporting };
}
