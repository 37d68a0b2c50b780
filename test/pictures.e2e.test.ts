/**
 * Pictures and layouts end to end, through the browser host in Chromium: a picture added over
 * the host's HTTP API is copied beside the deck and shown in the hall and in the presenter's
 * previews; each layout is drawn at 16:9 and 4:3 (screenshots in test-results/screenshots); a
 * slide hidden from the hall keeps the previous slide on the hall's screen; every export carries
 * the picture: PDF slides, notes pages and handouts (pdfimages lists it), PPTX (ppt/media), the
 * single-file HTML (inlined) and podium build (copied).
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditOp, EditOutcome, PictureOutcome } from '../electron/common/contract.ts';
import { runCli } from '../slides/cli/program.ts';
import type { DeckModel } from '../slides/core/model.ts';
import { EXAMPLE_REPORT_PATH } from '../slides/node/bundled.ts';
import { gradientPng } from './helpers/png.ts';
import { launchChromium } from './support/chromium.ts';
import { bombPng } from './helpers/png.ts';
import { bothShown, press, tripwire, waitShown } from './support/present-steps.ts';
import { screenshot, startApp, type AppRun } from './support/views.ts';

let browser: Browser;
let dir: string;
let app: AppRun;
const PICTURE = gradientPng(640, 360);

beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'podium-pictures-e2e-'));
  await copyFile(EXAMPLE_REPORT_PATH, join(dir, 'report.txt'));
  app = await startApp(browser, { file: join(dir, 'report.txt'), viewport: { width: 1280, height: 760 }, audienceViewport: { width: 960, height: 540 } });
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The editor's calls, made by the page over the browser host's HTTP API (as the editor does, with the launch's token the page keeps). */
async function edit(page: Page, ops: EditOp[]): Promise<EditOutcome> {
  return page.evaluate(
    async (body) => (await fetch('/api/edit', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Podium-Token': localStorage.getItem('podium.accessToken') ?? '' }, body })).json(),
    JSON.stringify({ ops }),
  ) as Promise<EditOutcome>;
}

async function addPicture(page: Page, name: string, bytes: Buffer): Promise<PictureOutcome> {
  return page.evaluate(
    async ([fileName, base64]) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const headers = { 'X-Podium-File-Name': encodeURIComponent(fileName), 'X-Podium-Token': localStorage.getItem('podium.accessToken') ?? '' };
      return (await fetch('/api/picture', { method: 'POST', headers, body: data })).json();
    },
    [name, bytes.toString('base64')] as const,
  ) as Promise<PictureOutcome>;
}

async function goTo(index: number): Promise<void> {
  await press(app.presenter, ...String(index + 1).split(''), 'Enter');
  await waitShown(app.presenter, index);
}

/** Whether the shown slide's picture in the page has loaded (a broken or missing picture has no natural size). */
async function pictureLoaded(page: Page, selector: string): Promise<number> {
  await page.waitForFunction((s) => {
    const img = document.querySelector<HTMLImageElement>(s);
    return img !== null && img.complete;
  }, selector, { timeout: 10_000 });
  return page.evaluate((s) => document.querySelector<HTMLImageElement>(s)?.naturalWidth ?? 0, selector);
}

const AUDIENCE_PICTURE = '.reveal .slides > section.present .ps-picture-img';
const PRESENTER_PICTURE = '#preview-current .ps-picture-img';

describe('pictures and layouts', () => {
  const slides: Record<'text' | 'full' | 'titleOnly' | 'hidden', number> = { text: 0, full: 0, titleOnly: 0, hidden: 0 };
  let deckFile = '';
  let deck: DeckModel;

  it('adds a picture over the HTTP API, lays out slides, and saves them into the deck beside the report', async () => {
    const added = await addPicture(app.presenter, '会场.png', PICTURE);
    if (!added.ok) throw new Error(added.error.message);
    expect(added).toMatchObject({ width: 640, height: 360, picture: { src: expect.stringMatching(/^pictures\/会场-[0-9a-f]{10}\.png$/) } });
    const start = app.host.session.current?.deck;
    if (!start) throw new Error('no deck');
    const content = start.slides.map((s, i) => [s, i] as const).filter(([s]) => s.kind === 'content');
    [slides.text, slides.full, slides.titleOnly, slides.hidden] = [content[2]![1], content[3]![1], content[4]![1], content[5]![1]];
    const id = (i: number): string => start.slides[i]!.id;
    const outcome = await edit(app.presenter, [
      { type: 'setPicture', slideId: id(slides.text), picture: added.picture },
      { type: 'setPicture', slideId: id(slides.full), picture: added.picture },
      { type: 'setLayout', slideId: id(slides.full), layout: 'picture-full' },
      { type: 'setLayout', slideId: id(slides.titleOnly), layout: 'title-only' },
      { type: 'setHidden', slideId: id(slides.hidden), hidden: true },
    ]);
    if (!outcome.ok) throw new Error(outcome.error.message);
    deckFile = outcome.createdDeck ?? '';
    expect(deckFile).toBe(join(dir, 'report.md'));
    deck = outcome.deck;
    const saved = await readFile(deckFile, 'utf8');
    expect(saved).toContain(`![会场](${added.picture.src})`);
    expect(saved).toContain(`data-background-image="${added.picture.src}"`);
    expect(saved).toContain('data-layout="title-only"');
    expect(saved).toContain('data-visibility="hidden"');
    expect(await readFile(join(dir, added.picture.src))).toEqual(PICTURE);
  });

  it('shows the picture in the hall and in the presenter\'s preview, for each layout, at 16:9', async () => {
    // The show starts on the hold screen: the first key brings the slides up.
    await press(app.presenter, 'ArrowRight');
    for (const [name, index] of [['picture-text', slides.text], ['picture-full', slides.full]] as const) {
      await goTo(index);
      await bothShown(app.presenter, app.audience, index, 'slides');
      expect(await pictureLoaded(app.audience, AUDIENCE_PICTURE), name).toBe(640);
      expect(await pictureLoaded(app.presenter, PRESENTER_PICTURE), name).toBe(640);
      await screenshot(app.audience, `layout-${name}-16x9`);
    }
    await goTo(slides.titleOnly);
    await bothShown(app.presenter, app.audience, slides.titleOnly, 'slides');
    expect(await app.audience.locator('.reveal .slides > section.present .ps-point').count()).toBe(0);
    await screenshot(app.audience, 'layout-title-only-16x9');
    await screenshot(app.presenter, 'layout-presenter-title-only');
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('keeps the previous slide in the hall while the speaker is on a hidden slide', async () => {
    await goTo(slides.hidden);
    await waitShown(app.audience, slides.hidden - 1, 'slides');
    expect(await app.audience.evaluate(() => document.documentElement.dataset['hiddenSlide'])).toBe(String(slides.hidden));
    await goTo(slides.hidden + 1);
    await waitShown(app.audience, slides.hidden + 1, 'slides');
  });

  it('draws every layout at 4:3 too', async () => {
    const text = await readFile(deckFile, 'utf8');
    await writeFile(deckFile, text.replace(/^aspect: .*$/m, 'aspect: "4:3"'));
    await app.audience.waitForFunction(() => document.documentElement.classList.contains('aspect-4-3'), undefined, { timeout: 10_000 });
    for (const [name, index] of [['picture-text', slides.text], ['picture-full', slides.full], ['title-only', slides.titleOnly]] as const) {
      await goTo(index);
      await bothShown(app.presenter, app.audience, index, 'slides');
      if (name !== 'title-only') expect(await pictureLoaded(app.audience, AUDIENCE_PICTURE), name).toBe(640);
      await screenshot(app.audience, `layout-${name}-4x3`);
    }
    await writeFile(deckFile, text);
  });

  it('refuses an image bomb with a clear message, and shows a hostile SVG cleaned, in every view, with nothing run or fetched', async () => {
    const bomb = await addPicture(app.presenter, 'bomb.png', bombPng(30000, 30000));
    expect(bomb).toMatchObject({ ok: false, error: { code: 'PICTURE', file: 'bomb.png', message: expect.stringMatching(/30000×30000/) } });
    const hostile = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="300" onload="window.__pwned='onload'">
      <script>window.__pwned = 'script'</script>
      <rect width="400" height="300" fill="#1d4f91"/>
      <image href="https://evil.example/track.png" width="10" height="10"/>
      <foreignObject width="100" height="100"><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="window.__pwned='img'"/></foreignObject>
    </svg>`);
    const added = await addPicture(app.presenter, 'chart.svg', hostile);
    if (!added.ok) throw new Error(added.error.message);
    const start = app.host.session.current?.deck;
    const index = slides.text + 1;
    const outcome = await edit(app.presenter, [{ type: 'setPicture', slideId: start?.slides[index]?.id ?? '', picture: added.picture }]);
    expect(outcome.ok).toBe(true);
    await goTo(index);
    await bothShown(app.presenter, app.audience, index, 'slides');
    expect(await pictureLoaded(app.audience, AUDIENCE_PICTURE)).toBeGreaterThan(0);
    // Where the views load it from: the deck's pictureBase (a per-launch secret path; an <img> sends no token).
    const base = app.host.session.current?.deck.meta.pictureBase ?? '';
    const served = await app.presenter.evaluate(async (url) => (await fetch(url)).text(), `${base}${added.picture.src}`);
    expect(served).not.toMatch(/script|onload|onerror|evil\.example|foreignObject/);
    for (const page of [app.presenter, app.audience]) expect((await tripwire(page)).pwned).toBeUndefined();
    expect(app.foreignRequests).toEqual([]);
  });

  it('carries the picture into every export: PDF slides, notes pages and handouts, PPTX, single-file HTML, static build', async () => {
    const out = join(dir, 'out');
    let err = '';
    const code = await runCli(['export', deckFile, '--format', 'slides,notes,handout,pptx,html', '-o', out], { out: () => undefined, err: (t) => void (err += t) });
    expect(code, err).toBe(0);
    const files = await readdir(out);
    for (const pdf of files.filter((f) => f.endsWith('.pdf'))) {
      const list = execFileSync('pdfimages', ['-list', join(out, pdf)], { encoding: 'utf8' });
      // Two slides carry the picture: at least one image row of its size per PDF.
      expect(list, pdf).toMatch(/\s640\s+360\s/);
    }
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(3);
    const pptx = files.find((f) => f.endsWith('.pptx'));
    const media = execFileSync('unzip', ['-l', join(out, pptx ?? '')], { encoding: 'utf8' });
    expect(media).toMatch(/ppt\/media\/image-\d+-\d+\.png/);
    const html = await readFile(join(out, files.find((f) => f.endsWith('.html')) ?? ''), 'utf8');
    expect(html).toContain(`data:image/png;base64,${PICTURE.toString('base64').slice(0, 40)}`);
    const build = join(dir, 'site');
    expect(await runCli(['build', deckFile, '-o', build], { out: () => undefined, err: (t) => void (err += t) }), err).toBe(0);
    const src = deck.slides[slides.text]?.picture?.src ?? '';
    expect(await readFile(join(build, src))).toEqual(PICTURE);
    expect(err).not.toMatch(/missing/);
  });
});
