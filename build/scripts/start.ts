/**
 * `npm start [-- [--browser] [--port <n>] report]`: runs Podium. With Electron's
 * binary installed: builds what is stale and starts Electron on the report. Without
 * it (as on machines where it cannot be downloaded): says so in one line, serves the
 * views with the browser host on 127.0.0.1 and opens the presenter and audience views
 * as app windows of a Chromium-family browser. Decisions: start-plan.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowserHost } from '../../electron/browser-host/server.ts';
import { findBrowser } from '../../slides/export/find-browser.ts';
import type { Readable, Writable } from 'node:stream';
import { buildElectron } from './build-electron.ts';
import { CdpPipe } from '../../slides/node/cdp-pipe.ts';
import {
  APP_PROFILE_PREFERENCES,
  APP_WINDOW_LAYOUT,
  appWindowArgs,
  browserName,
  canShowWindows,
  decideStart,
  electronArgs,
  fallbackLine,
  isStale,
  parseStartArgs,
  StartUsageError,
  type ElectronFacts,
  type StartArgs,
  type StartPlan,
} from './start-plan.ts';
import { t, type UiLang } from '../../slides/core/messages/catalogue.ts';
import { langFromEnv } from '../../slides/core/messages/locale.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The language of what npm start prints: --lang when given (set in main), else the system locale. */
let LANG: UiLang = langFromEnv(process.env);

/** The signals that end `npm start` (Ctrl+C, kill, a closed terminal): each is handed on and ends us too. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Calls `onGone` when the process that started us goes away. npm runs this script through a
 * shell, which does not pass a signal sent to npm on to us: without this, stopping npm would
 * leave this process (and the port it holds) behind.
 */
function whenParentGone(onGone: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onGone();
    }
  }, 500);
  timer.unref();
}
const ELECTRON_DIR = path.join(ROOT, 'node_modules/electron');

function electronFacts(): ElectronFacts {
  const pathTxtFile = path.join(ELECTRON_DIR, 'path.txt');
  const pathTxt = existsSync(pathTxtFile) ? readFileSync(pathTxtFile, 'utf8').trim() : undefined;
  let enginesNode: string | undefined;
  try {
    enginesNode = (JSON.parse(readFileSync(path.join(ELECTRON_DIR, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node;
  } catch {
    enginesNode = undefined;
  }
  const downloaderPresent = (() => {
    try {
      createRequire(path.join(ELECTRON_DIR, 'install.js')).resolve('@electron/get');
      return true;
    } catch {
      return false;
    }
  })();
  return { pathTxt, binaryExists: pathTxt !== undefined && existsSync(path.join(ELECTRON_DIR, 'dist', pathTxt)), enginesNode, downloaderPresent };
}

/** Newest modification times of the files under `entries` (folders walked, node_modules skipped). */
function mtimes(entries: readonly string[]): number[] {
  const out: number[] = [];
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && name !== 'dist') visit(path.join(p, name));
    } else out.push(stat.mtimeMs);
  };
  entries.forEach((entry) => visit(path.join(ROOT, entry)));
  return out;
}

function outputMtime(file: string): number | undefined {
  const full = path.join(ROOT, file);
  return existsSync(full) ? statSync(full).mtimeMs : undefined;
}

function buildRendererIfStale(): void {
  const inputs = mtimes(['renderer', 'slides/core', 'electron/common', 'vite.config.ts', 'package.json']);
  if (!isStale(outputMtime('dist/renderer/index.html'), inputs)) return;
  console.log(t(LANG, 'start.building.views'));
  // Vite's report goes to the terminal only when the build fails: a working start stays a few lines.
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error('Building the views failed (see above). Fix the error, or run `npm run build:renderer` to see it again.');
  }
}

async function buildElectronIfStale(): Promise<void> {
  const inputs = mtimes(['electron/main', 'electron/preload', 'electron/common', 'slides', 'build/scripts/build-electron.ts']);
  if (!isStale(outputMtime('dist/electron/main/main.js'), inputs)) return;
  console.log(t(LANG, 'start.building.electron'));
  await buildElectron();
}

async function runElectron(args: StartArgs): Promise<number> {
  buildRendererIfStale();
  await buildElectronIfStale();
  const pathTxt = readFileSync(path.join(ELECTRON_DIR, 'path.txt'), 'utf8').trim();
  const runningAsRoot = process.getuid?.() === 0;
  const child = spawn(path.join(ELECTRON_DIR, 'dist', pathTxt), electronArgs(ROOT, args.file, { platform: process.platform, runningAsRoot, env: process.env, ...(args.lang ? { lang: args.lang } : {}) }), { stdio: 'inherit' });
  // Stopping npm start stops Electron: the signal is handed on, and we exit when it has.
  for (const signal of STOP_SIGNALS) process.on(signal, () => child.kill(signal));
  whenParentGone(() => child.kill('SIGTERM'));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

function downloadElectron(): boolean {
  console.log(t(LANG, 'start.fetchingElectron'));
  const result = spawnSync(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], { cwd: ELECTRON_DIR, stdio: 'inherit' });
  return result.status === 0 && electronFacts().binaryExists;
}

