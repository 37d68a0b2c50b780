/**
 * A PDF with text → paragraphs, with pdf.js (pdfjs-dist, legacy build for Node). PDFs hold
 * positioned pieces of text, not paragraphs, so the lines are rebuilt from the pieces' positions
 * and joined into paragraphs the way the page shows them: a paragraph starts where a line is
 * indented (official documents indent by two characters), after a line that stops short of the
 * right margin, after a wider gap, at a centred line, or where the font changes. Running headers,
 * footers and page numbers ("— 3 —", "第 3 页", "3 / 12", a line repeated on most pages) are left
 * out. Each paragraph keeps its look (size, font family, bold, centred) so pdf-headings.ts can tell
 * headings and the title from the body by how they are printed.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SourceBlock, SourceDocument } from '../../core/model.ts';
import { isCjkChar } from '../../core/text.ts';
import { fontOf, headingLevels, sameFont, type PdfFont } from './pdf-headings.ts';

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
  fontName: string;
}

export interface PdfLine {
  text: string;
  /** Left and right edge, baseline, font size, in PDF units (y grows upwards). */
  x: number;
  right: number;
  y: number;
  size: number;
  /** The font of every piece of the line; absent when the line mixes fonts or the font is unknown. */
  font?: PdfFont;
}

/** A paragraph as printed: its text and look (from its lines), for heading detection. */
export interface PdfParagraph {
  text: string;
  size: number;
  /** Set when all its lines are in one font. */
  font?: PdfFont;
  /** Every line centred between the margins. */
  centred: boolean;
  lines: number;
  /** 0-based page of its first line. */
  page: number;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** The pages of a PDF as lines of text. */
export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given: give it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: `${pathToFileURL(join(PDFJS_ROOT, 'cmaps')).href}/`,
    cMapPacked: true,
    standardFontDataUrl: `${pathToFileURL(join(PDFJS_ROOT, 'standard_fonts')).href}/`,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  const document = await task.promise;
  try {
    const pages: PdfPage[] = [];
    // Font names (…-Bold, SimHei, FangSong) are known to pdf.js only once a page's drawing is
    // parsed; fonts are shared between pages, so that is done only for pages with a font not yet seen.
    const fonts = new Map<string, PdfFont | undefined>();
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item);
      const unseen = [...new Set(items.map((item) => item.fontName))].filter((name) => !fonts.has(name));
      if (unseen.length > 0) {
        await page.getOperatorList();
        for (const name of unseen) fonts.set(name, page.commonObjs.has(name) ? fontOf((page.commonObjs.get(name) as { name?: string }).name) : undefined);
      }
      pages.push({ width: x1 - x0, height: y1 - y0, lines: linesOf(items, y0, (name) => fonts.get(name)) });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && (isCjkChar(ch.codePointAt(0) ?? 0) || /[\u3000-\u303f\uff00-\uffef“”‘’—…]/u.test(ch));
}

/**
 * Letter-spaced Chinese (a slogan set wide: 坚 定 信 心) comes out of pdf.js with a space between
 * every two characters; the spaces are spacing, not text.
 */
function closeLetterSpacing(text: string): string {
  return /^(?:\p{Script=Han} )+\p{Script=Han}$/u.test(text) ? text.replace(/ /g, '') : text;
}

/**
 * Writers set Latin letters and digits in Chinese text a quarter em apart (LibreOffice's and
 * Word's Asian/Latin spacing), and pdf.js reads that gap as a space: 示范区 X 的 → 示范区X的.
 */
function closeAsianLatinGaps(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9%]) (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, '');
}

/** A line's one font: that of its Chinese pieces (Latin letters and digits in a report are often set in a second font), else of all its pieces; none when they differ. */
function lineFont(pieces: readonly { font: PdfFont | undefined; cjk: boolean }[]): PdfFont | undefined {
  const counted = pieces.some((p) => p.cjk) ? pieces.filter((p) => p.cjk) : pieces;
  const first = counted[0]?.font;
  return first && counted.every((p) => p.font !== undefined && sameFont(p.font, first)) ? first : undefined;
}

