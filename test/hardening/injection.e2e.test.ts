/**
 * The injection corpus (test/hardening/injection-corpus.ts: 135 vectors, and front-matter
 * payloads) in a plain-text report, a Markdown report and an explicit reveal.js deck: none runs,
 * opens a dialog or loads anything from another origin, in
 *   - the audience and presenter views (browser host; every slide shown in both),
 *   - the teleprompter and the print view (notes pages: every slide face and all notes at once),
 *   - the exported single-file HTML, opened from file:// (audience and #presenter),
 *   - the CLI's static build (`podium build`), opened from file://.
 * No live page holds markup the sanitiser should have removed. One Chromium; pages reused.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck, DeckError, type DeckModel } from '../../slides/core/index.ts';
import { renderSingleHtml } from '../../slides/export/single-html.ts';
import { startBrowserHost } from '../../electron/browser-host/server.ts';
import { launchChromium, VIEW_LOCALE } from '../support/chromium.ts';
import { bothShown, press } from '../support/present-steps.ts';
import { ensureRendererBuilt, REPO_ROOT, RENDERER_DIST } from '../support/renderer-build.ts';
import { waitReady } from '../support/views.ts';
import { guardContext, pageFindings, type Guard } from './injection-guard.ts';
import { EVIL_ORIGIN, FRONT_MATTER_PAYLOADS, injectionMarkdownReport, injectionRevealDeck, injectionTextReport, REJECTED_FRONT_MATTER, THEME_PAYLOAD, VECTORS } from './injection-corpus.ts';

const run = promisify(execFile);
const REPORTS = [
  { file: 'injection-report.txt', text: injectionTextReport() },
  { file: 'injection-report.md', text: injectionMarkdownReport() },
  { file: 'injection-deck.md', text: injectionRevealDeck() },
] as const;

let browser: Browser;
let dir: string;

beforeAll(async () => {
  ensureRendererBuilt();
  dir = await mkdtemp(join(tmpdir(), 'podium-injection-'));
  for (const report of REPORTS) await writeFile(join(dir, report.file), report.text);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function compiled(file: string, text: string): DeckModel {
  return compileDeck({ name: file, format: file.endsWith('.txt') ? 'txt' : 'md', text });
}

/** Nothing ran, opened, loaded or stayed in the DOM, in any page the guard watched. */
async function expectClean(where: string, guard: Guard, pages: Page[]): Promise<void> {
  for (const page of pages) {
    const findings = await pageFindings(page);
    expect(findings.pwned, `${where} ${page.url()}: a payload ran`).toBeUndefined();
    expect(findings.dangerous, `${where} ${page.url()}: markup the sanitiser let through`).toEqual([]);
  }
  expect(guard.dialogs, `${where}: dialogs`).toEqual([]);
  expect(guard.offending, `${where}: requests outside the app`).toEqual([]);
  expect(guard.pageErrors, `${where}: page errors`).toEqual([]);
}

/** Shows every slide in the presenter (number + Enter), waiting for both views to show it. */
async function showEverySlide(presenter: Page, audience: Page, count: number): Promise<void> {
  await press(presenter, 'ArrowRight');
  for (let i = 0; i < count; i += 1) {
    await press(presenter, ...String(i + 1).split(''), 'Enter');
    await bothShown(presenter, audience, i, 'slides');
  }
}

/** Steps a lone audience page through every slide with the arrow key. */
async function stepAudience(page: Page, count: number): Promise<void> {
  await press(page, 'ArrowRight');
  for (let i = 1; i < count; i += 1) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((last) => document.documentElement.dataset['slideIndex'] === String(last), count - 1, { timeout: 30_000 });
}

