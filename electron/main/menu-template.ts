/**
 * The application menu as data, from the shared i18n dictionary. Pure: menu.ts
 * hands the result to Menu.buildFromTemplate and rebuilds it when the language,
 * the recent files or the available views change.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentFile, UiLang, ViewName } from '../common/contract.ts';
import { t, UI_LANGS, DICTIONARIES, type StringKey } from '../common/i18n.ts';
import { HANDOUT_LAYOUTS, type HandoutPerPage, type PdfExportKind } from '../common/print.ts';
import { editAccelerator, type EditAction } from './edit-command.ts';

export type PresentAction = 'start' | 'black' | 'white' | 'hold';

export interface MenuActions {
  open(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  exportPdf(kind: PdfExportKind, perPage?: HandoutPerPage): void;
  /** The presenter's export dialog: several formats in one pass. */
  exportDialog(): void;
  /** 文件 ▸ 导入修订稿: the presenter's dialog for bringing a new draft into the deck. */
  importRevision(): void;
  showView(view: Exclude<ViewName, 'print'>): void;
  swapDisplays(): void;
  setLang(lang: UiLang): void;
  present(action: PresentAction): void;
  /** Edit ▸ Undo / Redo: the editor's history in the editor's window, the text field's elsewhere (edit-command.ts). */
  editCommand(action: EditAction): void;
  about(): void;
}

export interface MenuInput {
  lang: UiLang;
  platform: NodeJS.Platform;
  recent: readonly RecentFile[];
  /** Views whose page exists in the build; the others are shown disabled. */
  availableViews: ReadonlySet<ViewName>;
  /** More than one display: swapping means something. */
  canSwap: boolean;
  /** An export is running: no second one until it ends. */
  exporting: boolean;
  devTools: boolean;
  actions: MenuActions;
}

/**
 * Accelerators. B, W and H belong to the views, which handle those keys themselves: a
 * registered bare letter would fire while the operator types in the presenter's search box.
 * On Windows and Linux they are shown but not registered (`registerAccelerator: false`);
 * that option is Windows/Linux only (Electron's menu-item docs), and on macOS every menu
 * accelerator is registered, so there the key is named in the label instead.
 */
export const ACCELERATORS = {
  open: 'CmdOrCtrl+O',
  presenter: 'CmdOrCtrl+1',
  audience: 'CmdOrCtrl+2',
  teleprompter: 'CmdOrCtrl+3',
  rehearsal: 'CmdOrCtrl+4',
  editor: 'CmdOrCtrl+E',
  swapDisplays: 'CmdOrCtrl+Shift+D',
  start: 'F5',
  black: 'B',
  white: 'W',
  hold: 'H',
  quit: 'CmdOrCtrl+Q',
} as const;

