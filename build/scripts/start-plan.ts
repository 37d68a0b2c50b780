/**
 * The decisions behind `npm start`, as plain functions: run Electron if its binary
 * is here, fetch it with Electron's own installer where that can work, else open
 * the same views in a Chromium-family browser served by the browser host.
 * start.ts gathers the facts (files, environment) and carries the plan out.
 */
import path from 'node:path';
import { chooseDisplayServer, X11_SWITCH } from '../../electron/main/display-server.ts';
import { say, t, type MessageKey, type MessageRef, type MessageValues, type UiLang } from '../../slides/core/messages/catalogue.ts';
import { langFromOption } from '../../slides/core/messages/locale.ts';

export interface StartArgs {
  /** `--browser`: skip Electron even if it is installed. */
  forceBrowser: boolean;
  /** The report to open (resolved by the caller); the bundled deck when absent. */
  file?: string;
  /** `--port <n>` for the browser host (0: any free port). */
  port: number;
  /** `--lang zh|en`: the UI language asked for (else the system's). */
  lang?: UiLang;
}

/** A mistake on npm start's command line, said from the catalogue (`message` is the English). */
export class StartUsageError extends Error {
  override name = 'StartUsageError';
  constructor(readonly said: MessageRef) {
    super(`${say('en', said)} ${say('en', { key: 'start.usage' })}`);
  }
}

const shown = (value: string | undefined): MessageValues[string] => (value === undefined ? { key: 'start.nothing' } : JSON.stringify(value));

export function parseStartArgs(argv: readonly string[]): StartArgs {
  const args: StartArgs = { forceBrowser: false, port: 0 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--browser') args.forceBrowser = true;
    else if (arg === '--port') {
      const value = argv[i + 1];
      const port = Number(value);
      if (value === undefined || !Number.isInteger(port) || port < 0 || port > 65535) {
        throw new StartUsageError({ key: 'start.badPort', values: { value: shown(value) } });
      }
      args.port = port;
      i += 1;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      const lang = langFromOption(value ?? '');
      if (!lang) throw new StartUsageError({ key: 'start.badLang', values: { value: shown(value) } });
      args.lang = lang;
    } else if (arg.startsWith('-')) throw new StartUsageError({ key: 'start.unknownOption', values: { option: arg } });
    else if (args.file !== undefined) throw new StartUsageError({ key: 'start.oneReport', values: { first: args.file, second: arg } });
    else args.file = arg;
  }
  return args;
}

/** What node_modules/electron tells us about its binary (path.txt names it inside dist/). */
export interface ElectronFacts {
  /** Contents of node_modules/electron/path.txt, if present. */
  pathTxt?: string;
  /** Whether node_modules/electron/dist/<pathTxt> exists. */
  binaryExists: boolean;
  /** node_modules/electron/package.json "engines.node", which its install.js needs. */
  enginesNode?: string;
  /** Whether @electron/get (install.js's downloader) can be resolved. */
  downloaderPresent: boolean;
}

export interface Environment {
  nodeVersion: string;
  env: Readonly<Record<string, string | undefined>>;
}

export type StartPlan =
  | { kind: 'electron' }
  | { kind: 'download-electron' }
  /** `reason` undefined: the user asked for the browser (--browser). */
  | { kind: 'browser'; reason?: MessageRef };

/** Compares dotted versions numerically: -1, 0 or 1. */
export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * Whether `version` meets an engines range of the forms npm packages use for Node
 * (">= 22.12.0", ">=20 <23", "^22.12.0"); undefined for a form we do not read,
 * which the caller treats as "cannot tell, do not try".
 */
export function satisfiesEngines(version: string, range: string): boolean | undefined {
  // ">= 22.12.0" → ">=22.12.0": operators bind to the version after them; the rest are ANDed.
  const parts = range.trim().replace(/([<>=^~]+)\s+/g, '$1').split(/\s+/);
  let ok = true;
  for (const part of parts) {
    const m = /^(>=|<=|>|<|\^|=)?v?(\d+(?:\.\d+){0,2})$/.exec(part);
    if (!m) return undefined;
    const [, op = '=', target = ''] = m;
    const c = compareVersions(version, target);
    if (op === '>=') ok &&= c >= 0;
    else if (op === '>') ok &&= c > 0;
    else if (op === '<=') ok &&= c <= 0;
    else if (op === '<') ok &&= c < 0;
    else if (op === '^') ok &&= c >= 0 && version.replace(/^v/, '').split('.')[0] === target.split('.')[0];
    else ok &&= c === 0;
  }
  return ok;
}

