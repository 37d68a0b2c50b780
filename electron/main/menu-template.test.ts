import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi, type Mock } from 'vitest';
import type { UiLang, ViewName } from '../common/contract.ts';
import { DICTIONARIES } from '../common/i18n.ts';
import { buildMenuFromTemplate } from './electron-stand-in.ts';
import { buildMenuTemplate, type MenuActions, type MenuInput } from './menu-template.ts';

function actions(): { [K in keyof MenuActions]: Mock<MenuActions[K]> } {
  return {
    open: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    exportPdf: vi.fn(),
    exportDialog: vi.fn(),
    importRevision: vi.fn(),
    showView: vi.fn(),
    swapDisplays: vi.fn(),
    setLang: vi.fn(),
    present: vi.fn(),
    editCommand: vi.fn(),
    about: vi.fn(),
  };
}

const allViews = new Set<ViewName>(['audience', 'presenter', 'teleprompter', 'rehearsal', 'print', 'editor']);

function input(overrides: Partial<MenuInput> = {}): MenuInput {
  return {
    lang: 'zh-CN',
    platform: 'linux',
    recent: [],
    availableViews: allViews,
    canSwap: true,
    exporting: false,
    devTools: false,
    actions: actions(),
    ...overrides,
  };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function byId(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = flatten(items).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('menu template', () => {
  it('zh-CN is the Chinese menu bar: 文件 编辑 视图 放映 帮助', () => {
    expect(buildMenuTemplate(input()).map((m) => m.label)).toEqual(['文件', '编辑', '视图', '放映', '帮助']);
  });

  it('en gives the English menu bar', () => {
    expect(buildMenuTemplate(input({ lang: 'en' })).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Present', 'Help']);
  });

  it.each<UiLang>(['zh-CN', 'en'])('%s: every labelled item takes its text from the dictionary', (lang) => {
    const values = new Set(Object.values(DICTIONARIES[lang]));
    const otherLang = lang === 'en' ? DICTIONARIES['zh-CN'] : DICTIONARIES.en;
    const template = buildMenuTemplate(input({ lang, recent: [{ path: '/r/a.txt', name: 'a.txt', openedAt: '' }] }));
    for (const item of flatten(template)) {
      if (item.type === 'separator' || !item.label || item.id?.startsWith('recent-') && item.id !== 'recent-clear') continue;
      if (item.id?.startsWith('lang-')) continue; // each language names itself
      const label = item.label;
      const fromDictionary = values.has(label) || [...values].some((v) => v.includes('{') && label.startsWith(v.split('{')[0] ?? '\u0000'));
      expect(fromDictionary, `${lang}: ${label}`).toBe(true);
      if (label !== otherLang['app.name']) expect(Object.values(otherLang)).not.toContain(label);
    }
  });

  it('the language submenu names each language in itself and checks the current one', () => {
    const zh = byId(buildMenuTemplate(input()), 'language').submenu as MenuItemConstructorOptions[];
    expect(zh.map((i) => [i.label, i.checked])).toEqual([['简体中文', true], ['English', false]]);
    const a = actions();
    const en = byId(buildMenuTemplate(input({ lang: 'en', actions: a })), 'lang-zh-CN');
    click(en);
    expect(a.setLang).toHaveBeenCalledWith('zh-CN');
  });

  it('registered accelerators are unique; B, W and H are shown but left to the views', () => {
    const items = flatten(buildMenuTemplate(input({ devTools: true })));
    const registered = items.filter((i) => i.accelerator && i.registerAccelerator !== false).map((i) => i.accelerator);
    expect(new Set(registered).size).toBe(registered.length);
    expect(byId(buildMenuTemplate(input()), 'open').accelerator).toBe('CmdOrCtrl+O');
    expect(byId(buildMenuTemplate(input()), 'present-start').accelerator).toBe('F5');
    expect(byId(buildMenuTemplate(input()), 'swap-displays').accelerator).toBe('CmdOrCtrl+Shift+D');
    for (const id of ['present-black', 'present-white', 'present-hold']) {
      const item = byId(buildMenuTemplate(input()), id);
      expect(item.accelerator).toMatch(/^[BWH]$/);
      expect(item.registerAccelerator).toBe(false);
    }
    // no registered accelerator is a bare printable key that would eat typing
    for (const acc of registered) expect(acc).toMatch(/\+|^F\d+$/);
  });

  it('macOS: B, W and H carry no accelerator at all (registerAccelerator is ignored there); the key is in the label', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const template = buildMenuTemplate(input({ platform: 'darwin', lang }));
      for (const [id, key] of [['present-black', 'B'], ['present-white', 'W'], ['present-hold', 'H']] as const) {
        const item = byId(template, id);
        expect(item.accelerator).toBeUndefined();
        expect(item.label).toContain(key);
      }
      const bare = flatten(template).filter((i) => i.accelerator && !/\+|^F\d+$/.test(i.accelerator));
      expect(bare).toEqual([]);
    }
  });

  it('every variant passes Menu.buildFromTemplate\'s checks (labels/roles, known roles and types, parseable accelerators)', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const lang of ['zh-CN', 'en'] as const) {
        for (const recent of [[], [{ name: 'a.md', path: '/r/a.md', openedAt: '2026-01-01T00:00:00Z' }]]) {
          const template = buildMenuTemplate(input({ platform, lang, recent, devTools: true, exporting: true }));
          expect(() => buildMenuFromTemplate(template)).not.toThrow();
        }
      }
    }
    // and the check does reject what Electron would ignore or refuse
    expect(() => buildMenuFromTemplate([{ label: 'x', role: 'toggleFullscreenMode' }])).toThrow(/unknown role/);
    expect(() => buildMenuFromTemplate([{ label: 'x', accelerator: 'Ctrl+Shift' }])).toThrow(/Invalid accelerator/);
    expect(() => buildMenuFromTemplate([{ id: 'no-label' }])).toThrow(/at least one of label, role or type/);
  });

  it('menu items call their actions', () => {
    const a = actions();
    const template = buildMenuTemplate(input({ actions: a, recent: [{ path: '/r/报告.docx', name: '报告.docx', openedAt: '' }] }));
    click(byId(template, 'open'));
    click(byId(template, 'recent-0'));
    click(byId(template, 'recent-clear'));
    click(byId(template, 'export-handout-3'));
    click(byId(template, 'export-official'));
    click(byId(template, 'export-dialog'));
    click(byId(template, 'view-teleprompter'));
    click(byId(template, 'view-editor'));
    click(byId(template, 'swap-displays'));
    click(byId(template, 'present-black'));
    click(byId(template, 'present-hold'));
    click(byId(template, 'about'));
    expect(a.open).toHaveBeenCalledOnce();
    expect(a.openRecent).toHaveBeenCalledWith('/r/报告.docx');
    expect(a.clearRecent).toHaveBeenCalledOnce();
    expect(a.exportPdf.mock.calls).toEqual([['handout', 3], ['official']]);
    expect(a.exportDialog).toHaveBeenCalledOnce();
    expect(a.showView.mock.calls).toEqual([['teleprompter'], ['editor']]);
    expect(byId(template, 'view-editor')).toMatchObject({ label: '编辑幻灯片', accelerator: 'CmdOrCtrl+E', enabled: true });
    expect(a.swapDisplays).toHaveBeenCalledOnce();
    expect(a.present.mock.calls).toEqual([['black'], ['hold']]);
    expect(a.about).toHaveBeenCalledOnce();
  });

  it('文件 ▸ 导入修订稿… follows 最近打开 and asks the presenter for its dialog (disabled without the presenter page)', () => {
    const a = actions();
    const template = buildMenuTemplate(input({ actions: a }));
    const file = (template[0]?.submenu as MenuItemConstructorOptions[]).map((i) => i.id);
    expect(file.indexOf('import-revision')).toBe(file.indexOf('open-recent') + 1);
    expect(byId(template, 'import-revision')).toMatchObject({ label: '导入修订稿…', enabled: true });
    expect(byId(buildMenuTemplate(input({ lang: 'en' })), 'import-revision').label).toBe('Import Revised Draft…');
    click(byId(template, 'import-revision'));
    expect(a.importRevision).toHaveBeenCalledOnce();
    expect(byId(buildMenuTemplate(input({ availableViews: new Set(['audience']) })), 'import-revision').enabled).toBe(false);
  });

  it('the recent list shows names with the path as tooltip, or a disabled (无)', () => {
    const empty = byId(buildMenuTemplate(input()), 'open-recent').submenu as MenuItemConstructorOptions[];
    expect(empty).toEqual([{ id: 'recent-none', label: '（无）', enabled: false }]);
    const one = byId(buildMenuTemplate(input({ recent: [{ path: '/r/报告.docx', name: '报告.docx', openedAt: '' }] })), 'recent-0');
    expect([one.label, one.toolTip]).toEqual(['报告.docx', '/r/报告.docx']);
  });

  it('unbuilt views, a single display and a running export disable their items', () => {
    const template = buildMenuTemplate(input({ availableViews: new Set(['audience', 'presenter']), canSwap: false, exporting: true }));
    expect(byId(template, 'view-presenter').enabled).toBe(true);
    expect(byId(template, 'view-teleprompter').enabled).toBe(false);
    expect(byId(template, 'view-rehearsal').enabled).toBe(false);
    expect(byId(template, 'swap-displays').enabled).toBe(false);
    for (const id of ['export-dialog', 'export-slides', 'export-notes', 'export-handout', 'export-reading', 'export-official', 'export-proof']) {
      expect(byId(template, id).enabled).toBe(false);
    }
  });

  it('exports are disabled while the print view is not in the build', () => {
    const template = buildMenuTemplate(input({ availableViews: new Set(['audience', 'presenter']) }));
    expect(byId(template, 'export-slides').enabled).toBe(false);
    expect(byId(buildMenuTemplate(input()), 'export-slides').enabled).toBe(true);
  });

  it('macOS gets the app menu first, with Quit there instead of in File', () => {
    const template = buildMenuTemplate(input({ platform: 'darwin' }));
    expect(template.map((m) => m.id)).toEqual(['app', 'file', 'edit', 'view', 'present', 'help']);
    const fileItems = flatten([template[1] as MenuItemConstructorOptions]);
    expect(fileItems.some((i) => i.role === 'quit')).toBe(false);
    expect(flatten([template[0] as MenuItemConstructorOptions]).some((i) => i.role === 'quit')).toBe(true);
  });

  it('developer tools only when asked for', () => {
    expect(flatten(buildMenuTemplate(input())).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flatten(buildMenuTemplate(input({ devTools: true }))).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('Edit ▸ Undo / Redo are the app\'s own (they reach the editor\'s history), keys shown on Windows/Linux and registered on macOS', () => {
    const a = actions();
    const linux = input({ actions: a });
    const undo = byId(buildMenuTemplate(linux), 'edit-undo');
    const redo = byId(buildMenuTemplate(linux), 'edit-redo');
    expect(undo).toMatchObject({ label: '撤销', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(redo).toMatchObject({ label: '重做', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false });
    expect(undo.role).toBeUndefined();
    click(undo);
    click(redo);
    expect(a.editCommand.mock.calls).toEqual([['undo'], ['redo']]);
    const mac = buildMenuTemplate(input({ platform: 'darwin' }));
    expect(byId(mac, 'edit-undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
    expect(byId(mac, 'edit-redo')).toMatchObject({ accelerator: 'Shift+CmdOrCtrl+Z' });
    expect(byId(mac, 'edit-undo').registerAccelerator).toBeUndefined();
    // Cut, copy, paste stay the text fields' roles.
    expect(flatten(buildMenuTemplate(linux)).filter((item) => item.role === 'copy' || item.role === 'paste' || item.role === 'cut')).toHaveLength(3);
  });
});
