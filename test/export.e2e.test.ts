/**
 * Every export of the bundled report, checked as a reader would: page counts, fonts
 * embedded as subsets (no Type 3), the notes' sentences in the speaker's copies and
 * not in the hall's, bookmarks by section, title and author, a PPTX with one slide
 * and one notes page per deck slide that LibreOffice opens. PNGs of one page of each
 * export go to test-results/exports/ to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintRequest } from '../electron/common/print.ts';
import { compileDeck } from '../slides/core/index.ts';
import { deckAids } from '../slides/core/aids/index.ts';
import type { DeckModel } from '../slides/core/model.ts';
import { splitSentences } from '../slides/core/sentences.ts';
import { openPdfSession } from '../slides/export/pdf.ts';
import type { PdfSession } from '../slides/export/pdf.ts';
import { renderPptx } from '../slides/export/pptx.ts';
import { BUNDLED_DECK_PATH, EXAMPLE_REPORT_PATH } from '../slides/node/bundled.ts';
import { readReport } from '../slides/node/read-report.ts';
import { ensureRendererBuilt, RENDERER_DIST } from './support/renderer-build.ts';
import { pdfFonts, pdfInfo, pdfLines, pdfOutline, pdfPageCount, pdfText, pdfToPng, squeeze } from './helpers/pdf-tools.ts';

const AUTHOR = '中共X镇委员会办公室';
const WATERMARK = '内部资料 注意保存';
const SHOTS = resolve('test-results/exports');

let deck: DeckModel;
let session: PdfSession;
let dir: string;
const files = new Map<string, { file: string; pages: number }>();

async function exportPdf(name: string, request: PrintRequest): Promise<{ file: string; pages: number }> {
  const result = await session.render(deck, request, { author: AUTHOR });
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, result.pdf);
  const entry = { file, pages: result.pages };
  files.set(name, entry);
  return entry;
}

/** The notes' sentences, whitespace removed; only those long enough to be unambiguous. */
function noteSentences(): string[] {
  return deck.slides.flatMap((slide) => slide.notes.split('\n').flatMap(splitSentences)).map(squeeze).filter((s) => s.length >= 4);
}

/** What a slide shows (and so may legitimately appear in the hall's copies). */
function slideText(): string {
  return squeeze(deck.slides.map((s) => [s.overline, s.title, s.subtitle, ...s.points, s.sectionPath.join('')].join('\n')).join('\n'));
}

/**
 * The speaker aids' readings taken out of a page's text: the reading copy prints them above
 * the lines, out of the flow, so pdftotext gives each page's readings after its text (where
 * a sentence runs on to the next page, between its two halves, as the folio is).
 */
function withoutReadings(text: string): string {
  const readings = [...new Set(deckAids(deck).map((aid) => squeeze(aid.reading)))].sort((a, b) => b.length - a.length);
  return readings.reduce((rest, reading) => rest.replaceAll(reading, ''), text);
}

/** Text with the page furniture (folios, slide marks, running heads, watermark, speaker aids) taken out. */
function bodyText(file: string, pages: number): string {
  let text = withoutReadings(squeeze(pdfText(file))).replaceAll(squeeze(WATERMARK), '');
  for (let page = pages; page >= 1; page -= 1) {
    text = text.replaceAll(`${page}/${pages}`, '').replaceAll(`—${page}—`, '');
  }
  return text.replace(/【幻灯片\d+】/g, '').replace(/幻灯片\d+（续）/g, '');
}

