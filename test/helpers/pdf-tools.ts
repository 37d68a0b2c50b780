/** poppler-utils, as a reader of a PDF would use them: page count, fonts, text, outline, metadata. */
import { execFileSync } from 'node:child_process';

const run = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

export function pdfPageCount(file: string): number {
  return Number(pdfInfo(file).Pages);
}

export function pdfFonts(file: string): PdfFontRow[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter((line) => line.trim());
  return lines.map((line) => {
    // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, id.
    const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
    if (!match) throw new Error(`unexpected pdffonts line: ${line}`);
    return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes', subset: match[5] === 'yes', unicode: match[6] === 'yes' };
  });
}

/** Text in content order (-raw), as a PDF reader's search sees it; one page when `page` is given. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return run('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-']);
}

/** The visual lines of one page (words at the same baseline joined), top to bottom, with their top edge in pt. */
export function pdfLines(file: string, page: number): Array<{ top: number; text: string }> {
  const html = run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']);
  const rows = new Map<number, Array<{ x: number; text: string }>>();
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    const top = Math.round(Number(m[2]));
    const row = rows.get(top) ?? [];
    row.push({ x: Number(m[1]), text: decodeXml(m[3]!) });
    rows.set(top, row);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([top, words]) => ({ top, text: words.sort((a, b) => a.x - b.x).map((w) => w.text).join('') }));
}

/** The words of one page as pdftotext places them (pt from the top-left corner). */
export function pdfWords(file: string, page: number): Array<{ left: number; right: number; top: number; text: string }> {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    left: Number(m[1]),
    top: Number(m[2]),
    right: Number(m[3]),
    text: decodeXml(m[4]!),
  }));
}

/**
 * The type size of a document's running Chinese text, in pt, to the nearest point: a Chinese
 * character is one em wide, so a run of full-width characters is as wide as its length in ems.
 * The size that sets the most characters in runs of ten or more (the body text; justification
 * widens a line a little, trimmed punctuation narrows one). Over all pages unless one is given.
 */
export function cjkTextSize(file: string, page?: number): number | undefined {
  const pages = page === undefined ? Array.from({ length: pdfPageCount(file) }, (_, index) => index + 1) : [page];
  const characters = new Map<number, number>();
  for (const each of pages) {
    for (const word of pdfWords(file, each)) {
      const length = [...word.text].length;
      if (length < 10 || !/^[\p{Script=Han}\u3000-\u303f\uff01-\uff5e“”‘’]+$/u.test(word.text)) continue;
      const size = Math.round((word.right - word.left) / length);
      characters.set(size, (characters.get(size) ?? 0) + length);
    }
  }
  return [...characters.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The outline (bookmarks) titles with their pages, as pdftohtml lists them. */
export function pdfOutline(file: string): Array<{ title: string; page: number }> {
  const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', file]);
  const outline = /<outline>([\s\S]*)<\/outline>/.exec(xml)?.[1] ?? '';
  return [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({ page: Number(m[1]), title: decodeXml(m[2]!) }));
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export function pdfToPng(file: string, page: number, outPrefix: string, dpi = 50): void {
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, outPrefix]);
}

/** Whitespace carries no meaning in Chinese text broken into PDF lines. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');
