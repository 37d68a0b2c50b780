/**
 * The layouts beyond title and bullets, as the planner chooses them and every view reads them:
 *   figures — key figures (数字卡片): each point a clause with one figure at its end, shown as the
 *             figure large over its label (规上工业总产值 | X亿元); masked figures stay as written;
 *   quote   — a slogan or quotation set large: the first point when it is a whole quotation
 *             (“…”, 《…》), else the title (a short line the paragraph leads with);
 *   agenda  — the sub-headings of a section as a numbered agenda.
 * The points stay verbatim text of the report (or typed by hand), so a slide reads the same in
 * any layout and the deck's Markdown needs nothing but data-layout.
 */
import { contentClauses, dropLeadingSubject, withoutMarker } from './phrases.ts';
import { findQuotedSpans } from './fixed-phrases.ts';
import type { SlideKind, SlideLayout } from './model.ts';
import { stripEndPunctuation } from './sentences.ts';
import { displayWidth } from './text.ts';

/** A key figure as a card shows it. */
export interface KeyFigure {
  /** What is counted, from the same clause: 规上工业总产值, 同比增长. */
  label: string;
  /** The figure with its unit as written: X亿元, 超X亿元, X%左右. */
  value: string;
}

export const MIN_FIGURES = 2;
export const MAX_FIGURES = 6;
/** A label longer than this is a sentence, not a caption. */
const MAX_LABEL_WIDTH = 16;

/** Units after a number (after 万 or 亿 too: X万平方米, X亿千瓦时). */
const UNITS = [
  '个百分点', '平方公里', '平方米', '千瓦时', '千瓦', '人次', '公里', '千米', '分钟', '%', '％', '元', '家', '个', '项', '次', '名', '户', '亩', '件', '起', '米', '吨',
  '所', '座', '支', '处', '条', '倍', '番', '人', '批', '期', '场', '辆', '套', '台', '张', '间', '层',
];
/** Words before a figure that belong to it: 超X亿元, 达到X%, 近X万平方米, 翻三番. */
const QUALIFIER = '(?:超过|超|逾|近|约|达到|达|突破|累计|翻)';
/**
 * A figure at the end of a clause: an optional qualifier, the number (digits, a masked X, or 三
 * before 番/倍), an optional 余/多, 万/亿 and a unit (at least one of them), and 左右/以上. Bounded, so linear.
 */
const VALUE_AT_END = new RegExp(
  `${QUALIFIER}?(?:[\\dX０-９][\\d.,X０-９]{0,12}|[一二三四五六七八九十两]{1,3}(?=[番倍]))(?:余|多)?(?:(?:万|亿)(?:余|多)?(?:${UNITS.join('|')})?|(?:${UNITS.join('|')}))(?:左右|以上|以内)?$`,
  'u',
);
const LEADING_QUALIFIER = new RegExp(`^${QUALIFIER}`, 'u');

/** A figure's qualifier (超, 达到, 近) apart from the number and unit, which a card sets larger. */
export function figureParts(value: string): { qualifier: string; amount: string } {
  const qualifier = LEADING_QUALIFIER.exec(value)?.[0] ?? '';
  return { qualifier, amount: value.slice(qualifier.length) };
}
/** A figure anywhere: a label holding one is a list of figures, not a caption. */
const ANY_FIGURE = /[\dX０-９][\d.,]*\s*(?:%|％|亿|万|元|家|个|项)/u;
/** Words before the label that a card leaves out: 全镇实现地区生产总值 → 地区生产总值. */
const LEADING_VERB = /^(?:全镇|全县|全市|全区|全省|全乡)?(?:共|累计|预计)?(?:实现|完成|达到)/u;

/** Splits a point into label and figure; undefined when it is not one figure at the end of a caption. */
export function splitFigure(point: string): KeyFigure | undefined {
  const text = stripEndPunctuation(point.replace(/…$/u, '')).trim();
  const match = VALUE_AT_END.exec(text);
  if (!match) return undefined;
  const label = text.slice(0, match.index).replace(/[的为是：:，,\s]+$/u, '').trim();
  if (displayWidth(label) < 2 || displayWidth(label) > MAX_LABEL_WIDTH || ANY_FIGURE.test(label) || /[、，；。]/u.test(label)) return undefined;
  return { label, value: match[0] };
}

