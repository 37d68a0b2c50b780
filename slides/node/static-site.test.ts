import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECK_MODEL_VERSION } from '../core/model.ts';
import type { DeckModel } from '../core/model.ts';
import { writeClassicScripts } from '../../build/vite/classic-scripts-plugin.ts';
import { deckScript, deckScriptElement, parseDeckScript, writeStaticDeck } from './static-site.ts';

const PAYLOAD = '</script><script>window.pwned=1</script><!--<img src=x onerror="window.pwned=2">';

const deck: DeckModel = {
  version: DECK_MODEL_VERSION,
  meta: {
    title: '全力打造共同富裕示范区X的先行镇',
    lang: 'zh',
    rate: { cjkPerMinute: 220, wordsPerMinute: 140 },
    theme: 'official',
    aspect: '16:9',
    totalSeconds: 12,
    readingUnits: 44,
    source: { name: 'report.txt', format: 'txt' },
  },
  sections: [],
  slides: [
    { id: 'a', kind: 'title', sectionPath: [], title: '全力打造共同富裕示范区X的先行镇', points: [], notes: '全力打造共同富裕示范区X的先行镇', seconds: 4 },
    { id: 'b', kind: 'content', sectionPath: [], title: PAYLOAD, points: [PAYLOAD], notes: PAYLOAD, seconds: 8 },
  ],
};

let dir: string;
let renderer: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-static-'));
  // The shape of a Vite build: module entries per page sharing a chunk, CSS with a web font, crossorigin everywhere.
  renderer = join(dir, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  const page = (entry: string): string => `<!doctype html>\n<html><head>\n<meta charset="utf-8"><title>Podium</title>\n<script type="module" crossorigin src="./assets/${entry}"></script>\n<link rel="modulepreload" crossorigin href="./assets/shared-def.js">\n<link rel="stylesheet" crossorigin href="./assets/app.css">\n</head><body></body></html>\n`;
  await writeFile(join(renderer, 'index.html'), page('index-abc.js'));
  await writeFile(join(renderer, 'presenter.html'), page('presenter-xyz.js'));
  await writeFile(join(renderer, 'assets', 'index-abc.js'), "import { show } from './shared-def.js';\nshow('audience', new URL('./font.woff2', import.meta.url).href);\n");
  await writeFile(join(renderer, 'assets', 'presenter-xyz.js'), "import { show } from './shared-def.js';\nshow('presenter', '');\n");
  await writeFile(join(renderer, 'assets', 'shared-def.js'), [
    'export function show(view, fontUrl) {',
    '  const deck = window.podiumDeck;',
    '  document.body.dataset.view = view;',
    '  document.body.dataset.fontUrl = fontUrl;',
    '  document.body.dataset.slides = String(deck.slides.length);',
    '  const p = document.createElement("p"); p.textContent = deck.slides[1].title; document.body.append(p);',
    '}',
  ].join('\n'));
  await writeFile(join(renderer, 'assets', 'app.css'), 'body { color: rgb(1, 2, 3); }\n');
  await mkdir(join(renderer, 'font-sources'));
  await writeFile(join(renderer, 'font-sources', 'noto-sans-sc-400.ttf'), 'the host cuts fonts from these');
  // Two slices of a font, as the font plugin lists them: only the one holding the deck's characters is copied.
  await writeFile(join(renderer, 'assets', 'cjk-4e00.woff2'), 'slice with 全');
  await writeFile(join(renderer, 'assets', 'cjk-9fa0.woff2'), 'slice with 龠');
  await writeFile(join(renderer, 'fonts.json'), JSON.stringify({
    ranges: ['U+4E00-4E5F,U+5168', 'U+9FA0-9FAF'],
    files: [
      { family: 'Noto Sans SC', weight: 400, range: 0, name: 'cjk-4e00', url: 'assets/cjk-4e00.woff2' },
      { family: 'Noto Sans SC', weight: 400, range: 1, name: 'cjk-9fa0', url: 'assets/cjk-9fa0.woff2' },
    ],
    sources: [],
  }));
  await writeClassicScripts(renderer, ['index.html', 'presenter.html']);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('deck.js', () => {
  it('gives back the deck, whatever its text', () => {
    expect(parseDeckScript(deckScript(JSON.stringify(deck)))).toEqual(deck);
  });
});

describe('deckScriptElement', () => {
  it('embeds the deck as JSON no text in it can close or comment out', () => {
    const element = deckScriptElement(deck);
    const inner = element.slice(element.indexOf('>') + 1, element.lastIndexOf('</script>'));
    expect(inner).not.toContain('<');
    expect(JSON.parse(inner)).toEqual(deck);
  });
});

describe('writeStaticDeck', () => {
  it('builds a site that runs from file:// in Chromium with the deck, the CSP, and no payload executing', async () => {
    const out = join(dir, 'site');
    const { pages } = await writeStaticDeck(renderer, out, deck);
    expect(pages.sort()).toEqual(['index.html', 'presenter.html']);
    expect(parseDeckScript(await readFile(join(out, 'deck.js'), 'utf8'))).toEqual(deck);
    // The host's font sources stay behind: a static deck has no host to cut fonts; of the slices, only what the text needs.
    expect(existsSync(join(out, 'font-sources'))).toBe(false);
    expect(existsSync(join(out, 'assets', 'cjk-4e00.woff2'))).toBe(true);
    expect(existsSync(join(out, 'assets', 'cjk-9fa0.woff2'))).toBe(false);
    expect(existsSync(join(out, 'fonts.json')) || existsSync(join(out, 'classic-scripts.json'))).toBe(false);
    // Every page loads the one deck.js; none embeds the deck.
    for (const page of pages) expect(await readFile(join(out, page), 'utf8')).not.toContain(deck.meta.title);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    try {
      for (const [file, view] of [['index.html', 'audience'], ['presenter.html', 'presenter']] as const) {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(pathToFileURL(join(out, file)).href);
        await page.waitForFunction(() => document.body.dataset.slides !== undefined, undefined, { timeout: 5000 });
        const state = await page.evaluate(() => ({
          view: document.body.dataset['view'],
          slides: document.body.dataset['slides'],
          fontUrl: document.body.dataset['fontUrl'],
          text: document.querySelector('p')?.textContent,
          color: getComputedStyle(document.body).color,
          pwned: (window as unknown as { pwned?: number }).pwned,
        }));
        expect(state).toMatchObject({ view, slides: '2', text: PAYLOAD, color: 'rgb(1, 2, 3)' });
        expect(state.pwned).toBeUndefined();
        if (view === 'audience') expect(state.fontUrl).toBe(pathToFileURL(join(out, 'assets', 'font.woff2')).href);
        expect(problems).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });

  it('a failure leaves the previous build in place and no temporary folder behind', async () => {
    const out = join(dir, 'site-keep');
    await writeStaticDeck(renderer, out, deck);
    const before = await readFile(join(out, 'index.html'), 'utf8');
    const broken = join(dir, 'broken-renderer');
    await mkdir(broken);
    await writeFile(join(broken, 'index.html'), '<p>no head</p>');
    await writeClassicScripts(broken, ['index.html']);
    await expect(writeStaticDeck(broken, out, deck)).rejects.toThrow(/no <head>/);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
