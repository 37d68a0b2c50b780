/**
 * Notes pages as a speaker prints them for the lectern: one slide a page or two sharing a
 * page, in normal or large type (≥ 16 pt), read back from the PDF as a reader would: where
 * each slide starts, the type size of the notes, every sentence of the notes present, fonts
 * embedded as subsets. The deck is the bundled report's first slides with one long notes
 * text, so it is quick and one slide's notes run over a page. PNGs of the pages go to
 * test-results/exports/ to be looked at.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintRequest } from '../electron/common/print.ts';
import { compileDeck } from '../slides/core/index.ts';
import type { DeckModel } from '../slides/core/model.ts';
import { splitSentences } from '../slides/core/sentences.ts';
import { openPdfSession } from '../slides/export/pdf.ts';
import type { PdfSession } from '../slides/export/pdf.ts';
import { EXAMPLE_REPORT_PATH } from '../slides/node/bundled.ts';
import { readReport } from '../slides/node/read-report.ts';
import { ensureRendererBuilt, RENDERER_DIST } from './support/renderer-build.ts';
import { cjkTextSize, pdfFonts, pdfLines, pdfPageCount, pdfText, pdfToPng, squeeze } from './helpers/pdf-tools.ts';

const SHOTS = resolve('test-results/exports');
const VARIANTS = {
  'notes-1': { kind: 'notes' },
  'notes-2': { kind: 'notes', perPage: 2 },
  'notes-1-large': { kind: 'notes', largeType: true },
  'notes-2-large': { kind: 'notes', perPage: 2, largeType: true },
} as const satisfies Record<string, PrintRequest>;
type Variant = keyof typeof VARIANTS;

let deck: DeckModel;
let session: PdfSession;
let dir: string;
const files = new Map<Variant, string>();

/** Each page's slides that start on it (their heading "幻灯片 N …"; a running head "幻灯片 N（续）" is not a start). */
function slideStarts(file: string): number[][] {
  return Array.from({ length: pdfPageCount(file) }, (_, index) =>
    pdfLines(file, index + 1).flatMap((line) => [...line.text.matchAll(/幻灯片(\d+)(?!（续）)/g)].map((m) => Number(m[1]))),
  );
}

beforeAll(async () => {
  const full = compileDeck(await readReport(EXAMPLE_REPORT_PATH));
  // Eight slides; the sixth carries the notes of five, so it runs over a page in every variant.
  const slides = full.slides.slice(0, 8).map((slide) => ({ ...slide }));
  slides[5]!.notes = full.slides.slice(8, 14).map((slide) => slide.notes).join('\n');
  deck = { ...full, slides };
  dir = await mkdtemp(join(tmpdir(), 'podium-notes-'));
  await mkdir(SHOTS, { recursive: true });
  ensureRendererBuilt();
  session = await openPdfSession({ rendererDir: RENDERER_DIST });
  for (const [name, request] of Object.entries(VARIANTS) as Array<[Variant, PrintRequest]>) {
    const result = await session.render(deck, request);
    const file = join(dir, `${name}.pdf`);
    await writeFile(file, result.pdf);
    expect(pdfPageCount(file), name).toBe(result.pages);
    files.set(name, file);
  }
}, 300_000);

afterAll(async () => {
  await session?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('notes pages', () => {
  it('one a page: every slide starts a fresh page; long notes continue on the next', () => {
    const starts = slideStarts(files.get('notes-1')!);
    expect(starts.flat()).toEqual(deck.slides.map((_, index) => index + 1));
    for (const page of starts) expect(page.length).toBeLessThanOrEqual(1);
    expect(starts.length).toBeGreaterThan(deck.slides.length);
    // The page after a slide's first page that starts nothing carries that slide's running head.
    const continued = starts.findIndex((page) => page.length === 0);
    expect(pdfText(files.get('notes-1')!, continued + 1)).toMatch(/幻灯片 \d+（续）/);
  });

  it('two a page: slides share pages, at most two starting on one, so the notes take fewer sheets', () => {
    for (const name of ['notes-2', 'notes-2-large'] as const) {
      const starts = slideStarts(files.get(name)!);
      expect(starts.flat(), name).toEqual(deck.slides.map((_, index) => index + 1));
      for (const page of starts) expect(page.length, name).toBeLessThanOrEqual(2);
      expect(starts.filter((page) => page.length === 2).length, name).toBeGreaterThanOrEqual(2);
    }
    expect(pdfPageCount(files.get('notes-2')!)).toBeLessThan(pdfPageCount(files.get('notes-1')!));
    expect(pdfPageCount(files.get('notes-2-large')!)).toBeLessThan(pdfPageCount(files.get('notes-1-large')!));
  });

  it('large type sets the notes at 16 pt or more (18 pt); normal type stays smaller (13 pt)', () => {
    for (const name of ['notes-1-large', 'notes-2-large'] as const) expect(cjkTextSize(files.get(name)!), name).toBe(18);
    for (const name of ['notes-1', 'notes-2'] as const) expect(cjkTextSize(files.get(name)!), name).toBe(13);
    expect(pdfPageCount(files.get('notes-1-large')!)).toBeGreaterThan(pdfPageCount(files.get('notes-1')!));
  });

  it('give back every sentence of the notes, with the fonts embedded as subsets (no Type 3)', async () => {
    const sentences = deck.slides.flatMap((slide) => slide.notes.split('\n').flatMap(splitSentences)).map(squeeze).filter((s) => s.length >= 4);
    for (const [name, file] of files) {
      const text = squeeze(pdfText(file)).replace(/幻灯片\d+（续）/g, '').replace(/\d+\/\d+/g, '');
      const missing = sentences.filter((sentence) => !text.includes(sentence));
      expect(missing, name).toEqual([]);
      for (const font of pdfFonts(file)) {
        expect(font.type, `${name}: ${font.name}`).not.toMatch(/Type 3/);
        expect(font.embedded && font.subset, `${name}: ${font.name}`).toBe(true);
      }
      pdfToPng(file, 2, join(SHOTS, name));
    }
  });
});
