/**
 * Headings in a PDF by how they are printed, for those without a written label (一、 （一） are
 * found from the text anyway). Official documents set the body in one font and size (仿宋 16 pt)
 * and each heading level in another (黑体, 楷体, bold, larger); the title block sits centred, larger,
 * at the top of the first page. So: the body's look is the one most characters have; the leading
 * centred or larger paragraphs of page one are the title (left to the title-block rules); after it,
 * a short paragraph that is larger, bold where the body is not, in another font family, or centred,
 * is a heading. Levels go by size (larger first), then by the order the looks first appear.
 */
import { endsSentence } from '../../core/outline.ts';
import { displayWidth } from '../../core/text.ts';
import type { PdfParagraph } from './pdf-text.ts';

export interface PdfFont {
  /** The font's family: its PostScript name without the subset tag (ABCDEF+) and weight (-Bold). */
  family: string;
  bold: boolean;
}

const BOLD = /bold|black|heavy|semibold|demi|extrabold|ultrabold|(?:^|[-,_ ])(?:w[6-9]|[6-9]00)$/i;
const STYLE_SUFFIX = /[-,_ ]?(?:regular|roman|book|medium|normal|bold|black|heavy|semibold|demibold|demi|extrabold|ultrabold|italic|oblique|boldItalic|boldOblique|w[1-9]|[1-9]00)+$/i;

/** A PDF font's look from its PostScript name ("AAAAAA+NotoSerifSC-Bold", "SimHei", "FangSong_GB2312"). */
export function fontOf(postScriptName: string | undefined): PdfFont | undefined {
  if (!postScriptName) return undefined;
  const name = postScriptName.replace(/^[A-Z]{6}\+/, '');
  const family = name.replace(STYLE_SUFFIX, '') || name;
  return { family: family.toLowerCase(), bold: BOLD.test(name) };
}

export function sameFont(a: PdfFont, b: PdfFont): boolean {
  return a.family === b.family && a.bold === b.bold;
}

/** Larger than the body by this factor counts as larger (16 pt body, 18 pt heading). */
const LARGER = 1.1;
/** A heading is at most two lines and this wide (display width: a Han character 1, a Latin letter about half). */
const MAX_HEADING_LINES = 2;
const MAX_HEADING_WIDTH = 40;
/** This many paragraphs in a row with one heading look are a list or a table's rows, not headings. */
const MAX_HEADING_RUN = 3;

const roundSize = (size: number): number => Math.round(size * 2) / 2;

function lookKey(p: PdfParagraph): string {
  return `${roundSize(p.size)}|${p.font?.family ?? '?'}|${p.font?.bold ?? '?'}`;
}

/** The body's look: the size and font most characters are printed in. */
function bodyLook(paragraphs: readonly PdfParagraph[]): { size: number; font?: PdfFont } {
  const weight = new Map<string, { chars: number; paragraph: PdfParagraph }>();
  for (const p of paragraphs) {
    const key = lookKey(p);
    const entry = weight.get(key) ?? { chars: 0, paragraph: p };
    entry.chars += [...p.text].length;
    weight.set(key, entry);
  }
  const best = [...weight.values()].sort((a, b) => b.chars - a.chars)[0]?.paragraph;
  if (!best) return { size: 0 };
  return best.font ? { size: best.size, font: best.font } : { size: best.size };
}

/** Heading level (1 = top) per paragraph, or undefined for body text and the title block. */
export function headingLevels(paragraphs: readonly PdfParagraph[]): (number | undefined)[] {
  const levels: (number | undefined)[] = paragraphs.map(() => undefined);
  const body = bodyLook(paragraphs);
  if (body.size === 0) return levels;
  const larger = (p: PdfParagraph): boolean => p.size >= body.size * LARGER;
  // The title block: leading paragraphs of page one printed centred or larger than the body.
  const inTitle = (p: PdfParagraph | undefined): boolean => p !== undefined && p.page === 0 && (p.centred || larger(p));
  let start = 0;
  while (inTitle(paragraphs[start])) start++;
  const looksLikeHeading = (p: PdfParagraph): boolean => {
    if (p.lines > MAX_HEADING_LINES || displayWidth(p.text) > MAX_HEADING_WIDTH || endsSentence(p.text) || /[:：,，、]$/.test(p.text)) return false;
    if (p.size < body.size / LARGER) return false;
    if (larger(p) || p.centred) return true;
    if (!p.font || !body.font) return false;
    return p.font.family !== body.font.family || (p.font.bold && !body.font.bold);
  };
  const candidates: number[] = [];
  paragraphs.forEach((p, i) => {
    if (i >= start && looksLikeHeading(p)) candidates.push(i);
  });
  return assignLevels(paragraphs, candidates, levels);
}

/** Runs of one look (a table's rows, a list) are dropped; the rest get levels by size, then first appearance. */
function assignLevels(paragraphs: readonly PdfParagraph[], candidates: readonly number[], levels: (number | undefined)[]): (number | undefined)[] {
  const key = (i: number): string => `${lookKey(paragraphs[i] as PdfParagraph)}|${(paragraphs[i] as PdfParagraph).centred}`;
  const kept: number[] = [];
  for (let k = 0; k < candidates.length; ) {
    let end = k + 1;
    while (end < candidates.length && candidates[end] === (candidates[end - 1] as number) + 1 && key(candidates[end] as number) === key(candidates[k] as number)) end++;
    if (end - k < MAX_HEADING_RUN) kept.push(...candidates.slice(k, end));
    k = end;
  }
  const looks = new Map<string, { size: number; first: number }>();
  for (const i of kept) if (!looks.has(key(i))) looks.set(key(i), { size: roundSize((paragraphs[i] as PdfParagraph).size), first: i });
  const order = [...looks.entries()].sort(([, a], [, b]) => b.size - a.size || a.first - b.first).map(([look]) => look);
  for (const i of kept) levels[i] = order.indexOf(key(i)) + 1;
  return levels;
}