/** The key figures a slide of these sentences can show as cards, in reading order (at most MAX_FIGURES). */
export function figurePoints(sentences: readonly string[], phrases?: readonly string[]): string[] {
  const points: string[] = [];
  for (const sentence of sentences) {
    for (const clause of contentClauses(withoutMarker(sentence), phrases)) {
      const text = dropLeadingSubject(stripEndPunctuation(clause).trim()).replace(LEADING_VERB, '');
      if (splitFigure(text) && !points.includes(text)) points.push(text);
      if (points.length === MAX_FIGURES) return points;
    }
  }
  return points;
}

/** Figures in one run of clauses make a key-figures slide: a sentence that lists at least this many. */
const FIGURES_IN_ONE_SENTENCE = 3;

/** True when the sentences list key figures: one sentence holds FIGURES_IN_ONE_SENTENCE or more. */
export function callsForFigures(sentences: readonly string[], phrases?: readonly string[]): boolean {
  return sentences.some((sentence) => figurePoints([sentence], phrases).length >= FIGURES_IN_ONE_SENTENCE);
}

/** A point that is a quotation or title as a whole: “共同富裕是社会主义的本质要求…”, 《…》. */
export function isWholeQuotation(point: string): boolean {
  const text = point.trim();
  return text.length >= 4 && findQuotedSpans(text).some((span) => span.start === 0 && span.end === text.length);
}

/** What the quote layout sets large: the first point when it is a whole quotation, else the title. */
export function quoteOf(slide: { title: string; points: readonly string[] }): { quote: string; fromPoint: boolean } {
  const first = slide.points[0];
  return first !== undefined && isWholeQuotation(first) ? { quote: first, fromPoint: true } : { quote: slide.title, fromPoint: false };
}

/** A short line a paragraph leads with, set large: 胸怀千秋伟业，恰是百年风华。 */
const MAX_LEADING_LINE_WIDTH = 16;
/** A quotation worth a slide of its own is at least this long (shorter ones are slogans in a point). */
const MIN_QUOTATION_WIDTH = 10;
/** Points a quote slide shows small under the quotation. */
export const MAX_QUOTE_POINTS = 3;

export interface LayoutInput {
  kind: SlideKind;
  title: string;
  points: readonly string[];
  /** The slide's sentences (its notes), and whether it is the first (or only) part of its paragraph. */
  sentences: readonly string[];
  firstPart: boolean;
  phrases?: readonly string[];
}

/**
 * The layout the text calls for, and the points it shows; undefined layout is title and bullets.
 * Section slides with two or more sub-headings get the agenda; a sentence listing figures gets
 * key figures; a quotation standing first among the points, or a short line the paragraph leads
 * with, gets the quote layout.
 */
export function chooseLayout(input: LayoutInput): { layout?: SlideLayout; points: string[] } {
  const points = [...input.points];
  if (input.kind === 'section' || (input.kind === 'content' && input.sentences.length === 0)) {
    return points.length >= 2 ? { layout: 'agenda', points } : { points };
  }
  if (input.kind !== 'content' && input.kind !== 'closing') return { points };
  if (input.kind === 'content' && callsForFigures(input.sentences, input.phrases)) {
    const figures = figurePoints(input.sentences, input.phrases);
    if (figures.length >= MIN_FIGURES) return { layout: 'figures', points: figures };
  }
  const first = points[0];
  if (first !== undefined && isWholeQuotation(first) && displayWidth(first) >= MIN_QUOTATION_WIDTH && points.length <= MAX_QUOTE_POINTS) return { layout: 'quote', points };
  // The lead sentence without its address or framing clauses (各位代表、同志们，胸怀千秋伟业，恰是百年风华。).
  const lead = stripEndPunctuation(contentClauses(input.sentences[0]?.trim() ?? '', input.phrases).join('')).trim();
  if (input.firstPart && input.sentences.length >= 2 && lead === input.title && displayWidth(lead) <= MAX_LEADING_LINE_WIDTH && points.length <= 2) return { layout: 'quote', points };
  return { points };
}