beforeAll(async () => {
  const path = existsSync(BUNDLED_DECK_PATH) ? BUNDLED_DECK_PATH : EXAMPLE_REPORT_PATH;
  deck = compileDeck(await readReport(path));
  dir = await mkdtemp(join(tmpdir(), 'podium-export-'));
  await mkdir(SHOTS, { recursive: true });
  ensureRendererBuilt();
  // The bundled faces throughout, whatever this computer has: the official copy's system faces are test/export-official-fonts.e2e.test.ts.
  session = await openPdfSession({ rendererDir: RENDERER_DIST, officialFonts: [] });
  await exportPdf('slides', { kind: 'slides' });
  await exportPdf('notes', { kind: 'notes' });
  for (const perPage of [2, 3, 4, 6] as const) await exportPdf(`handout-${perPage}`, { kind: 'handout', perPage });
  await exportPdf('reading', { kind: 'reading' });
  await exportPdf('official', { kind: 'official', watermark: WATERMARK });
  // Eight PDFs of a 55-slide deck: minutes when the two cores are shared with other work.
}, 600_000);

afterAll(async () => {
  await session?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const ALL = ['slides', 'notes', 'handout-2', 'handout-3', 'handout-4', 'handout-6', 'reading', 'official'];

describe('PDF exports of the bundled report', () => {
  it('print one page per slide, and handouts ceil(slides / n) pages', () => {
    const slides = deck.slides.length;
    expect(pdfPageCount(files.get('slides')!.file)).toBe(slides);
    for (const n of [2, 3, 4, 6]) expect(pdfPageCount(files.get(`handout-${n}`)!.file)).toBe(Math.ceil(slides / n));
    // Each slide starts a notes page; long notes continue on further pages.
    const notesPages = pdfPageCount(files.get('notes')!.file);
    expect(notesPages).toBeGreaterThanOrEqual(slides);
    expect(notesPages).toBe(files.get('notes')!.pages);
  });

  it('fit the whole text at the sizes asked for (reading copy ≥ 16 pt; official ≈ 28 × 22 characters a page)', () => {
    const chars = [...squeeze(deck.slides.map((s) => s.notes).join(''))].length;
    const official = pdfPageCount(files.get('official')!.file);
    expect(official).toBe(files.get('official')!.pages);
    // 616 characters a full page at most; headings, the title block and paragraph ends waste some.
    expect(official).toBeGreaterThanOrEqual(Math.ceil(chars / 616));
    expect(official).toBeLessThanOrEqual(Math.ceil(chars / 616 * 1.35) + 1);
    const reading = pdfPageCount(files.get('reading')!.file);
    expect(reading).toBe(files.get('reading')!.pages);
    // 18 pt over 160 mm is ~25 characters a line, ~20 lines a page: fewer than 500 characters a page.
    expect(reading).toBeGreaterThan(Math.ceil(chars / 500));
  });

  it('embed their fonts as subsets of the bundled Noto families, never Type 3', () => {
    for (const name of ALL) {
      const fonts = pdfFonts(files.get(name)!.file);
      expect(fonts.length, name).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.type, `${name}: ${font.name}`).not.toMatch(/Type 3/);
        expect(font.embedded && font.subset && font.unicode, `${name}: ${font.name}`).toBe(true);
        expect(font.name, name).toMatch(/^[A-Z]{6}\+NotoS(ans|erif)SC/);
      }
    }
  });

  it('give back every sentence of the notes in the notes pages, the reading copy and the official copy', () => {
    const sentences = noteSentences();
    expect(sentences.length).toBeGreaterThan(100);
    for (const name of ['notes', 'reading', 'official']) {
      const { file, pages } = files.get(name)!;
      const text = bodyText(file, pages);
      const missing = sentences.filter((sentence) => !text.includes(sentence));
      expect(missing, name).toEqual([]);
    }
  });

  it('keep the notes out of the hall\'s copies (slides, handouts)', () => {
    const shown = slideText();
    const private_ = noteSentences().filter((sentence) => !shown.includes(sentence));
    expect(private_.length).toBeGreaterThan(100);
    for (const name of ['slides', 'handout-2', 'handout-3', 'handout-4', 'handout-6']) {
      const text = squeeze(pdfText(files.get(name)!.file));
      expect(private_.filter((sentence) => text.includes(sentence)), name).toEqual([]);
    }
  });

  it('label handout slides 幻灯片 N (not 第 N 页, which reads as the sheet\'s page), rows of 6 a page close together', () => {
    const words = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', files.get('handout-6')!.file, '-'], { encoding: 'utf8' });
    const captions = [...words.matchAll(/yMin="([\d.]+)"[^>]*>幻灯片<\/word>\s*<word[^>]*>(\d+)<\/word>/g)].map((m) => ({ y: Number(m[1]), n: Number(m[2]) }));
    expect(captions.map((c) => c.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(words).not.toMatch(/>第<\/word>/);
    // One row to the next: the slide, its caption and the gap (about 63 mm), not a third of the page (93 mm).
    const rows = [...new Set(captions.map((c) => Math.round(c.y)))];
    expect(rows).toHaveLength(3);
    const pitchMm = ((rows[1]! - rows[0]!) / 72) * 25.4;
    expect(pitchMm).toBeLessThan(70);
    expect(((rows[2]! - rows[1]!) / 72) * 25.4).toBeCloseTo(pitchMm, 0);
  });

  it('carry bookmarks for every section', () => {
    const headings = deck.sections.map((section) => squeeze(section.label + section.title));
    expect(headings.length).toBeGreaterThan(0);
    for (const name of ALL) {
      const outline = pdfOutline(files.get(name)!.file).map((item) => squeeze(item.title));
      for (const heading of headings) expect(outline.some((title) => title.includes(heading)), `${name}: ${heading}`).toBe(true);
    }
  });

  it('carry the title and author', () => {
    for (const name of ALL) {
      const info = pdfInfo(files.get(name)!.file);
      expect(info.Title, name).toBe(deck.meta.title);
      expect(info.Author, name).toBe(AUTHOR);
    }
  });

  it('print slides at the deck\'s aspect ratio and everything else on A4', () => {
    const size = (name: string): [number, number] => {
      const match = /([\d.]+) x ([\d.]+) pts/.exec(pdfInfo(files.get(name)!.file)['Page size'] ?? '');
      return [Number(match?.[1]), Number(match?.[2])];
    };
    const [w, h] = size('slides');
    expect(w / h).toBeCloseTo(deck.meta.aspect === '4:3' ? 4 / 3 : 16 / 9, 2);
    for (const name of ALL.filter((n) => n !== 'slides')) {
      const [aw, ah] = size(name);
      expect(Math.round((aw * 25.4) / 72), name).toBe(210);
      expect(Math.round((ah * 25.4) / 72), name).toBe(297);
    }
  });

  it('put the watermark on every page when asked, and only then', () => {
    const { file, pages } = files.get('official')!;
    const text = squeeze(pdfText(file));
    expect(text.split(squeeze(WATERMARK)).length - 1).toBe(pages);
    expect(squeeze(pdfText(files.get('reading')!.file))).not.toContain(squeeze(WATERMARK));
  });

  it('mark in the reading copy where each slide begins, and number its pages', () => {
    const { file, pages } = files.get('reading')!;
    const text = squeeze(pdfText(file));
    for (let n = 1; n <= deck.slides.length; n += 1) expect(text, `slide ${n}`).toContain(`【幻灯片${n}】`);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`${page}/${pages}`);
  });

  it('turn the reading copy\'s pages between sentences (a long sentence at most at a clause mark)', () => {
    const { file, pages } = files.get('reading')!;
    const ends: string[] = [];
    for (let page = 1; page < pages; page += 1) {
      const text = withoutReadings(squeeze(pdfText(file, page))).replace(`${page}/${pages}`, '').replace(/【幻灯片\d+】/g, '');
      ends.push(text.slice(-1));
    }
    const sentenceEnds = ends.filter((end) => /[。！？!?；…”’」』）]/.test(end)).length;
    const clauseEnds = ends.filter((end) => /[，、：,:]/.test(end)).length;
    expect(sentenceEnds + clauseEnds, ends.join(' ')).toBe(ends.length);
    expect(clauseEnds).toBeLessThanOrEqual(Math.floor(ends.length / 10));
  });

  it('set the official copy on the GB/T 9704 grid: 22 lines a page, about 28 characters a line', () => {
    const { file, pages } = files.get('official')!;
    const widths: number[] = [];
    for (let page = 2; page < pages; page += 1) {
      // The folio and the rotated watermark (which pdftotext breaks into bits of a few characters) are not body lines.
      const isWatermark = (line: string): boolean => squeeze(WATERMARK).includes(squeeze(line));
      const lines = pdfLines(file, page).map((line) => line.text.trim()).filter((line) => line && line !== `—${page}—` && line !== `— ${page} —` && !isWatermark(line));
      expect(lines.length, `page ${page}`).toBeLessThanOrEqual(22);
      // Full-width characters count 1, Latin letters and digits (X, %) half.
      for (const line of lines) widths.push([...line].reduce((sum, ch) => sum + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0));
    }
    const full = widths.filter((w) => w >= 20).sort((a, b) => a - b);
    const median = full[Math.floor(full.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(26.5);
    expect(median).toBeLessThanOrEqual(29);
  });

  it('render a page of each as PNG to look at', async () => {
    const pick: Record<string, number> = { slides: 6, notes: 6, 'handout-2': 1, 'handout-3': 2, 'handout-4': 1, 'handout-6': 2, reading: 2, official: 2 };
    for (const [name, page] of Object.entries(pick)) {
      const prefix = join(SHOTS, `${name}-p${page}`);
      pdfToPng(files.get(name)!.file, page, prefix);
      expect((await readFile(`${prefix}.png`)).byteLength, name).toBeGreaterThan(5_000);
    }
  });
});

function which(command: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

describe('PPTX export of the bundled report', () => {
  let pptx: Uint8Array;
  beforeAll(async () => {
    pptx = await renderPptx(deck, { author: AUTHOR });
  });

  it('has one slide and one notes page per deck slide, each with that slide\'s notes', async () => {
    const zip = await JSZip.loadAsync(pptx);
    const names = Object.keys(zip.files);
    const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const notes = names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(deck.slides.length);
    expect(notes).toHaveLength(deck.slides.length);
    for (const [index, slide] of deck.slides.entries()) {
      const notesXml = await zip.file(`ppt/notesSlides/notesSlide${index + 1}.xml`)!.async('string');
      const notesText = squeeze([...notesXml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''))
        .replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'");
      expect(notesText, `notes of slide ${index + 1}`).toContain(squeeze(slide.notes));
      const slideXml = await zip.file(`ppt/slides/slide${index + 1}.xml`)!.async('string');
      const shown = squeeze([...slideXml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')).replace(/&amp;/g, '&');
      expect(shown, `title of slide ${index + 1}`).toContain(squeeze(slide.title).replace(/&/g, '&'));
    }
  });

  const office = which('soffice') ?? which('libreoffice');
  if (!office) console.warn('export.e2e.test.ts: the LibreOffice check is skipped: neither soffice nor libreoffice is installed (apt install libreoffice-impress)');
  it.skipIf(!office)(`opens in LibreOffice (converted to PDF with every slide)${office ? '' : ' — skipped: neither soffice nor libreoffice is installed (apt install libreoffice-impress)'}`, async () => {
    const work = await mkdtemp(join(tmpdir(), 'podium-pptx-'));
    try {
      const input = join(work, 'deck.pptx');
      await writeFile(input, pptx);
      execFileSync(office!, ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, input], { timeout: 180_000, stdio: 'ignore' });
      const pdf = join(work, 'deck.pdf');
      expect(pdfPageCount(pdf)).toBe(deck.slides.length);
      pdfToPng(pdf, 6, join(SHOTS, 'pptx-libreoffice-p6'));
      expect((await readdir(SHOTS)).some((n) => n.startsWith('pptx-libreoffice'))).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 240_000);
});
