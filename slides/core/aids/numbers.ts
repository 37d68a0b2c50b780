/**
 * Figures that are easy to misread, found in a text with the reading a speaker says:
 * 3.45万亿元 → 三点四五万亿元, 4.5% → 百分之四点五, 0.3个百分点 → 零点三个百分点,
 * 2035年 → 二〇三五年, 5%—6% → 百分之五至百分之六, 1∶1000 → 一比一千, 1200万 → 一千二百万.
 * A small whole number (12家, 3年) gets none: nobody stumbles on it. Masked figures
 * (X亿元, 1X%, X.5%) get none either: the tool never reads what the report hides.
 * English scripts get English readings for the same kinds of figure.
 */
import type { Lang } from '../model.ts';
import { readDecimalEn, readIntegerEn, readYearEn } from './read-en.ts';
import { readDecimal, readYear } from './read-zh.ts';

export interface FoundFigure {
  /** UTF-16 offsets in the text searched. */
  start: number;
  end: number;
  text: string;
  reading: string;
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const PERCENT_ZH = '[%％‰]';
const MAGNITUDE_ZH = '(?:多|余)?(?:万亿|亿|万|千|百)';
const UNIT_ZH = `${PERCENT_ZH}|${MAGNITUDE_ZH}`;
/** Measure words read with the figure (the reading then shows the whole phrase, as said). */
const MEASURE_ZH = '个百分点|百分点|美元|元|年|倍|平方公里|公里|平方米|千瓦时|千瓦|亩|吨|人次|户|岁';
const RANGE_ZH = '[-—–~～〜－]';
const RATIO = '[:：∶]';

const FIGURE_ZH = new RegExp(
  `(?<a>${NUM})(?<aunit>${UNIT_ZH})?(?:(?<dash>${RANGE_ZH})(?<b>${NUM})(?<bunit>${UNIT_ZH})?)?(?<measure>${MEASURE_ZH})?`,
  'gu',
);
const FIGURE_RATIO = new RegExp(`(?:${NUM})(?:${RATIO}(?:${NUM}))+`, 'gu');

/** A masking letter or a code's letters beside the figure: X亿元, 1X%, X.5%, G20, 5G, PM2.5. */
const MASK_OR_CODE = /[A-Za-zＡ-Ｚａ-ｚ×＊*#]/u;

/** Full-width digits and points as ASCII, one code unit for one, so offsets stay valid. */
export function foldDigits(text: string): string {
  return text.replace(/[０-９．]/gu, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

function isMasked(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  // "X.5%": the figure found starts after a point that follows the mask.
  const beforePoint = before === '.' ? (text[start - 2] ?? '') : '';
  return MASK_OR_CODE.test(before) || MASK_OR_CODE.test(after) || MASK_OR_CODE.test(beforePoint) || /\d/.test(before) || before === '.';
}

const digitsOf = (num: string): string => num.replace(/,/g, '');
const isPercent = (unit: string | undefined): boolean => unit !== undefined && /^[%％‰]$/u.test(unit);

function readAmountZh(num: string, unit: string | undefined, year: boolean): string {
  const digits = digitsOf(num);
  if (unit === '‰') return `千分之${readDecimal(digits)}`;
  if (isPercent(unit)) return digits === '100' ? '百分之百' : `百分之${readDecimal(digits)}`;
  if (unit) return readDecimal(digits, true) + unit;
  return year ? readYear(digits) : readDecimal(digits);
}

function significantZh(groups: Record<string, string | undefined>): boolean {
  const { a = '', aunit, b, measure } = groups;
  if (b !== undefined) return true;
  if (isPercent(aunit) || measure?.endsWith('百分点')) return true;
  if (a.includes('.')) return true;
  const digits = digitsOf(a).length;
  if (measure === '年' && !aunit && digits === 4) return true;
  return digits >= 4 || (aunit !== undefined && digits >= 3);
}

function readFigureZh(groups: Record<string, string | undefined>): string {
  const { a = '', aunit, b, bunit, measure = '' } = groups;
  const year = measure === '年' && !aunit && !bunit && /^\d{4}$/.test(a) && (b === undefined || /^\d{4}$/.test(b));
  if (b === undefined) return readAmountZh(a, aunit, year) + measure;
  // 5—6% is 百分之五至六; 10～15亿元 is 十至十五亿元; 2—3万 is 两至三万.
  if (!aunit && isPercent(bunit)) {
    const lead = bunit === '‰' ? '千分之' : '百分之';
    return `${lead}${readDecimal(digitsOf(a))}至${readDecimal(digitsOf(b))}${measure}`;
  }
  const first = !aunit && bunit ? readDecimal(digitsOf(a), true) : readAmountZh(a, aunit, year);
  return `${first}至${readAmountZh(b, bunit, year)}${measure}`;
}

function readRatio(text: string, lang: Lang): string | undefined {
  const parts = text.split(/[:：∶]/u).map(digitsOf);
  const clock = /^[:：]$/u.test(text.replace(/[\d.,]/g, '').slice(0, 1)) && parts.length === 2 && Number(parts[0]) <= 24 && /^[0-5]\d$/.test(parts[1] ?? '');
  if (lang === 'en') return clock ? undefined : parts.map(readDecimalEn).join(' to ');
  if (clock) {
    const minutes = Number(parts[1]);
    return `${readDecimal(parts[0] as string)}点${minutes ? `${readDecimal(String(minutes))}分` : ''}`;
  }
  return parts.map((part) => readDecimal(part)).join('比');
}

const FIGURE_EN = new RegExp(
  String.raw`(?<cur>[$¥€£])?(?<a>${NUM})(?:(?<pct>\s?%|\s?percent\b)|\s(?<scale>thousand|million|billion|trillion)\b)?` +
    String.raw`(?:\s?(?<dash>[-–—])\s?(?<cur2>[$¥€£])?(?<b>${NUM})(?<pct2>\s?%|\s?percent\b)?)?(?<points>\s(?:percentage points?)\b)?`,
  'gu',
);
const CURRENCY: Record<string, string> = { $: 'dollars', '¥': 'yuan', '€': 'euros', '£': 'pounds' };

function readNumberEn(num: string): string {
  const digits = digitsOf(num);
  const isYear = /^\d{4}$/.test(num) && Number(num) >= 1100 && Number(num) <= 2099;
  return isYear ? readYearEn(digits) : digits.includes('.') ? readDecimalEn(digits) : readIntegerEn(digits);
}

function figureEn(groups: Record<string, string | undefined>): string | undefined {
  const { cur, a = '', pct, scale, b, pct2, points } = groups;
  const percent = pct !== undefined || pct2 !== undefined;
  const significant = b !== undefined || percent || points !== undefined || a.includes('.') || digitsOf(a).length >= 4 || scale !== undefined;
  if (!significant) return undefined;
  const words = [readNumberEn(a)];
  if (scale) words.push(scale);
  if (b !== undefined) words.push('to', readNumberEn(b));
  if (percent) words.push('percent');
  if (points) words.push(points.trim());
  if (cur) words.push(CURRENCY[cur] as string);
  return words.join(' ');
}

/** Every figure in `text` worth an aid, in order. */
export function findFigures(text: string, lang: Lang): FoundFigure[] {
  const folded = foldDigits(text);
  const found: FoundFigure[] = [];
  const taken: [number, number][] = [];
  const add = (start: number, end: number, reading: string | undefined): void => {
    if (reading === undefined || isMasked(folded, start, end)) return;
    if (taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    found.push({ start, end, text: text.slice(start, end), reading });
  };
  for (const match of folded.matchAll(FIGURE_RATIO)) add(match.index, match.index + match[0].length, readRatio(match[0], lang));
  const pattern = lang === 'en' ? FIGURE_EN : FIGURE_ZH;
  for (const match of folded.matchAll(pattern)) {
    const groups = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].length;
    if (lang === 'en') add(start, end, figureEn(groups));
    else if (significantZh(groups)) add(start, end, readFigureZh(groups));
  }
  return found.sort((x, y) => x.start - y.start);
}
