/**
 * Finds a Chromium-family browser on this machine for printing PDFs from the CLI:
 * $PODIUM_BROWSER first, then well-known names on PATH, then the standard install
 * locations of Chromium, Chrome, Edge and a few domestic Chromium builds.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { MessageRef } from '../core/messages/catalogue.ts';

export interface FoundBrowser {
  path: string;
  /** How it was found, for the "printing with …" line. */
  via: 'PODIUM_BROWSER' | 'PATH' | 'standard location';
}

const NAMES = [
  'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome',
  'microsoft-edge', 'microsoft-edge-stable', 'msedge', 'brave-browser', 'vivaldi',
];

function standardLocations(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable', '/snap/bin/chromium', '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge', '/opt/apps/cn.360.browser/files/browser', '/usr/bin/deepin-browser',
  ];
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): FoundBrowser | undefined {
  const chosen = env.PODIUM_BROWSER;
  if (chosen) return isExecutable(chosen) ? { path: chosen, via: 'PODIUM_BROWSER' } : undefined;
  const suffix = platform === 'win32' ? '.exe' : '';
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const candidate = join(dir, name + suffix);
      if (isExecutable(candidate)) return { path: candidate, via: 'PATH' };
    }
  }
  const found = standardLocations(platform, env).find(isExecutable);
  return found ? { path: found, via: 'standard location' } : undefined;
}

/** What to tell the user when no browser was found (or PODIUM_BROWSER is wrong). */
export function noBrowserMessage(env: NodeJS.ProcessEnv = process.env): { message: MessageRef; hint: MessageRef } {
  if (env.PODIUM_BROWSER) return { message: { key: 'export.noBrowser.env', values: { path: env.PODIUM_BROWSER } }, hint: { key: 'export.noBrowser.env.hint' } };
  return { message: { key: 'export.noBrowser' }, hint: { key: 'export.noBrowser.hint' } };
}
