/**
 * The whole main process as it ships (the esbuild bundle), started against a
 * recording stand-in for the `electron` module, since Electron's binary cannot run
 * here. It checks the wiring the unit tests cannot: the setup order, the windows'
 * preferences, the scheme handler, the IPC channels answering real deck data, the
 * security hooks, the menu and the display placement, end to end inside main.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DeckUpdate, HostCommand, RevisionOutcome } from '../common/contract.ts';
import { EVENT_CHANNELS, INVOKE_CHANNELS, INVOKE_KEYS } from '../common/ipc.ts';
import { buildElectron } from '../../build/scripts/build-electron.ts';
import { BUNDLED_DECK_PATH, EXAMPLE_REPORT_PATH } from '../../slides/node/bundled.ts';
import type { StandInWindow, StandInWorld } from './electron-stand-in.ts';

// The stand-in (electron-stand-in.ts) is as strict as Electron 45: fullscreen transitions per
// platform, screen events with their arguments, closed/destroyed windows, checked menus,
// structured-cloned sends. The world starts on Linux; tests switch platform where it matters.
const hoisted = vi.hoisted(() => {
  // Belt and braces: should the mock below ever not apply, electron's index.js would try to
  // download the binary; with an override path it only returns a path.
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent-electron-dist';
  return { world: undefined as StandInWorld | undefined };
});

vi.mock('electron', async () => {
  const { StandInWorld: World, laptopAndProjector: displays } = await import('./electron-stand-in.ts');
  hoisted.world ??= new World({ platform: 'linux', displays: displays() });
  return hoisted.world.module();
});

function theWorld(): StandInWorld {
  if (!hoisted.world) throw new Error('the electron stand-in was never loaded');
  return hoisted.world;
}

let dir: string;

function windowOf(page: string): StandInWindow {
  const found = theWorld().liveWindows().find((w) => w.url === `podium://app/${page}`);
  if (!found) throw new Error(`no window loaded ${page}`);
  return found;
}

/** Audience fullscreen on the projector (display 2), presenter filling the laptop's work area. */
function placedAsShow(): boolean {
  const world = theWorld();
  const audience = windowOf('index.html');
  const presenter = windowOf('presenter.html');
  const laptop = world.screen.getAllDisplays().find((d) => d.id === 1);
  return (
    audience.isFullScreen() &&
    audience.display().id === 2 &&
    !presenter.isFullScreen() &&
    JSON.stringify(presenter.getBounds()) === JSON.stringify(laptop?.workArea)
  );
}

type MenuItem = { id?: string; click?: () => void; submenu?: MenuItem[] };