export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const { lang, actions } = input;
  const s = (key: StringKey, values?: Record<string, string | number>) => t(lang, key, values);
  const mac = input.platform === 'darwin';

  // Exports need the print view in the build, and one at a time.
  const canExport = !input.exporting && input.availableViews.has('print');
  const exportItems: MenuItemConstructorOptions[] = [
    { id: 'export-dialog', label: s('export.dialog'), enabled: canExport && input.availableViews.has('presenter'), click: () => actions.exportDialog() },
    { type: 'separator' },
    { id: 'export-slides', label: s('export.slides'), enabled: canExport, click: () => actions.exportPdf('slides') },
    { id: 'export-notes', label: s('export.notes'), enabled: canExport, click: () => actions.exportPdf('notes') },
    {
      id: 'export-handout',
      label: s('export.handout'),
      enabled: canExport,
      submenu: HANDOUT_LAYOUTS.map((n) => ({
        id: `export-handout-${n}`,
        label: s('export.handout.perPage', { n }),
        click: () => actions.exportPdf('handout', n),
      })),
    },
    { id: 'export-reading', label: s('export.reading'), enabled: canExport, click: () => actions.exportPdf('reading') },
    { id: 'export-official', label: s('export.official'), enabled: canExport, click: () => actions.exportPdf('official') },
    { id: 'export-proof', label: s('export.proof'), enabled: canExport, click: () => actions.exportPdf('proof') },
  ];

  const recentItems: MenuItemConstructorOptions[] =
    input.recent.length === 0
      ? [{ id: 'recent-none', label: s('menu.file.openRecent.none'), enabled: false }]
      : [
          ...input.recent.map((file, i) => ({
            id: `recent-${i}`,
            label: file.name,
            toolTip: file.path,
            click: () => actions.openRecent(file.path),
          })),
          { type: 'separator' },
          { id: 'recent-clear', label: s('menu.file.openRecent.clear'), click: () => actions.clearRecent() },
        ];

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: s('menu.file'),
    submenu: [
      { id: 'open', label: s('menu.file.open'), accelerator: ACCELERATORS.open, click: () => actions.open() },
      { id: 'open-recent', label: s('menu.file.openRecent'), submenu: recentItems },
      { id: 'import-revision', label: s('menu.file.importRevision'), enabled: input.availableViews.has('presenter'), click: () => actions.importRevision() },
      { type: 'separator' },
      { id: 'export', label: s('menu.file.export'), submenu: exportItems },
      ...(mac ? [] : [{ type: 'separator' } as const, { id: 'quit', role: 'quit', label: s('menu.file.quit'), accelerator: ACCELERATORS.quit } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: s('menu.edit'),
    submenu: [
      { id: 'edit-undo', label: s('menu.edit.undo'), ...editAccelerator('undo', input.platform), click: () => actions.editCommand('undo') },
      { id: 'edit-redo', label: s('menu.edit.redo'), ...editAccelerator('redo', input.platform), click: () => actions.editCommand('redo') },
      { type: 'separator' },
      { role: 'cut', label: s('menu.edit.cut') },
      { role: 'copy', label: s('menu.edit.copy') },
      { role: 'paste', label: s('menu.edit.paste') },
      { role: 'selectAll', label: s('menu.edit.selectAll') },
    ],
  };

  const viewItem = (view: Exclude<ViewName, 'print'>, key: StringKey): MenuItemConstructorOptions => ({
    id: `view-${view}`,
    label: s(key),
    accelerator: ACCELERATORS[view],
    enabled: input.availableViews.has(view),
    click: () => actions.showView(view),
  });

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: s('menu.view'),
    submenu: [
      viewItem('presenter', 'menu.view.presenter'),
      viewItem('audience', 'menu.view.audience'),
      viewItem('teleprompter', 'menu.view.teleprompter'),
      viewItem('rehearsal', 'menu.view.rehearsal'),
      viewItem('editor', 'menu.view.editor'),
      { type: 'separator' },
      { id: 'swap-displays', label: s('menu.view.swapDisplays'), accelerator: ACCELERATORS.swapDisplays, enabled: input.canSwap, click: () => actions.swapDisplays() },
      {
        id: 'language',
        label: s('menu.view.language'),
        submenu: UI_LANGS.map((code) => ({
          id: `lang-${code}`,
          // Each language names itself, so a user lost in the other language finds theirs.
          label: DICTIONARIES[code]['lang.name'],
          type: 'radio',
          checked: code === lang,
          click: () => actions.setLang(code),
        })),
      },
      { type: 'separator' },
      { role: 'togglefullscreen', label: s('menu.view.fullscreen') },
      ...(input.devTools ? [{ role: 'toggleDevTools' } as const] : []),
    ],
  };

  const viewKeyItem = (action: 'black' | 'white' | 'hold', key: StringKey): MenuItemConstructorOptions => {
    const click = () => actions.present(action);
    const letter = ACCELERATORS[action];
    if (mac) return { id: `present-${action}`, label: `${s(key)}${lang === 'zh-CN' ? `（${letter}）` : ` (${letter})`}`, click };
    return { id: `present-${action}`, label: s(key), accelerator: letter, registerAccelerator: false, click };
  };

  const present: MenuItemConstructorOptions = {
    id: 'present',
    label: s('menu.present'),
    submenu: [
      { id: 'present-start', label: s('menu.present.start'), accelerator: ACCELERATORS.start, click: () => actions.present('start') },
      { type: 'separator' },
      viewKeyItem('black', 'menu.present.black'),
      viewKeyItem('white', 'menu.present.white'),
      viewKeyItem('hold', 'menu.present.hold'),
    ],
  };

  const help: MenuItemConstructorOptions = {
    id: 'help',
    label: s('menu.help'),
    role: 'help',
    submenu: [{ id: 'about', label: s('menu.help.about'), click: () => actions.about() }],
  };

  const appMenu: MenuItemConstructorOptions = {
    id: 'app',
    label: s('app.name'),
    submenu: [
      { id: 'about-app', label: s('menu.help.about'), click: () => actions.about() },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { id: 'quit', role: 'quit', label: s('menu.file.quit'), accelerator: ACCELERATORS.quit },
    ],
  };

  return mac ? [appMenu, file, edit, view, present, help] : [file, edit, view, present, help];
}