async function runInBrowser(args: StartArgs, plan: Extract<StartPlan, { kind: 'browser' }>): Promise<number> {
  const browser = findBrowser();
  console.log(fallbackLine(plan, browser ? browserName(browser.path) : undefined, LANG));
  buildRendererIfStale();
  let started: Awaited<ReturnType<typeof startBrowserHost>>;
  try {
    started = await startBrowserHost({ ...(args.file ? { file: args.file } : {}), port: args.port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.error(`podium: ${t(LANG, 'start.portInUse', { port: args.port })}\n  ${t(LANG, 'start.portInUse.hint')}`);
    return 1;
  }
  const host = started;
  // --lang reaches the views in their address: they take it as the user's choice and remember it.
  const page = (name: string): string => (args.lang ? `${name}?lang=${args.lang}` : name);
  console.log(t(LANG, 'start.serving', { url: host.url }));
  // Only pages Podium opens get this launch's access key; by hand, a one-time address (never the key itself).
  const byHand = (): void => console.log(t(LANG, 'start.byHand', { url: host.launchUrl(page('presenter.html')) }));

  const children: ChildProcess[] = [];
  const session: { profile?: string } = {};
  const stop = async (code: number) => {
    for (const child of children) if (child.exitCode === null && child.pid !== undefined) child.kill();
    await host.close();
    if (session.profile) await rm(session.profile, { recursive: true, force: true });
    process.exit(code);
  };
  for (const signal of STOP_SIGNALS) process.once(signal, () => void stop(0));
  whenParentGone(() => void stop(0));

  if (!browser) {
    console.log(t(LANG, 'start.noBrowser'));
    byHand();
    return new Promise<number>(() => undefined);
  }
  if (!canShowWindows(process.platform, process.env)) {
    console.log(t(LANG, 'start.noDisplay'));
    byHand();
    return new Promise<number>(() => undefined);
  }

  const profile = await mkdtemp(path.join(os.tmpdir(), 'podium-browser-'));
  session.profile = profile;
  await mkdir(path.join(profile, 'Default'));
  await writeFile(path.join(profile, 'Default', 'Preferences'), JSON.stringify(APP_PROFILE_PREFERENCES));
  const runningAsRoot = process.getuid?.() === 0;
  const windowArgs = (url: string, bounds: (typeof APP_WINDOW_LAYOUT)[keyof typeof APP_WINDOW_LAYOUT]) =>
    appWindowArgs({ url, bounds }, profile, { runningAsRoot });

  // The first process owns the profile and a DevTools pipe (no port); the second hands its
  // window to it and exits, so both views share one browser and their BroadcastChannel.
  // The command lines carry no key (any local user can read them): the presenter's launch
  // code goes over the private DevTools pipe, and the audience takes the key the presenter stored.
  const presenterPage = `${host.url}${page('presenter.html')}`;
  const audiencePage = `${host.url}${page('index.html')}`;
  const first = spawn(browser.path, [...windowArgs(presenterPage, APP_WINDOW_LAYOUT.presenter), '--remote-debugging-pipe'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  children.push(first);
  first.once('error', (error) => {
    console.error(t(LANG, 'start.browserFailed', { path: browser.path, reason: error.message }));
    byHand();
  });
  const cdp = new CdpPipe(first.stdio[3] as Writable, first.stdio[4] as Readable);
  first.once('spawn', () => {
    openViews(cdp, { presenterPage, launchPresenter: host.launchUrl(page('presenter.html')), audiencePage }, (url) => {
      const child = spawn(browser.path, windowArgs(url, APP_WINDOW_LAYOUT.audience), { stdio: 'ignore' });
      children.push(child);
    }).catch((error: unknown) => {
      console.log(t(LANG, 'start.placeFailed', { reason: error instanceof Error ? error.message : String(error) }));
      byHand();
    });
  });
  // Closing the browser's windows ends the session.
  first.once('exit', () => void stop(0));
  return new Promise<number>(() => undefined);
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function waitForPage(cdp: CdpPipe, url: string, timeoutMs = 20_000): Promise<TargetInfo> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
    const page = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(url));
    if (page) return page;
    if (Date.now() > deadline) throw new Error(`no window showed ${url} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Gives the presenter window its launch code (a navigation over the DevTools pipe), opens
 * the audience as a second app window once the browser is up, then moves it into place:
 * a handed-off window ignores its own --window-position/--window-size.
 */
async function openViews(cdp: CdpPipe, pages: { presenterPage: string; launchPresenter: string; audiencePage: string }, launch: (url: string) => void): Promise<void> {
  const presenter = await waitForPage(cdp, pages.presenterPage);
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: presenter.targetId, flatten: true });
  await cdp.send('Page.navigate', { url: pages.launchPresenter }, sessionId);
  launch(pages.audiencePage);
  const audience = await waitForPage(cdp, pages.audiencePage);
  const { windowId } = await cdp.send<{ windowId: number }>('Browser.getWindowForTarget', { targetId: audience.targetId });
  const { x, y, width, height } = APP_WINDOW_LAYOUT.audience;
  await cdp.send('Browser.setWindowBounds', { windowId, bounds: { left: x, top: y, width, height, windowState: 'normal' } });
}

async function main(): Promise<number> {
  let args: StartArgs;
  try {
    args = parseStartArgs(process.argv.slice(2));
    if (args.lang) LANG = args.lang;
  } catch (error) {
    if (error instanceof StartUsageError) {
      console.error(`podium: ${t(LANG, error.said.key, error.said.values)}\n${t(LANG, 'start.usage')}`);
      return 2;
    }
    throw error;
  }
  if (args.file) {
    // `npm start -- report.docx` runs in the package folder; the user meant the folder they typed in.
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), args.file);
    if (!existsSync(file)) {
      console.error(`podium: ${t(LANG, 'start.noFile', { file: args.file, path: file })}`);
      return 1;
    }
    args = { ...args, file };
  }

  let plan = decideStart(args, electronFacts(), { nodeVersion: process.version, env: process.env });
  if (plan.kind === 'download-electron') {
    plan = downloadElectron() ? { kind: 'electron' } : { kind: 'browser', reason: { key: 'start.reason.downloadFailed' } };
  }
  return plan.kind === 'electron' ? runElectron(args) : runInBrowser(args, plan);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`podium: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
