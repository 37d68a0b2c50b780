/**
 * The whole main process as it ships (the esbuild bundle), started against a
 * recording stand-in for the `electron` module, since Electron's binary cannot run
 * here. It checks the wiring the unit tests cannot: the setup order, the windows'
 * preferences, the scheme handler, the IPC channels answering real deck data, the
 * security hooks, the menu and the display placement, end to end inside main.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DeckUpdate, HostCommand } from '../common/contract.ts';
import { EVENT_CHANNELS, INVOKE_CHANNELS, INVOKE_KEYS } from '../common/ipc.ts';
import { buildElectron } from '../../build/scripts/build-electron.ts';

type Listener = (...args: never[]) => unknown;

const fake = vi.hoisted(() => {
  // Belt and braces: should the mock below ever not apply, electron's index.js would try to
  // download the binary; with an override path it only returns a path.
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent-electron-dist';
  const log: string[] = [];
  const appListeners = new Map<string, Listener[]>();
  const screenListeners = new Map<string, Listener[]>();
  const state = {
    userData: '',
    displays: [
      { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 }, scaleFactor: 2, internal: true },
      { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1040 }, scaleFactor: 1, internal: false },
    ],
    schemes: [] as unknown[],
    protocolHandler: undefined as undefined | ((request: Request) => Promise<Response>),
    ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    menus: [] as Array<Array<{ label?: string; id?: string; submenu?: unknown }>>,
    permissionRequest: undefined as undefined | ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void),
    permissionCheck: undefined as undefined | ((wc: unknown, permission: string) => boolean),
    beforeRequest: undefined as undefined | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void),
    windows: [] as FakeWindow[],
    /** What the print view's ready probe returns, in turn (then: ready). */
    printStates: [] as Array<{ ready: string | null; progress: string | null; error: string | null }>,
    printOptions: [] as unknown[],
    saveChoice: { canceled: true } as { canceled: boolean; filePath?: string },
    progress: [] as number[],
  };
  // A minimal PDF with a classic trailer, as Chromium writes them, for the exporter to stamp.
  const pdfBody = '%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type /Pages /Kids [] /Count 0>>\nendobj\n';
  const minimalPdf = `${pdfBody}xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer\n<</Size 3 /Root 1 0 R>>\nstartxref\n${pdfBody.length}\n%%EOF\n`;

  class FakeContents {
    sent: Array<{ channel: string; payload: unknown }> = [];
    listeners = new Map<string, Listener[]>();
    openHandler: ((details: { url: string }) => { action: string }) | undefined;
    constructor(readonly window: FakeWindow) {}
    send(channel: string, payload: unknown) {
      this.sent.push({ channel, payload });
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
    }
    executeJavaScript() {
      return Promise.resolve(state.printStates.shift() ?? { ready: 'pdf', progress: '1', error: null });
    }
    printToPDF(options: unknown) {
      state.printOptions.push(options);
      return Promise.resolve(Buffer.from(minimalPdf, 'latin1'));
    }
  }

  class FakeWindow {
    webContents: FakeContents;
    url = '';
    bounds: unknown;
    fullscreen = false;
    listeners = new Map<string, Listener[]>();
    constructor(readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
      this.webContents = new FakeContents(this);
      state.windows.push(this);
      log.push('new BrowserWindow');
      for (const listener of appListeners.get('web-contents-created') ?? []) (listener as (...a: unknown[]) => unknown)({}, this.webContents);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    emit(event: string) {
      const listeners = this.listeners.get(event) ?? [];
      this.listeners.set(event, []);
      for (const listener of listeners) (listener as () => unknown)();
    }
    isDestroyed() {
      return false;
    }
    isFullScreen() {
      return this.fullscreen;
    }
    setFullScreen(value: boolean) {
      this.fullscreen = value;
      if (!value) this.emit('leave-full-screen');
    }
    setBounds(bounds: unknown) {
      this.bounds = bounds;
    }
    show() {}
    focus() {}
    reload() {}
    close() {}
    destroy() {}
    setProgressBar(value: number) {
      state.progress.push(value);
    }
    static fromWebContents(contents: FakeContents) {
      return contents.window;
    }
  }

  const electron = {
    app: {
      on(event: string, listener: Listener) {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
        return this;
      },
      enableSandbox: () => log.push('app.enableSandbox'),
      requestSingleInstanceLock: () => true,
      whenReady: () => {
        log.push('app.whenReady');
        return Promise.resolve();
      },
      getPath: (name: string) => path.join(state.userData, name),
      getVersion: () => '0.1.0',
      // A Chinese system: the menus start in Chinese (an English one would start in English).
      getLocale: () => 'zh-CN',
      isPackaged: false,
      addRecentDocument: (p: string) => log.push(`addRecentDocument ${p}`),
      clearRecentDocuments: () => undefined,
      quit: () => log.push('app.quit'),
      exit: (code: number) => log.push(`app.exit ${code}`),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        log.push('protocol.registerSchemesAsPrivileged');
        state.schemes = schemes;
      },
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
        log.push('protocol.handle');
        state.protocolHandler = handler;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof state.permissionRequest) => (state.permissionRequest = h),
        setPermissionCheckHandler: (h: typeof state.permissionCheck) => (state.permissionCheck = h),
        setDevicePermissionHandler: () => undefined,
        webRequest: { onBeforeRequest: (h: typeof state.beforeRequest) => (state.beforeRequest = h) },
      },
    },
    screen: {
      getAllDisplays: () => state.displays,
      getPrimaryDisplay: () => state.displays[0],
      on(event: string, listener: Listener) {
        screenListeners.set(event, [...(screenListeners.get(event) ?? []), listener]);
      },
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => state.ipcHandlers.set(channel, handler),
    },
    Menu: {
      buildFromTemplate: (template: Array<{ label?: string }>) => ({ template }),
      setApplicationMenu: (menu: { template: Array<{ label?: string }> }) => state.menus.push(menu.template),
    },
    dialog: {
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve(state.saveChoice),
    },
    shell: { showItemInFolder: () => undefined },
    BrowserWindow: FakeWindow,
  };
  return { electron, log, state, screenListeners, appListeners };
});

