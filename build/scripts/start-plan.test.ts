import { describe, expect, it } from 'vitest';
import { parseLaunchArgs } from '../../electron/main/launch-args.ts';
import {
  appWindowArgs,
  electronArgs,
  browserName,
  canShowWindows,
  compareVersions,
  decideStart,
  fallbackLine,
  isStale,
  parseStartArgs,
  satisfiesEngines,
  type ElectronFacts,
} from './start-plan.ts';
import { say, type UiLang } from '../../slides/core/messages/catalogue.ts';

const installed: ElectronFacts = { pathTxt: 'electron', binaryExists: true, enginesNode: '>= 22.12.0', downloaderPresent: true };
const absent: ElectronFacts = { binaryExists: false, enginesNode: '>= 22.12.0', downloaderPresent: true };
const node20 = { nodeVersion: 'v20.20.2', env: {} };
const node22 = { nodeVersion: 'v22.14.0', env: {} };
const noArgs = parseStartArgs([]);

describe('parseStartArgs', () => {
  it('reads --browser, --port and one report', () => {
    expect(parseStartArgs(['--browser', 'r/报告.docx', '--port', '8080'])).toEqual({ forceBrowser: true, port: 8080, file: 'r/报告.docx' });
    expect(noArgs).toEqual({ forceBrowser: false, port: 0 });
    expect(parseStartArgs(['--lang', 'en', 'a.md'])).toEqual({ forceBrowser: false, port: 0, lang: 'en', file: 'a.md' });
    expect(parseStartArgs(['--lang=zh'])).toEqual({ forceBrowser: false, port: 0, lang: 'zh-CN' });
    expect(() => parseStartArgs(['--lang', 'fr'])).toThrow(/--lang takes zh or en, got "fr"/);
  });

  it('says what is wrong with bad arguments', () => {
    expect(() => parseStartArgs(['--port'])).toThrow(/--port needs a port number 0–65535, got nothing/);
    expect(() => parseStartArgs(['--port', 'x'])).toThrow(/got "x"/);
    expect(() => parseStartArgs(['--bogus'])).toThrow(/Unknown option --bogus.*Usage/);
    expect(() => parseStartArgs(['a.txt', 'b.txt'])).toThrow(/One report at a time/);
  });
});

/** The reason a plan gives for the browser, in `lang`. */
function reasonOf(plan: ReturnType<typeof decideStart>, lang: UiLang = 'en'): string | undefined {
  return plan.kind === 'browser' && plan.reason ? say(lang, plan.reason) : undefined;
}

describe('decideStart', () => {
  it('runs Electron when its binary is installed', () => {
    expect(decideStart(noArgs, installed, node20)).toEqual({ kind: 'electron' });
  });

  it('--browser wins over an installed Electron', () => {
    expect(decideStart({ ...noArgs, forceBrowser: true }, installed, node22)).toEqual({ kind: 'browser' });
  });

  it('these machines: no binary, Node 20, installer needs Node 22 → browser, saying why', () => {
    const plan = decideStart(noArgs, absent, node20);
    expect(plan.kind).toBe('browser');
    expect(reasonOf(plan)).toBe("node_modules/electron/path.txt is missing, and Electron's installer needs Node >= 22.12.0, this is Node 20.20.2");
    expect(reasonOf(plan, 'zh-CN')).toBe('缺少 node_modules/electron/path.txt，且 Electron 的安装程序需要 Node >= 22.12.0，而这里是 Node 20.20.2');
  });

  it('tries Electron\'s own download only off CI, with its downloader, on a Node it supports', () => {
    expect(decideStart(noArgs, absent, node22)).toEqual({ kind: 'download-electron' });
    expect(reasonOf(decideStart(noArgs, absent, { ...node22, env: { CI: 'true' } }))).toMatch(/CI never downloads/);
    expect(decideStart(noArgs, absent, { ...node22, env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })).toMatchObject({ kind: 'browser' });
    expect(reasonOf(decideStart(noArgs, { ...absent, downloaderPresent: false }, node22))).toMatch(/@electron\/get/);
    expect(decideStart(noArgs, { ...absent, enginesNode: undefined }, node22)).toMatchObject({ kind: 'browser' });
    expect(decideStart(noArgs, { ...absent, enginesNode: '14 - 99' }, node22)).toMatchObject({ kind: 'browser' });
  });

  it('CI=false or CI=0 is not CI', () => {
    expect(decideStart(noArgs, absent, { ...node22, env: { CI: 'false' } })).toEqual({ kind: 'download-electron' });
    expect(decideStart(noArgs, absent, { ...node22, env: { CI: '0' } })).toEqual({ kind: 'download-electron' });
  });

  it('a path.txt whose binary is gone names the missing binary', () => {
    const plan = decideStart(noArgs, { ...absent, pathTxt: 'electron' }, node20);
    expect(reasonOf(plan)).toMatch(/^node_modules\/electron\/dist\/electron is missing/);
  });
});