/**
 * Pieces → lines: a new line where the baseline moves by more than half the font size. A space
 * goes between pieces where the gap is a space's width; between Chinese and Latin text (which
 * writers set apart by a quarter em) only where the gap is wider than that.
 */
function linesOf(items: readonly PdfTextItem[], bottom: number, fontNamed: (name: string) => PdfFont | undefined): PdfLine[] {
  const lines: PdfLine[] = [];
  const pieces = new Map<PdfLine, { font: PdfFont | undefined; cjk: boolean }[]>();
  let current: PdfLine | undefined;
  for (const item of items) {
    const [a = 0, b = 0, , , e = 0, f = 0] = item.transform;
    const size = Math.hypot(a, b) || item.height;
    if (item.str === '') {
      if (item.hasEOL) current = undefined;
      continue;
    }
    const y = f - bottom;
    const text = closeLetterSpacing(item.str);
    if (current && Math.abs(current.y - y) <= Math.max(current.size, size) * 0.5) {
      const gap = e - current.right;
      const cjkSide = isCjk(current.text.at(-1)) || isCjk(text[0]);
      const bothCjk = isCjk(current.text.at(-1)) && isCjk(text[0]);
      const space = !bothCjk && gap > size * (cjkSide ? 0.45 : 0.25) ? ' ' : '';
      current.text += space + text;
      current.right = Math.max(current.right, e + item.width);
      current.x = Math.min(current.x, e);
    } else {
      current = { text, x: e, right: e + item.width, y, size };
      lines.push(current);
      pieces.set(current, []);
    }
    if (text.trim() !== '') pieces.get(current)?.push({ font: fontNamed(item.fontName), cjk: [...text].some((ch) => isCjk(ch)) });
    if (item.hasEOL) current = undefined;
  }
  return lines
    .map((line): PdfLine => {
      const clean: PdfLine = { text: closeAsianLatinGaps(line.text.replace(/\s+/g, ' ').trim()), x: line.x, right: line.right, y: line.y, size: line.size };
      const font = lineFont(pieces.get(line) ?? []);
      if (font) clean.font = font;
      return clean;
    })
    .filter((line) => line.text !== '');
}