vi.mock('electron', () => fake.electron);

type FakeWindow = (typeof fake.state.windows)[number];

let dir: string;

function windowOf(page: string): FakeWindow {
  const found = fake.state.windows.find((w) => w.url === `podium://app/${page}`);
  if (!found) throw new Error(`no window loaded ${page}`);
  return found;
}

function ipcEvent(window: FakeWindow, url = window.url, parent: unknown = null) {
  return { sender: window.webContents, senderFrame: { url, parent } };
}

async function call(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = fake.state.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'podium-main-smoke-'));
  fake.state.userData = path.join(dir, 'user');
  const built = await buildElectron(path.join(dir, 'app/electron'));
  // The scheme serves <app>/renderer: two pages stand in for the Vite build.
  await mkdir(path.join(dir, 'app/renderer'), { recursive: true });
  await writeFile(path.join(dir, 'app/renderer/index.html'), '<!doctype html><title>audience</title>');
  await writeFile(path.join(dir, 'app/renderer/presenter.html'), '<!doctype html><title>presenter</title>');
  await writeFile(path.join(dir, 'app/renderer/print.html'), '<!doctype html><title>print</title>');
  await writeFile(path.join(dir, 'secret.txt'), 'not for pages');
  await import(built.main);
  // start() runs on; wait until it has opened the show.
  await vi.waitFor(() => expect(fake.state.windows.length).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('main process, started against a stand-in electron', () => {
  it('registers the privileged scheme and the sandbox before ready, then serves it', () => {
    const order = (entry: string) => fake.log.indexOf(entry);
    expect(order('protocol.registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(order('protocol.registerSchemesAsPrivileged')).toBeLessThan(order('app.whenReady'));
    expect(order('app.enableSandbox')).toBeLessThan(order('app.whenReady'));
    expect(order('protocol.handle')).toBeGreaterThan(order('app.whenReady'));
    expect(fake.state.schemes).toEqual([{ scheme: 'podium', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });

  it('opens presenter and audience with the one hardened set of preferences and the built preload', async () => {
    for (const page of ['presenter.html', 'index.html']) {
      const prefs = windowOf(page).options.webPreferences;
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
      expect(String(prefs.preload)).toBe(path.join(dir, 'app/electron/preload/preload.cjs'));
      expect(await readFile(String(prefs.preload), 'utf8')).toContain('exposeInMainWorld');
    }
  });

  it('places the audience fullscreen on the external display and the presenter on the laptop', () => {
    expect(windowOf('index.html').fullscreen).toBe(true);
    expect(windowOf('index.html').bounds).toEqual(fake.state.displays[1]?.bounds);
    expect(windowOf('presenter.html').bounds).toEqual(fake.state.displays[0]?.workArea);
  });

  it('serves pages with the CSP and refuses traversal and other methods', async () => {
    const handler = fake.state.protocolHandler;
    if (!handler) throw new Error('no protocol handler');
    const ok = await handler(new Request('podium://app/presenter.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'self'/);
    expect(await ok.text()).toContain('<title>presenter</title>');
    expect((await handler(new Request('podium://app/..%2Fsecret.txt'))).status).toBe(403);
    expect((await handler(new Request('podium://app/missing.html'))).status).toBe(404);
    expect((await handler(new Request('podium://app/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('answers every Host request channel, with the bundled deck for currentDeck', async () => {
    expect([...fake.state.ipcHandlers.keys()].sort()).toEqual(INVOKE_KEYS.map((k) => INVOKE_CHANNELS[k]).sort());
    const update = (await call(INVOKE_CHANNELS.currentDeck, ipcEvent(windowOf('index.html')))) as DeckUpdate;
    expect(update.ok).toBe(true);
    if (update.ok) {
      expect(update.deck.slides.length).toBeGreaterThan(10);
      expect(update.source.name).toBe('town-congress-report.md');
    }
  });

  it('rejects IPC from foreign frames, sub-frames and windows that are not ours, and bad arguments', async () => {
    const presenter = windowOf('presenter.html');
    await expect(call(INVOKE_CHANNELS.currentDeck, ipcEvent(presenter, 'https://evil.example/'))).rejects.toThrow(/unknown sender/);
    await expect(call(INVOKE_CHANNELS.currentDeck, ipcEvent(presenter, presenter.url, {}))).rejects.toThrow(/sub-frame/);
    const stranger = { sender: {}, senderFrame: { url: 'podium://app/presenter.html', parent: null } };
    await expect(call(INVOKE_CHANNELS.currentDeck, stranger)).rejects.toThrow(/not a Podium window/);
    await expect(call(INVOKE_CHANNELS.openRecent, ipcEvent(presenter), '/etc/passwd')).rejects.toThrow(/not in the recent-files list/);
    await expect(call(INVOKE_CHANNELS.setSetting, ipcEvent(presenter), 'uiLang', 'fr')).rejects.toThrow(/uiLang must be one of/);
  });

  it('switches the language: remembered, menu rebuilt in English, every view told', async () => {
    expect(fake.state.menus.at(-1)?.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '放映', '帮助']);
    const presenter = windowOf('presenter.html');
    await call(INVOKE_CHANNELS.setSetting, ipcEvent(presenter), 'uiLang', 'en');
    expect(fake.state.menus.at(-1)?.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Present', 'Help']);
    for (const page of ['presenter.html', 'index.html']) {
      const commands = windowOf(page).webContents.sent.filter((s) => s.channel === EVENT_CHANNELS.onCommand).map((s) => s.payload as HostCommand);
      expect(commands).toContainEqual({ type: 'lang', lang: 'en' });
    }
    const saved = JSON.parse(await readFile(path.join(fake.state.userData, 'userData/settings.json'), 'utf8')) as Record<string, unknown>;
    expect(saved.uiLang).toBe('en');
    expect(await call(INVOKE_CHANNELS.getSetting, ipcEvent(presenter), 'uiLang')).toBe('en');
  });

  it('denies new windows, navigation away, permissions and remote requests', () => {
    const contents = windowOf('presenter.html').webContents;
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const navigate = (url: string) => {
      const event = { url, prevented: false, preventDefault() { this.prevented = true; } };
      contents.emit('will-navigate', event);
      return event.prevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('podium://app/presenter.html')).toBe(false);
    const webview = { prevented: false, preventDefault() { this.prevented = true; } };
    contents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);

    let granted: boolean | undefined;
    fake.state.permissionRequest?.({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(fake.state.permissionCheck?.({}, 'notifications')).toBe(false);
    let cancel: boolean | undefined;
    fake.state.beforeRequest?.({ url: 'https://fonts.googleapis.com/css' }, (r) => (cancel = r.cancel));
    expect(cancel).toBe(true);
    fake.state.beforeRequest?.({ url: 'podium://app/assets/x.js' }, (r) => (cancel = r.cancel));
    expect(cancel).toBe(false);
  });

  it('swaps the displays on request and brings the audience back when the projector is unplugged', async () => {
    const audience = windowOf('index.html');
    await call(INVOKE_CHANNELS.swapDisplays, ipcEvent(windowOf('presenter.html')));
    expect(audience.bounds).toEqual(fake.state.displays[0]?.bounds);
    expect(windowOf('presenter.html').bounds).toEqual(fake.state.displays[1]?.workArea);
    await call(INVOKE_CHANNELS.swapDisplays, ipcEvent(windowOf('presenter.html')));
    expect(audience.bounds).toEqual(fake.state.displays[1]?.bounds);

    const windowsBefore = fake.state.windows.length;
    fake.state.displays = fake.state.displays.slice(0, 1);
    for (const listener of fake.screenListeners.get('display-removed') ?? []) (listener as () => void)();
    expect(fake.state.windows.length).toBe(windowsBefore);
    expect(audience.fullscreen).toBe(false);
    const laptop = fake.state.displays[0]?.workArea;
    const bounds = audience.bounds as { x: number; y: number; width: number; height: number };
    expect(bounds.x).toBeGreaterThanOrEqual(laptop?.x ?? 0);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual((laptop?.x ?? 0) + (laptop?.width ?? 0));
  });

  it('exports a PDF from the menu: hidden sandboxed print window, layout progress, printToPDF, file written, progress bar', async () => {
    type Item = { id?: string; click?: () => void; submenu?: Item[] };
    const find = (items: Item[], id: string): Item | undefined =>
      items.map((i) => (i.id === id ? i : Array.isArray(i.submenu) ? find(i.submenu, id) : undefined)).find(Boolean);
    const outFile = path.join(dir, 'exports', '报告 — 幻灯片');
    fake.state.saveChoice = { canceled: false, filePath: outFile };
    fake.state.printStates = [
      { ready: null, progress: null, error: null },
      { ready: null, progress: '0.5', error: null },
      { ready: 'pdf', progress: '1', error: null },
    ];
    const before = fake.state.windows.length;
    find(fake.state.menus.at(-1) as Item[], 'export-slides')?.click?.();
    await vi.waitFor(() => expect(existsSync(`${outFile}.pdf`)).toBe(true), { timeout: 10_000 });

    const printWindow = fake.state.windows[before];
    expect(printWindow?.url).toBe('podium://app/print.html?kind=slides');
    expect(printWindow?.options.show).toBe(false);
    expect(printWindow?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(fake.state.printOptions).toEqual([expect.objectContaining({ preferCSSPageSize: true, generateDocumentOutline: true, printBackground: true })]);
    const pdf = await readFile(`${outFile}.pdf`, 'latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toMatch(/\/Title <FEFF[0-9A-F]+>/);
    // the progress bar climbs, then is cleared when the export ends
    await vi.waitFor(() => expect(fake.state.progress.at(-1)).toBe(-1));
    const climb = fake.state.progress.slice(0, -1);
    expect(climb.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < climb.length; i += 1) expect(climb[i]).toBeGreaterThanOrEqual(climb[i - 1] as number);
    expect(climb.at(-1)).toBe(1);
  });

  it('a damaged rehearsal file rejects the load once with where it was kept, then the history starts empty', async () => {
    const presenter = windowOf('presenter.html');
    const folder = path.join(fake.state.userData, 'userData/rehearsals');
    const file = path.join(folder, `${createHash('sha256').update('damaged-report').digest('hex').slice(0, 32)}.json`);
    await mkdir(folder, { recursive: true });
    await writeFile(file, '{"reportKey": "damaged-report", "data": {"runs": [');
    await expect(call(INVOKE_CHANNELS.loadRehearsals, ipcEvent(presenter), 'damaged-report')).rejects.toThrow(`(kept as ${file}.bak)`);
    expect(existsSync(`${file}.bak`)).toBe(true);
    expect(await call(INVOKE_CHANNELS.loadRehearsals, ipcEvent(presenter), 'damaged-report')).toBeUndefined();
  });

  // Last: it ends the deck session.
  it('quits only after the pending writes are on disk', async () => {
    const presenter = windowOf('presenter.html');
    void call(INVOKE_CHANNELS.saveRehearsals, ipcEvent(presenter), 'report-1', { runs: ['last slide'] });
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    const quitsBefore = fake.log.filter((entry) => entry === 'app.quit').length;
    for (const listener of fake.appListeners.get('before-quit') ?? []) (listener as (e: unknown) => void)(event);
    expect(event.prevented).toBe(true);
    await vi.waitFor(() => expect(fake.log.filter((entry) => entry === 'app.quit').length).toBe(quitsBefore + 1));
    const runs = (await call(INVOKE_CHANNELS.loadRehearsals, ipcEvent(presenter), 'report-1')) as unknown;
    expect(runs).toEqual({ runs: ['last slide'] });
    // the second before-quit (from that app.quit) lets the quit go through
    const again = { prevented: false, preventDefault() { this.prevented = true; } };
    for (const listener of fake.appListeners.get('before-quit') ?? []) (listener as (e: unknown) => void)(again);
    expect(again.prevented).toBe(false);
  });
});
