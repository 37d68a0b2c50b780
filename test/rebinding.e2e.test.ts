/**
 * DNS rebinding, as a hostile web page would try it in Chromium: the attacker's name
 * (evil.test) is made to resolve to 127.0.0.1 (--host-resolver-rules), so a page of that
 * origin reaches Podium's port as if it were its own server. Neither the browser host nor
 * the CLI's print server may give it anything: its Host header is not the server's own, and
 * a request from it to the real loopback origin is cross-site and carries no token.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../electron/browser-host/server.ts';
import { compileDeck } from '../slides/core/index.ts';
import { startPrintServer, type PrintServer } from '../slides/export/print-server.ts';
import { EXAMPLE_REPORT_PATH } from '../slides/node/bundled.ts';
import { readReport } from '../slides/node/read-report.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium.ts';
import { ensureRendererBuilt, RENDERER_DIST } from './support/renderer-build.ts';

/** A phrase of the report that must never reach the attacker's page. */
const SECRET_TEXT = '过去五年的工作回顾';

let browser: Browser;
let host: BrowserHost;
let printServer: PrintServer;
let dataDir: string;

beforeAll(async () => {
  ensureRendererBuilt();
  dataDir = await mkdtemp(join(tmpdir(), 'podium-rebinding-'));
  host = await startBrowserHost({ rendererDir: RENDERER_DIST, recentFilesPath: join(dataDir, 'recent.json'), draftsFolder: dataDir });
  printServer = await startPrintServer(RENDERER_DIST);
  printServer.setDeck(compileDeck(await readReport(EXAMPLE_REPORT_PATH)));
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP evil.test 127.0.0.1'],
  });
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await printServer?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Attempt {
  status: number | 'blocked';
  body: string;
}

/** What a script of the attacker's page gets back from `url` (fetch from the page itself). */
async function attempt(page: Page, url: string, init: { method?: string; body?: string } = {}): Promise<Attempt> {
  return page.evaluate(async ([target, options]) => {
    try {
      const response = await fetch(target, { ...options, credentials: 'include' });
      return { status: response.status, body: await response.text() };
    } catch {
      return { status: 'blocked' as const, body: '' };
    }
  }, [url, init] as const);
}

const servers = (): [string, () => { url: string; launchUrl: (page: string) => string }][] => [
  ['the browser host', () => host],
  ["the CLI's print server", () => printServer],
];

describe.each(servers())('a rebinding page against %s', (_name, server) => {
  it('gets no page, no deck and no fonts through the rebound name, even with a launch code', async () => {
    const { url, launchUrl } = server();
    const port = new URL(url).port;
    const evil = `http://evil.test:${port}`;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // The attacker even holds a real launch code (it never would): the Host check still refuses.
      const launch = new URL(launchUrl('print.html'));
      const response = await page.goto(`${evil}${launch.pathname}${launch.search}${launch.hash}`);
      expect(response?.status()).toBe(421);
      expect(await page.content()).not.toContain(SECRET_TEXT);
      expect(new URL(page.url()).hostname).toBe('evil.test');

      for (const path of ['/api/deck', '/api/recent', '/api/events', '/print.html', '/']) {
        const got = await attempt(page, `${evil}${path}`);
        expect(got.status, path).toBe(421);
        expect(got.body, path).not.toContain(SECRET_TEXT);
      }
      const fonts = await attempt(page, `${evil}/api/fonts`, { method: 'POST', body: JSON.stringify({ faces: [{ family: 'Noto Sans SC', weight: 400 }], text: '过去五年' }) });
      expect(fonts.status).toBe(421);
      const session = await attempt(page, `${evil}/api/session`, { method: 'POST', body: launch.hash });
      expect(session.status).toBe(421);

      // Straight at the real loopback origin: cross-site, so the browser shows nothing (or the server refuses).
      for (const path of ['/api/deck', '/api/recent']) {
        const got = await attempt(page, `http://127.0.0.1:${port}${path}`);
        expect(got.body, path).not.toContain(SECRET_TEXT);
        if (got.status !== 'blocked') expect([403, 421], path).toContain(got.status);
      }
    } finally {
      await context.close();
    }
  });
});