function menuItem(id: string): MenuItem {
  const find = (items: MenuItem[]): MenuItem | undefined =>
    items.map((i) => (i.id === id ? i : Array.isArray(i.submenu) ? find(i.submenu) : undefined)).find(Boolean);
  const found = find(theWorld().menus.at(-1) as MenuItem[]);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function ipcEvent(window: StandInWindow, url = window.url, parent: unknown = null) {
  return { sender: window.webContents, senderFrame: { url, parent } };
}

async function call(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = theWorld().ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

beforeAll(async () => {
  await import('electron'); // makes the stand-in world
  dir = await mkdtemp(path.join(os.tmpdir(), 'podium-main-smoke-'));
  theWorld().userData = path.join(dir, 'user');
  const built = await buildElectron(path.join(dir, 'app/electron'));
  // The scheme serves <app>/renderer: two pages stand in for the Vite build.
  await mkdir(path.join(dir, 'app/renderer'), { recursive: true });
  await writeFile(path.join(dir, 'app/renderer/index.html'), '<!doctype html><title>audience</title>');
  await writeFile(path.join(dir, 'app/renderer/presenter.html'), '<!doctype html><title>presenter</title>');
  await writeFile(path.join(dir, 'app/renderer/print.html'), '<!doctype html><title>print</title>');
  await writeFile(path.join(dir, 'secret.txt'), 'not for pages');
  await import(built.main);
  // Electron finishes starting only after the main script has run its first turn.
  theWorld().app.becomeReady();
  // start() runs on; wait until it has opened the show and placed it.
  await vi.waitFor(() => expect(placedAsShow()).toBe(true), { timeout: 10_000 });
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('main process, started against a stand-in electron', () => {
  it('registers the privileged scheme and the sandbox before ready, then serves it', () => {
    const order = (entry: string) => theWorld().log.indexOf(entry);
    expect(order('protocol.registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(order('protocol.registerSchemesAsPrivileged')).toBeLessThan(order('app.whenReady'));
    expect(order('app.enableSandbox')).toBeLessThan(order('app.whenReady'));
    expect(order('protocol.handle')).toBeGreaterThan(order('app.whenReady'));
    expect(theWorld().schemes).toEqual([{ scheme: 'podium', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });

  it('opens presenter and audience with the one hardened set of preferences and the built preload', async () => {
    for (const page of ['presenter.html', 'index.html']) {
      const prefs = windowOf(page).options.webPreferences ?? {};
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
      expect(String(prefs.preload)).toBe(path.join(dir, 'app/electron/preload/preload.cjs'));
      expect(await readFile(String(prefs.preload), 'utf8')).toContain('exposeInMainWorld');
    }
  });

  it('places the audience fullscreen on the external display and the presenter on the laptop', () => {
    expect(placedAsShow()).toBe(true);
  });

  it('serves pages with the CSP and refuses traversal and other methods', async () => {
    const handler = theWorld().protocolHandler;
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
    expect([...theWorld().ipcHandlers.keys()].sort()).toEqual(INVOKE_KEYS.map((k) => INVOKE_CHANNELS[k]).sort());
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
    expect(theWorld().menus.at(-1)?.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '放映', '帮助']);
    const presenter = windowOf('presenter.html');
    await call(INVOKE_CHANNELS.setSetting, ipcEvent(presenter), 'uiLang', 'en');
    expect(theWorld().menus.at(-1)?.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Present', 'Help']);
    for (const page of ['presenter.html', 'index.html']) {
      const commands = windowOf(page).webContents.sent.filter((s) => s.channel === EVENT_CHANNELS.onCommand).map((s) => s.payload as HostCommand);
      expect(commands).toContainEqual({ type: 'lang', lang: 'en' });
    }
    const saved = JSON.parse(await readFile(path.join(theWorld().userData, 'userData/settings.json'), 'utf8')) as Record<string, unknown>;
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
    theWorld().permissionRequest?.({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(theWorld().permissionCheck?.({}, 'notifications')).toBe(false);
    let cancel: boolean | undefined;
    theWorld().beforeRequest?.({ url: 'https://fonts.googleapis.com/css' }, (r) => (cancel = r.cancel));
    expect(cancel).toBe(true);
    theWorld().beforeRequest?.({ url: 'podium://app/assets/x.js' }, (r) => (cancel = r.cancel));
    expect(cancel).toBe(false);
  });

  describe.each(['win32', 'darwin', 'linux'] as const)('displays, with %s\'s fullscreen behaviour', (platform) => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

    it('swaps the views between the displays on request, and back', async () => {
      theWorld().platform = platform;
      const audience = windowOf('index.html');
      const presenter = windowOf('presenter.html');
      await call(INVOKE_CHANNELS.swapDisplays, ipcEvent(presenter));
      const [laptop, projector] = theWorld().screen.getAllDisplays();
      await vi.waitFor(() => {
        expect(audience.isFullScreen() && audience.display().id === laptop?.id).toBe(true);
        expect(presenter.getBounds()).toEqual(projector?.workArea);
        expect(presenter.isFullScreen()).toBe(false);
      });
      await call(INVOKE_CHANNELS.swapDisplays, ipcEvent(presenter));
      await vi.waitFor(() => expect(placedAsShow()).toBe(true));
      expect(windowOf('index.html')).toBe(audience);
    });

    it('projector unplugged mid-show: the hall comes back as a window beside the presenter; plugged back: fullscreen on it again', async () => {
      theWorld().platform = platform;
      const world = theWorld();
      const audience = windowOf('index.html');
      const presenter = windowOf('presenter.html');
      const windowsBefore = world.liveWindows().length;
      const projector = world.screen.getAllDisplays().find((d) => d.id === 2);
      if (!projector) throw new Error('no projector');
      world.screen.unplug(2);
      const laptop = world.screen.getPrimaryDisplay().workArea;
      await vi.waitFor(() => {
        expect(audience.isFullScreen()).toBe(false);
        const a = audience.getBounds();
        const p = presenter.getBounds();
        // Presenter on the left half, audience on the right at 16:9: both inside the work area, side by side.
        expect(p).toEqual({ x: laptop.x, y: laptop.y, width: laptop.width / 2, height: laptop.height });
        expect(a.x + a.width).toBe(laptop.x + laptop.width);
        expect(a.width / a.height).toBeCloseTo(16 / 9, 1);
        expect(p.x + p.width).toBeLessThanOrEqual(a.x);
      });
      expect(world.liveWindows().length).toBe(windowsBefore);
      world.screen.plug(projector);
      await vi.waitFor(() => expect(placedAsShow()).toBe(true));
      expect(windowOf('index.html')).toBe(audience);
    });

    it('displays rearranged by the OS (projector moved to the left): the hall follows it, fullscreen', async () => {
      theWorld().platform = platform;
      const world = theWorld();
      const audience = windowOf('index.html');
      const original = world.screen.getAllDisplays().find((d) => d.id === 2);
      if (!original) throw new Error('no projector');
      world.screen.change(2, { bounds: { ...original.bounds, x: -1920 }, workArea: { ...original.workArea, x: -1920 } });
      await vi.waitFor(() => expect(audience.isFullScreen() && audience.display().id === 2 && audience.getNormalBounds().x === -1920).toBe(true));
      world.screen.change(2, { bounds: original.bounds, workArea: original.workArea });
      await vi.waitFor(() => expect(placedAsShow()).toBe(true));
    });

    it('work-area-only changes (a taskbar, the menu bar) and a resolution change under the fullscreen hall move nothing', async () => {
      theWorld().platform = platform;
      const world = theWorld();
      await settle();
      const audience = windowOf('index.html');
      const presenter = windowOf('presenter.html');
      const boundsCalls = audience.boundsLog.length + presenter.boundsLog.length;
      const toggles = vi.fn();
      for (const window of [audience, presenter]) {
        window.on('enter-full-screen', toggles);
        window.on('leave-full-screen', toggles);
      }
      const laptop = world.screen.getAllDisplays().find((d) => d.id === 1);
      const projector = world.screen.getAllDisplays().find((d) => d.id === 2);
      if (!laptop || !projector) throw new Error('two displays expected');
      expect(world.screen.change(1, { workArea: { ...laptop.workArea, height: laptop.workArea.height - 48 } })).toEqual(['workArea']);
      expect(world.screen.change(2, { workArea: { ...projector.workArea, height: 1000 } })).toEqual(['workArea']);
      await settle();
      expect(toggles).not.toHaveBeenCalled();
      expect(audience.boundsLog.length + presenter.boundsLog.length).toBe(boundsCalls);
      world.screen.change(1, { workArea: laptop.workArea });
      world.screen.change(2, { workArea: projector.workArea });
      await settle();
      expect(toggles).not.toHaveBeenCalled();
      for (const window of [audience, presenter]) {
        window.removeListener('enter-full-screen', toggles);
        window.removeListener('leave-full-screen', toggles);
      }
    });

    it('View ▸ Presenter / Audience on windows already shown does not take the hall out of fullscreen', async () => {
      theWorld().platform = platform;
      await settle();
      const audience = windowOf('index.html');
      const toggles = vi.fn();
      audience.on('leave-full-screen', toggles);
      const view = menuItem('view-audience');
      view.click?.();
      menuItem('view-presenter').click?.();
      await settle();
      expect(toggles).not.toHaveBeenCalled();
      expect(placedAsShow()).toBe(true);
      audience.removeListener('leave-full-screen', toggles);
    });
  });

  it('a second launch with a file opens it in the running show (file from the lock\'s additional data, not argv)', async () => {
    const file = path.join(dir, 'second-launch.md');
    await copyFile(BUNDLED_DECK_PATH, file);
    const presenter = windowOf('presenter.html');
    presenter.minimize();
    // argv as Electron may hand it over: reordered, with switches appended, the file nowhere.
    theWorld().app.secondInstance(['/opt/podium', '--allow-file-access-from-files', '--original-process-start-time=1'], '/', { podiumLaunch: 1, file });
    await vi.waitFor(async () => {
      const update = (await call(INVOKE_CHANNELS.currentDeck, ipcEvent(presenter))) as DeckUpdate;
      expect(update.ok && update.source.name).toBe('second-launch.md');
    });
    expect(presenter.isMinimized()).toBe(false);
    expect(presenter.isFocused()).toBe(true);
    expect(theWorld().liveWindows()).toContain(presenter);
  });

  it('a second launch with a file Podium cannot read: the presenter is told what is wrong, the hall keeps its slides', async () => {
    const file = path.join(dir, 'minutes.rtf');
    await writeFile(file, '{\\rtf1 minutes}');
    const presenter = windowOf('presenter.html');
    const audience = windowOf('index.html');
    const sentBefore = audience.webContents.sent.length;
    theWorld().app.secondInstance(['/opt/podium'], '/', { podiumLaunch: 1, file });
    await vi.waitFor(() => {
      const last = presenter.webContents.sent.filter((m) => m.channel === EVENT_CHANNELS.onDeckUpdate).at(-1)?.payload as DeckUpdate | undefined;
      expect(last?.ok === false && last.error.file).toBe('minutes.rtf');
      expect(last?.ok === false && last.error.hint).toMatch(/\.docx/);
    });
    expect(audience.webContents.sent.slice(sentBefore).filter((m) => m.channel === EVENT_CHANNELS.onDeckUpdate)).toEqual([]);
  });

  it('macOS open-file with every window closed: the show opens again on that file', async () => {
    const world = theWorld();
    windowOf('presenter.html').close();
    await vi.waitFor(() => expect(world.liveWindows()).toEqual([]));
    const file = path.join(dir, 'from-finder.md');
    await copyFile(BUNDLED_DECK_PATH, file);
    expect(world.app.openFile(file)).toBe(true);
    await vi.waitFor(() => expect(placedAsShow()).toBe(true), { timeout: 5000 });
    await vi.waitFor(async () => {
      const update = (await call(INVOKE_CHANNELS.currentDeck, ipcEvent(windowOf('index.html')))) as DeckUpdate;
      expect(update.ok && update.source.name).toBe('from-finder.md');
    });
  });

  it('exports a PDF from the menu: hidden sandboxed print window, layout progress, printToPDF, file written, progress bar', async () => {
    const outFile = path.join(dir, 'exports', '报告 — 幻灯片');
    theWorld().saveChoice = { canceled: false, filePath: outFile };
    theWorld().printStates = [
      { ready: null, progress: null, error: null },
      { ready: null, progress: '0.5', error: null },
      { ready: 'pdf', progress: '1', error: null },
    ];
    const before = theWorld().windows.length;
    menuItem('export-slides').click?.();
    await vi.waitFor(() => expect(existsSync(`${outFile}.pdf`)).toBe(true), { timeout: 10_000 });

    const printWindow = theWorld().windows[before];
    expect(printWindow?.url).toBe('podium://app/print.html?kind=slides');
    expect(printWindow?.options.show).toBe(false);
    expect(printWindow?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(theWorld().printOptions).toEqual([expect.objectContaining({ preferCSSPageSize: true, generateDocumentOutline: true, printBackground: true })]);
    const pdf = await readFile(`${outFile}.pdf`, 'latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toMatch(/\/Title <FEFF[0-9A-F]+>/);
    // the progress bar climbs, then is cleared when the export ends
    await vi.waitFor(() => expect(theWorld().progress.at(-1)).toBe(-1));
    const climb = theWorld().progress.slice(0, -1);
    expect(climb.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < climb.length; i += 1) expect(climb[i]).toBeGreaterThanOrEqual(climb[i - 1] as number);
    expect(climb.at(-1)).toBe(1);
  });

  it('文件 ▸ 导入修订稿: the presenter is asked for its dialog; the draft it sends updates the deck file, every view told', async () => {
    const presenter = windowOf('presenter.html');
    menuItem('import-revision').click?.();
    const commands = presenter.webContents.sent.filter((s) => s.channel === EVENT_CHANNELS.onCommand).map((s) => s.payload as HostCommand);
    expect(commands).toContainEqual({ type: 'importRevision' });
    const draft = new TextEncoder().encode((await readFile(EXAMPLE_REPORT_PATH, 'utf8')).replace('五年来', '六年来'));
    const outcome = (await call(INVOKE_CHANNELS.importRevision, ipcEvent(presenter), '第二稿.txt', draft)) as RevisionOutcome;
    expect(outcome).toMatchObject({ ok: true, current: '第二稿.txt', deckFile: path.join(dir, 'from-finder.md'), backupFile: path.join(dir, 'from-finder.previous.md') });
    expect(outcome.ok && outcome.summary.changed).toHaveLength(1);
    await vi.waitFor(() => {
      const updates = windowOf('index.html').webContents.sent.filter((s) => s.channel === EVENT_CHANNELS.onDeckUpdate).map((s) => s.payload as DeckUpdate);
      const last = updates.at(-1);
      expect(last?.ok && last.deck.revision?.current).toBe('第二稿.txt');
    });
    await expect(call(INVOKE_CHANNELS.importRevision, ipcEvent(presenter), '../deck.md', new Uint8Array(1))).rejects.toThrow(/bare file name/);
  });

  it('a damaged rehearsal file rejects the load once with where it was kept, then the history starts empty', async () => {
    const presenter = windowOf('presenter.html');
    const folder = path.join(theWorld().userData, 'userData/rehearsals');
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
    const quitsBefore = theWorld().log.filter((entry) => entry === 'app.quit').length;
    theWorld().app.emit('before-quit', event);
    expect(event.prevented).toBe(true);
    await vi.waitFor(() => expect(theWorld().log.filter((entry) => entry === 'app.quit').length).toBe(quitsBefore + 1));
    const runs = (await call(INVOKE_CHANNELS.loadRehearsals, ipcEvent(presenter), 'report-1')) as unknown;
    expect(runs).toEqual({ runs: ['last slide'] });
    // the second before-quit (from that app.quit) lets the quit go through
    const again = { prevented: false, preventDefault() { this.prevented = true; } };
    theWorld().app.emit('before-quit', again);
    expect(again.prevented).toBe(false);
  });
});
