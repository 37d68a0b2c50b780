/** Debian's Chromium through playwright-core, with the flags this machine needs (see the team brief). */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['PODIUM_TEST_CHROMIUM'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The views speak the system's language (navigator.language): the tests run them as on a
 * Chinese office machine unless a test asks for English (newContext({ locale: 'en-US' })).
 */
export const VIEW_LOCALE = 'zh-CN';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