/** Page numbers as printed: — 3 —, - 3 -, 3, 第3页, 第 3 页 共 12 页, 3 / 12, Page 3 of 12. */
const PAGE_NUMBER = /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$/iu;
/** The top and bottom share of a page where running headers and footers sit. */
const MARGIN_BAND = 0.1;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The value most lines share (rounded to a point), e.g. the body's left margin. */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** Lines in a page's top or bottom band that are page numbers or repeat on most pages. */
function runningLines(pages: readonly PdfPage[]): Set<PdfLine> {
  const dropped = new Set<PdfLine>();
  const inBand = (line: PdfLine, page: PdfPage): boolean => line.y > page.height * (1 - MARGIN_BAND) || line.y < page.height * MARGIN_BAND;
  const key = (text: string): string => text.replace(/\d+/g, '#');
  const seen = new Map<string, number>();
  for (const page of pages) {
    for (const text of new Set(page.lines.filter((l) => inBand(l, page)).map((l) => key(l.text)))) seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  const repeated = (text: string): boolean => pages.length >= 3 && (seen.get(key(text)) ?? 0) >= Math.max(2, pages.length * 0.5);
  for (const page of pages) {
    for (const line of page.lines) {
      if (inBand(line, page) && (PAGE_NUMBER.test(line.text) || repeated(line.text))) dropped.add(line);
    }
  }
  return dropped;
}

function joinLines(before: string, after: string): string {
  if (before.endsWith('-') && /^[a-z]/.test(after)) return before.slice(0, -1) + after;
  return isCjk(before.at(-1)) || isCjk(after[0]) ? before + after : `${before} ${after}`;
}

export interface PdfContent {
  blocks: SourceBlock[];
  document: SourceDocument;
}

/** Both lines are in one font each, and the fonts differ (a heading in 黑体 or bold after body text). */
function fontChanges(a: PdfLine, b: PdfLine): boolean {
  return a.font !== undefined && b.font !== undefined && !sameFont(a.font, b.font);
}

/** An open paragraph: its text so far, its last line, and its look. */
interface OpenParagraph {
  paragraph: PdfParagraph;
  line: PdfLine;
  full: boolean;
}

/** Lines of all pages (running lines left out) → paragraphs. */
export function paragraphsOf(pages: readonly PdfPage[]): { paragraphs: PdfParagraph[]; dropped: number } {
  const dropped = runningLines(pages);
  const body = pages.map((page) => page.lines.filter((line) => !dropped.has(line)));
  const all = body.flat();
  if (all.length === 0) return { paragraphs: [], dropped: dropped.size };
  const size = median(all.map((l) => l.size));
  const bodySize = (l: PdfLine): boolean => Math.abs(l.size - size) < size * 0.1;
  const spacing = median(body.flatMap((lines) => lines.slice(1).map((line, i) => (lines[i] as PdfLine).y - line.y).filter((d) => d > 0)));
  // Margins per page: printed copies mirror them on even pages.
  const margins = (lines: readonly PdfLine[], fallback?: { left: number; right: number }): { left: number; right: number } => {
    const text = lines.filter(bodySize);
    if (text.length < 3 && fallback) return fallback;
    const left = mode(text.map((l) => l.x));
    return { left, right: median(text.filter((l) => l.x <= left + size * 0.5).map((l) => l.right)) };
  };
  const overall = margins(all);
  const paragraphs: PdfParagraph[] = [];
  let open: OpenParagraph | undefined;
  body.forEach((lines, pageIndex) => {
    const { left, right } = margins(lines, overall);
    const isFull = (line: PdfLine): boolean => line.right >= right - size * 1.5;
    const isCentred = (line: PdfLine): boolean => line.x > left + size * 2.5 && Math.abs(line.x - left - (right - line.right)) < size;
    lines.forEach((line, index) => {
      const previous = index > 0 ? lines[index - 1] : undefined;
      const indented = line.x >= left + size * 1.2;
      const sameSize = open !== undefined && Math.abs(open.line.size - line.size) < size * 0.1;
      const gap = previous ? previous.y - line.y : spacing;
      const continues =
        open !== undefined && open.full && sameSize && !indented && !isCentred(line) && !fontChanges(open.line, line) && (previous === undefined ? pageIndex > 0 : gap <= Math.max(spacing, line.size * 1.5) * 1.4);
      if (continues && open) {
        const { paragraph } = open;
        paragraph.text = joinLines(paragraph.text, line.text);
        paragraph.lines++;
        if (!line.font || !paragraph.font || !sameFont(line.font, paragraph.font)) delete paragraph.font;
        open.line = line;
        open.full = isFull(line);
        return;
      }
      const paragraph: PdfParagraph = { text: line.text, size: line.size, centred: isCentred(line), lines: 1, page: pageIndex };
      if (line.font) paragraph.font = line.font;
      paragraphs.push(paragraph);
      open = { paragraph, line, full: isFull(line) && !isCentred(line) };
    });
  });
  return { paragraphs, dropped: dropped.size };
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const pages = await pdfPages(bytes);
  const { paragraphs, dropped } = paragraphsOf(pages);
  const levels = headingLevels(paragraphs);
  return {
    blocks: paragraphs.map(({ text }, i) => {
      const level = levels[i];
      return level === undefined ? { type: 'paragraph', text } : { type: 'paragraph', text, headingLevel: level };
    }),
    document: {
      paragraphs: paragraphs.length,
      numbered: 0,
      headingStyles: levels.filter((level) => level !== undefined).length,
      tables: 0,
      softBreaks: 0,
      revisions: 0,
      formatRevisions: 0,
      comments: 0,
      footnotes: 0,
      endnotes: 0,
      pages: pages.length,
      droppedLines: dropped,
      lost: ['tables'],
    },
  };
}