describe('fallbackLine', () => {
  it('is one line naming the reason and the browser', () => {
    const plan = { kind: 'browser', reason: { key: 'start.reason.missing', values: { file: 'node_modules/electron/path.txt' } } } as const;
    const line = fallbackLine(plan, 'chromium', 'en');
    expect(line).toBe("Electron's binary is not available here (node_modules/electron/path.txt is missing); opening Podium in chromium instead.");
    expect(line).not.toContain('\n');
    expect(fallbackLine(plan, 'chromium', 'zh-CN')).toBe('这里无法使用 Electron 的程序文件（缺少 node_modules/electron/path.txt）；改为在 chromium 中打开 Podium 讲台。');
    expect(fallbackLine({ kind: 'browser' }, 'msedge', 'en')).toBe('Opening Podium in msedge (--browser).');
  });
});

describe('helpers', () => {
  it('compares versions and reads engines ranges', () => {
    expect(compareVersions('v20.20.2', '22.12.0')).toBe(-1);
    expect(compareVersions('22.12.0', '22.12')).toBe(0);
    expect(satisfiesEngines('v20.20.2', '>= 22.12.0')).toBe(false);
    expect(satisfiesEngines('v22.12.0', '>= 22.12.0')).toBe(true);
    expect(satisfiesEngines('v24.1.0', '>=20 <23')).toBe(false);
    expect(satisfiesEngines('v22.1.0', '^22.0.0')).toBe(true);
    expect(satisfiesEngines('v23.1.0', '^22.0.0')).toBe(false);
    expect(satisfiesEngines('v22.1.0', '22.x || 24.x')).toBeUndefined();
  });

  it('rebuilds only when an output is missing or older than an input', () => {
    expect(isStale(undefined, [1])).toBe(true);
    expect(isStale(10, [1, 5, 9])).toBe(false);
    expect(isStale(10, [1, 11])).toBe(true);
  });

  it('knows when no window can be shown', () => {
    expect(canShowWindows('linux', {})).toBe(false);
    expect(canShowWindows('linux', { DISPLAY: ':0' })).toBe(true);
    expect(canShowWindows('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(canShowWindows('win32', {})).toBe(true);
    expect(canShowWindows('darwin', {})).toBe(true);
  });

  it('builds app-window arguments in a private profile, --no-sandbox only as root', () => {
    const launch = { url: 'http://127.0.0.1:4000/presenter.html', bounds: { x: 0, y: 0, width: 1280, height: 800 } };
    const args = appWindowArgs(launch, '/tmp/podium-browser-x', { runningAsRoot: false });
    expect(args).toContain('--app=http://127.0.0.1:4000/presenter.html');
    expect(args).toContain('--user-data-dir=/tmp/podium-browser-x');
    expect(args).toContain('--window-size=1280,800');
    expect(args).toContain('--disable-background-networking');
    expect(args).toContain('--disable-features=Translate');
    expect(args).not.toContain('--no-sandbox');
    expect(appWindowArgs(launch, '/tmp/p', { runningAsRoot: true })).toContain('--no-sandbox');
  });

  it('names browsers readably', () => {
    expect(browserName('/usr/bin/chromium')).toBe('chromium');
    expect(browserName('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe'.replaceAll('\\', '/'))).toBe('msedge');
    expect(browserName('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')).toBe('Google Chrome');
  });
});

describe('electronArgs', () => {
  it('root on Linux gets --no-sandbox, after the app folder so the report is still found', () => {
    const args = electronArgs('/repo', '/data/报告.docx', { platform: 'linux', runningAsRoot: true });
    expect(args).toEqual(['/repo', '--no-sandbox', '/data/报告.docx']);
    // what the main process then reads from its argv
    expect(parseLaunchArgs(['/x/electron', ...args], { packaged: false, cwd: '/' })).toEqual({ file: '/data/报告.docx' });
  });

  it('no switch for other users or platforms', () => {
    expect(electronArgs('/repo', undefined, { platform: 'linux', runningAsRoot: false })).toEqual(['/repo']);
    expect(electronArgs('/repo', 'a.md', { platform: 'darwin', runningAsRoot: true })).toEqual(['/repo', 'a.md']);
  });

  it('a Wayland session with XWayland starts Electron on X11 directly (no relaunch), the report still found', () => {
    const args = electronArgs('/repo', '/data/a.md', { platform: 'linux', runningAsRoot: false, env: { XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' } });
    expect(args).toEqual(['/repo', '--ozone-platform=x11', '/data/a.md']);
    expect(parseLaunchArgs(['/x/electron', ...args], { packaged: false, cwd: '/' })).toEqual({ file: '/data/a.md' });
  });
});
