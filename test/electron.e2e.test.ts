/**
 * The presenting tests against Electron through Playwright's `_electron`, where Electron's
 * binary is installed: the app opens the bundled report in the presenter and audience
 * windows; keys move both in step; black and hold; live reload keeps the slide and a broken
 * edit shows only in the presenter; hostile report text never runs; no request leaves the
 * app. On machines without the binary (it cannot be downloaded here) the suite is skipped
 * and says why.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_DECK_PATH } from '../slides/node/bundled.ts';
import { REPO_ROOT, ensureRendererBuilt } from './support/renderer-build.ts';
import { audienceSlideId, bothShown, installTripwire, press, tripwire, viewState } from './support/present-steps.ts';
import { screenshot, waitReady } from './support/views.ts';

const ELECTRON_DIR = resolve(REPO_ROOT, 'node_modules/electron');
const ELECTRON_DIST = join(ELECTRON_DIR, 'dist');
const MAIN = resolve(REPO_ROOT, 'dist/electron/main/main.js');
const INJECTION_DECK = fileURLToPath(new URL('./fixtures/injection-deck.md', import.meta.url));
const hasElectron = existsSync(ELECTRON_DIST) && existsSync(join(ELECTRON_DIR, 'path.txt'));
const SKIP_REASON = 'Electron binary not present: node_modules/electron/dist missing — downloads are impossible on this machine';

interface ElectronRun {
  app: ElectronApplication;
  presenter: Page;
  audience: Page;
  foreignRequests: string[];
}

let run: ElectronRun | undefined;

afterEach(async () => {
  await run?.app.close();
  run = undefined;
});

async function windowFor(app: ElectronApplication, page: string): Promise<Page> {
  const found = (): Page | undefined => app.windows().find((w) => new URL(w.url()).pathname.endsWith(`/${page}`));
  for (let i = 0; i < 100 && !found(); i += 1) await app.waitForEvent('window', { timeout: 30_000 }).catch(() => undefined);
  const window = found();
  if (!window) throw new Error(`Electron opened no ${page} window`);
  await waitReady(window);
  return window;
}

function executablePath(): string {
  return join(ELECTRON_DIST, readFileSync(join(ELECTRON_DIR, 'path.txt'), 'utf8').trim());
}

// Electron refuses to start as root with the sandbox on (CI containers run as root).
const SANDBOX_ARGS = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

async function launch(file?: string): Promise<ElectronRun> {
  ensureRendererBuilt();
  execFileSync(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, 'build/scripts/build-electron.ts')], { cwd: REPO_ROOT, stdio: 'inherit' });
  const app = await electron.launch({ executablePath: executablePath(), args: [MAIN, ...SANDBOX_ARGS, ...(file ? [file] : [])], cwd: REPO_ROOT });
  const foreignRequests: string[] = [];
  app.on('window', (page) => {
    page.on('request', (request) => {
      if (!request.url().startsWith('podium://app/')) foreignRequests.push(request.url());
    });
  });
  await installTripwire(app.context());
  const presenter = await windowFor(app, 'presenter.html');
  const audience = await windowFor(app, 'index.html');
  return { app, presenter, audience, foreignRequests };
}

// Say why in the run's output, not only in a skipped suite's name that the default reporter hides.
if (!hasElectron) console.warn(`test/electron.e2e.test.ts: skipped: ${SKIP_REASON}`);

describe.skipIf(!hasElectron)(hasElectron ? 'presenting in Electron' : `presenting in Electron — skipped: ${SKIP_REASON}`, () => {
  it('opens the bundled report in both windows and moves them in step; black and hold screens', async () => {
    run = await launch();
    const { presenter, audience } = run;
    expect(await viewState(audience)).toMatchObject({ index: 0, screen: 'hold' });
    await press(presenter, 'ArrowRight', 'PageDown', ' ');
    await bothShown(presenter, audience, 2, 'slides');
    await press(audience, 'PageUp');
    await bothShown(presenter, audience, 1, 'slides');
    await press(presenter, 'b');
    await bothShown(presenter, audience, 1, 'black');
    await press(presenter, 'h');
    await bothShown(presenter, audience, 1, 'hold');
    await screenshot(audience, 'electron-audience-hold');
    await screenshot(presenter, 'electron-presenter');
    expect(run.foreignRequests).toEqual([]);
  });

  it('keeps the slide through live reload, and a broken edit shows in the presenter only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'podium-electron-e2e-'));
    try {
      const file = join(dir, 'report.md');
      await copyFile(BUNDLED_DECK_PATH, file);
      run = await launch(file);
      const { presenter, audience } = run;
      await press(presenter, 'ArrowRight', '6', 'Enter');
      await bothShown(presenter, audience, 5, 'slides');
      const id = await audienceSlideId(audience);
      const text = await readFile(file, 'utf8');
      const edited = text.replace(/\n---\n/, '\n---\n\n## 新增的一页\n\nNote:\n会前补充的一段话。\n\n---\n');
      await writeFile(file, edited);
      await bothShown(presenter, audience, 6, 'slides');
      expect(await audienceSlideId(audience)).toBe(id);
      await writeFile(file, edited.replace(/^---\n/, '---\ntheme: [unclosed\n'));
      await presenter.locator('#error-banner').waitFor({ state: 'visible' });
      expect(await audienceSlideId(audience)).toBe(id);
      expect(await audience.locator('[role="alert"]').count()).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('never runs script from the report', async () => {
    run = await launch(INJECTION_DECK);
    const { presenter, audience } = run;
    await press(presenter, 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    for (const page of [presenter, audience]) expect((await tripwire(page)).pwned).toBeUndefined();
    expect(run.foreignRequests).toEqual([]);
  });

  it('places the windows for the displays there are, and a work-area change or a re-sent display event moves nothing', async () => {
    run = await launch();
    const { app } = run;
    const layout = () =>
      app.evaluate(({ BrowserWindow, screen }) => ({
        displays: screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds, workArea: d.workArea })),
        windows: BrowserWindow.getAllWindows().map((w) => ({ url: w.webContents.getURL(), bounds: w.getBounds(), fullscreen: w.isFullScreen(), display: screen.getDisplayMatching(w.getBounds()).id })),
      }));
    await run.audience.waitForTimeout(1500);
    const before = await layout();
    const audience = before.windows.find((w) => w.url.endsWith('/index.html'));
    const presenter = before.windows.find((w) => w.url.endsWith('/presenter.html'));
    if (!audience || !presenter) throw new Error('both windows expected');
    if (before.displays.length === 1) {
      // One display: side by side inside its work area, neither fullscreen.
      const area = before.displays[0]?.workArea ?? { x: 0, y: 0, width: 0, height: 0 };
      expect(audience.fullscreen || presenter.fullscreen).toBe(false);
      expect(presenter.bounds.x + presenter.bounds.width).toBeLessThanOrEqual(audience.bounds.x);
      expect(audience.bounds.x + audience.bounds.width).toBeLessThanOrEqual(area.x + area.width);
    } else {
      expect(audience.fullscreen).toBe(true);
      expect(audience.display).not.toBe(presenter.display);
    }
    // What the OS sends when a taskbar appears, and a bounds change that leaves everything where it is.
    await app.evaluate(({ screen }) => {
      const display = screen.getPrimaryDisplay();
      screen.emit('display-metrics-changed', { preventDefault() {} }, display, ['workArea']);
      screen.emit('display-metrics-changed', { preventDefault() {} }, display, ['bounds']);
    });
    await run.audience.waitForTimeout(1500);
    expect((await layout()).windows).toEqual(before.windows);
  });

  it('a second launch with a report hands it to the running show and exits', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'podium-electron-second-'));
    try {
      run = await launch();
      const file = join(dir, 'second.md');
      await writeFile(file, '---\ntitle: 第二次启动\n---\n\n# 第二次启动的报告\n\nNote:\n第二个实例交来的报告。\n');
      const second = spawn(executablePath(), [MAIN, ...SANDBOX_ARGS, file], { cwd: dir, stdio: 'ignore' });
      const code = await new Promise<number | null>((done) => second.on('exit', done));
      expect(code).toBe(0);
      await run.presenter.getByText('第二次启动的报告').first().waitFor({ timeout: 15_000 });
      expect(run.app.windows().length).toBeGreaterThanOrEqual(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