function isTruthyEnv(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

export function decideStart(args: StartArgs, electron: ElectronFacts, environment: Environment): StartPlan {
  if (args.forceBrowser) return { kind: 'browser' };
  if (electron.pathTxt && electron.binaryExists) return { kind: 'electron' };

  const file = electron.pathTxt ? `node_modules/electron/dist/${electron.pathTxt}` : 'node_modules/electron/path.txt';
  const because = (key: MessageKey, values: MessageValues = {}): StartPlan => ({ kind: 'browser', reason: { key, values: { file, ...values } } });
  const { env, nodeVersion } = environment;
  if (isTruthyEnv(env.CI)) return because('start.reason.ci');
  if (isTruthyEnv(env.ELECTRON_SKIP_BINARY_DOWNLOAD)) return because('start.reason.skip');
  if (!electron.downloaderPresent) return because('start.reason.noDownloader');
  if (!electron.enginesNode) return because('start.reason.noEngines');
  const fits = satisfiesEngines(nodeVersion, electron.enginesNode);
  if (fits !== true) return because('start.reason.node', { wanted: electron.enginesNode, actual: nodeVersion.replace(/^v/, '') });
  return { kind: 'download-electron' };
}

/** The one line printed when falling back to the browser, in `lang`. */
export function fallbackLine(plan: Extract<StartPlan, { kind: 'browser' }>, browserName: string | undefined, lang: UiLang): string {
  const browser = browserName ?? t(lang, 'start.aBrowser');
  if (!plan.reason) return t(lang, 'start.forcedBrowser', { browser });
  return t(lang, 'start.fallback', { reason: plan.reason, browser });
}

/**
 * Electron's arguments for `npm start`: the app folder, then the report. As root on Linux,
 * Chromium refuses to start with its sandbox on, so `--no-sandbox` is added there (development
 * only: packaged builds are never run as root). It goes after the app folder, where the main
 * process's launch-args.ts skips switches; before it, the app folder would no longer be argv[1].
 */
export function electronArgs(
  appDir: string,
  file: string | undefined,
  options: { platform: NodeJS.Platform; runningAsRoot: boolean; lang?: UiLang; env?: Readonly<Record<string, string | undefined>> },
): string[] {
  const sandbox = options.platform === 'linux' && options.runningAsRoot ? ['--no-sandbox'] : [];
  // --lang is also Chromium's switch for the app's locale: app.getLocale() and the views agree.
  const lang = options.lang ? [`--lang=${options.lang}`] : [];
  // A Wayland session with XWayland: start on X11 at once rather than have the app relaunch itself (display-server.ts).
  const x11 = chooseDisplayServer(options.platform, [], options.env ?? {}).forceX11 ? [X11_SWITCH] : [];
  return [appDir, ...sandbox, ...lang, ...x11, ...(file ? [file] : [])];
}

/** Rebuild when an output is missing or older than any of its inputs. */
export function isStale(outputMtimeMs: number | undefined, inputMtimesMs: readonly number[]): boolean {
  if (outputMtimeMs === undefined) return true;
  return inputMtimesMs.some((m) => m > outputMtimeMs);
}

/** Whether windows can be shown at all (a Linux session without X11 or Wayland cannot). */
export function canShowWindows(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export interface AppWindowLaunch {
  url: string;
  /** Position and size in screen pixels. */
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * Arguments for one Chromium "app" window (no tabs, no address bar) in a profile of
 * our own, so the user's browser session, extensions and sync are never touched and
 * nothing is fetched in the background.
 */
export function appWindowArgs(launch: AppWindowLaunch, userDataDir: string, options: { runningAsRoot: boolean }): string[] {
  return [
    `--app=${launch.url}`,
    `--user-data-dir=${userDataDir}`,
    `--window-position=${launch.bounds.x},${launch.bounds.y}`,
    `--window-size=${launch.bounds.width},${launch.bounds.height}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    // The views are Chinese and the browser's UI may not be: no "translate this page?" bubble over the slides.
    '--disable-features=Translate',
    // Chromium refuses to start as root with its sandbox on; the pages are our own, served on 127.0.0.1.
    ...(options.runningAsRoot ? ['--no-sandbox'] : []),
  ];
}

/**
 * Preferences of the private profile, written before the browser starts: no offer to
 * translate the Chinese slides (Chromium has no command-line switch left for that).
 */
export const APP_PROFILE_PREFERENCES = {
  translate: { enabled: false },
  browser: { check_default_browser: false },
} as const;

/** Where the two app windows open: presenter on the left, audience beside it at 16:9. */
export const APP_WINDOW_LAYOUT = {
  presenter: { x: 0, y: 0, width: 1120, height: 800 },
  audience: { x: 1140, y: 40, width: 960, height: 540 },
} as const;

/** A readable name for the browser in the one-line message ("chromium", "Google Chrome", "msedge"). */
export function browserName(executable: string): string {
  const mac = /\/([^/]+)\.app\/Contents\/MacOS\//.exec(executable);
  if (mac?.[1]) return mac[1];
  return path.basename(executable).replace(/\.exe$/i, '');
}