describe('the injection corpus', () => {
  it('has over 100 vectors, each with its own wire', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(VECTORS.map((v) => v.id)).size).toBe(VECTORS.length);
    for (const report of REPORTS) for (const vector of VECTORS) expect(report.text).toContain(vector.payload.split('\n')[0]);
  });

  it('trips its wires when a payload does run (the detectors themselves work)', async () => {
    const context = await browser.newContext({ locale: VIEW_LOCALE });
    try {
      const guard = await guardContext(context, (url) => url.startsWith('about:'));
      const page = await context.newPage();
      await page.setContent(`<img src="x" onerror="window.__pwned='probe'"><iframe srcdoc="x"></iframe><a href="javascript:void 0">x</a><img src="${EVIL_ORIGIN}/probe.png"><script>alert('probe')</script>`);
      await expect.poll(async () => (await pageFindings(page)).pwned).toBe('probe');
      expect((await pageFindings(page)).dangerous).toEqual(expect.arrayContaining(['<iframe>', '<img onerror="window.__pwned=\'probe\'">', '<a href="javascript:void 0">']));
      await expect.poll(() => guard.offending).toContain(`${EVIL_ORIGIN}/probe.png`);
      expect(guard.dialogs).toEqual(['alert: probe']);
    } finally {
      await context.close();
    }
  });

  it('front matter payloads are refused where a value must be a keyword, and pollute nothing', () => {
    for (const line of REJECTED_FRONT_MATTER) {
      expect(() => compileDeck({ name: 'fm.md', format: 'md', text: `---\n${line}\n---\n正文。` })).toThrow(DeckError);
    }
    const themed = compileDeck({ name: 'fm.md', format: 'md', text: `---\n${THEME_PAYLOAD}\n---\n正文。` });
    expect(themed.meta.theme).toBe('official');
    expect(themed.meta.notices?.length).toBe(1);
    const deck = compileDeck({ name: 'fm.md', format: 'md', text: `---\n${FRONT_MATTER_PAYLOADS.join('\n')}\n---\n正文。` });
    expect(deck.meta.title).toContain('<script>');
    expect(deck.meta.lang).toBe('zh');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe.each(REPORTS)('$file', ({ file, text }) => {
  const deck = (): DeckModel => compiled(file, text);

  it('runs nothing in the audience, presenter, teleprompter and print views (browser host)', async () => {
    const host = await startBrowserHost({ file: join(dir, file), rendererDir: RENDERER_DIST, recentFilesPath: join(dir, `${file}.recent.json`), debounceMs: 50 });
    const origin = host.url.replace(/\/$/, '');
    const context = await browser.newContext({ locale: VIEW_LOCALE, viewport: { width: 1280, height: 720 } });
    try {
      const guard = await guardContext(context, (url) => url.startsWith(`${origin}/`));
      const presenter = await context.newPage();
      await presenter.goto(host.launchUrl('presenter.html'));
      await waitReady(presenter);
      const audience = await context.newPage();
      await audience.goto(host.launchUrl('index.html'));
      await waitReady(audience);
      const count = host.session.current?.deck.slides.length ?? 0;
      expect(count).toBe(deck().slides.length);
      await showEverySlide(presenter, audience, count);
      const teleprompter = await context.newPage();
      await teleprompter.goto(new URL('teleprompter.html', host.url).href);
      await waitReady(teleprompter);
      await press(teleprompter, 'End');
      const print = await context.newPage();
      await print.goto(new URL('print.html?kind=notes', host.url).href);
      await print.waitForSelector('html[data-print-ready="pdf"], html[data-print-error]', { state: 'attached', timeout: 60_000 });
      expect(await print.evaluate(() => document.documentElement.getAttribute('data-print-error'))).toBeNull();
      await audience.waitForTimeout(300);
      await expectClean(file, guard, [presenter, audience, teleprompter, print]);
    } finally {
      await context.close();
      await host.close();
    }
  });

  it('runs nothing in the exported single-file HTML opened from file:// (audience and #presenter)', async () => {
    const model = deck();
    const html = join(dir, `${file}.html`);
    await writeFile(html, await renderSingleHtml(model, { rendererDir: RENDERER_DIST }));
    const context = await browser.newContext({ locale: VIEW_LOCALE, viewport: { width: 1280, height: 720 } });
    try {
      const guard = await guardContext(context, (url) => url.startsWith('file://'));
      const audience = await context.newPage();
      await audience.goto(pathToFileURL(html).href);
      await waitReady(audience);
      const presenter = await context.newPage();
      await presenter.goto(`${pathToFileURL(html).href}#presenter`);
      await waitReady(presenter);
      await showEverySlide(presenter, audience, model.slides.length);
      await audience.waitForTimeout(300);
      await expectClean(`${file} single-file HTML`, guard, [audience, presenter]);
    } finally {
      await context.close();
    }
  });

  it('runs nothing in the static deck `podium build` writes, opened from file://', async () => {
    const out = join(dir, `${file}-site`);
    await run(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, 'slides/cli/main.ts'), 'build', join(dir, file), '-o', out, '--renderer', RENDERER_DIST], { cwd: REPO_ROOT });
    const context = await browser.newContext({ locale: VIEW_LOCALE, viewport: { width: 1280, height: 720 } });
    try {
      const guard = await guardContext(context, (url) => url.startsWith('file://'));
      const audience = await context.newPage();
      await audience.goto(pathToFileURL(join(out, 'index.html')).href);
      await waitReady(audience);
      await stepAudience(audience, deck().slides.length);
      await audience.waitForTimeout(300);
      await expectClean(`${file} podium build`, guard, [audience]);
    } finally {
      await context.close();
    }
  });
});
