/**
 * Key points of a slide, verbatim from its own sentences, in order of preference:
 *  1. enumeration items (一是持续奏响“双招双引”主旋律 → 持续奏响“双招双引”主旋律),
 *  2. runs of clauses with figures (新增国家高新技术企业X家，省级科技型中小企业X家),
 *  3. clauses carrying a quoted slogan,
 *  4. the lead clauses of a sentence (坚持一张蓝图绘到底，一任接着一任干).
 * One point per sentence; shown in reading order. Cut points end with …
 */
import type { EnumerationMarker } from './enumerations.ts';
import type { Lang } from './model.ts';
import { DEFAULT_FIXED_PHRASES } from './fixed-phrases.ts';
import { isSalutation } from './outline.ts';
import { contentClauses, dropLeadingSubject, joinClauses, shorten, withoutMarker } from './phrases.ts';
import { stripEndPunctuation } from './sentences.ts';
import { compactText, displayWidth } from './text.ts';

const MAX_POINT_WIDTH = 30;
const MAX_POINTS = 4;
/** Enumerations read best complete: up to this many items are all shown. */
const MAX_ENUMERATION_POINTS = 5;
const ENUMERATION_SCORE = 100;
const MIN_FIGURE_POINT_WIDTH = 6;

/**
 * A masked or written figure with a unit: X亿元, 12%, X余件, 五年翻三番. Bounded alternatives, so
 * the scan is linear. 第X次 (an ordinal) and X人民 (a masked place name) are not figures.
 */
const FIGURE = /(?<!第)(?:[\dX０-９][\d.,]{0,12}|[一二三四五六七八九十两百千]{1,3}(?=[番倍]))(?:余|多)?(?:%|％|亿|万|千|百|家|个|项|次|名|户|亩|件|起|元|平方米|千瓦|公里|米|吨|所|座|支|处|条|倍|番|人(?!民)|分钟|批|期|场)/u;
/** A number that is not just a year: 71%, $3.5 million, 14 libraries (2019 alone frames, it does not count). */
const ENGLISH_FIGURE = /%|\$\d|\b(?!(?:1[89]|20)\d\d\b)\d[\d,.]*/;

interface Candidate {
  text: string;
  score: number;
  order: number;
}

function hasFigure(text: string, lang: Lang): boolean {
  return lang === 'en' ? ENGLISH_FIGURE.test(text) : FIGURE.test(text);
}

/** The clause run with figures in it, starting at the first such clause. */
function figurePoint(clauses: readonly string[], lang: Lang, phrases: readonly string[]): string | undefined {
  const first = clauses.findIndex((c) => hasFigure(c, lang));
  if (first < 0) return undefined;
  const run: string[] = [];
  for (let i = first; i < clauses.length && hasFigure(clauses[i] as string, lang); i++) run.push(clauses[i] as string);
  const { text } = joinClauses(run.map((c, i) => (i === 0 ? dropLeadingSubject(c) : c)), MAX_POINT_WIDTH);
  // "71% do" says nothing on its own: the sentence's lead is the better point then.
  return displayWidth(text) >= MIN_FIGURE_POINT_WIDTH ? shorten(text, MAX_POINT_WIDTH, phrases) : undefined;
}

function sloganPoint(clauses: readonly string[]): string | undefined {
  for (const clause of clauses) {
    const open = clause.indexOf('“');
    if (open < 0 || clause.indexOf('”', open) < 0) continue;
    const text = dropLeadingSubject(stripEndPunctuation(clause).trim());
    if (displayWidth(text) <= MAX_POINT_WIDTH) return text;
  }
  return undefined;
}

/** The sentence's lead: its first clauses, or when the first is too long, the first later run that fits. */
function leadPoint(clauses: readonly string[], lang: Lang, phrases: readonly string[]): string {
  const limit = lang === 'en' ? MAX_POINT_WIDTH : 20;
  const items = [dropLeadingSubject(clauses[0] ?? ''), ...clauses.slice(1)];
  const lead = joinClauses(items, limit);
  // A fragment such as 我代表X镇党委 needs the clause that completes it.
  const text = displayWidth(lead.text) < 8 && lead.count < items.length ? joinClauses(items, MAX_POINT_WIDTH).text : lead.text;
  if (displayWidth(text) > MAX_POINT_WIDTH) {
    for (let k = 1; k < items.length; k++) {
      const run = joinClauses([dropLeadingSubject(items[k] as string), ...items.slice(k + 1)], limit).text;
      if (displayWidth(run) >= 6 && displayWidth(run) <= MAX_POINT_WIDTH) return run;
    }
  }
  return shorten(text, MAX_POINT_WIDTH, phrases);
}

function candidateOf(sentence: string, marker: EnumerationMarker | undefined, order: number, lang: Lang, phrases: readonly string[]): Candidate | undefined {
  const body = marker ? withoutMarker(sentence) : sentence.trim();
  const clauses = contentClauses(body, phrases);
  if (clauses.length === 0) return undefined;
  if (marker) return { text: leadPoint(clauses, lang, phrases), score: ENUMERATION_SCORE, order };
  const figures = figurePoint(clauses, lang, phrases);
  if (figures !== undefined) return { text: figures, score: 50, order };
  const slogan = lang === 'zh' ? sloganPoint(clauses) : undefined;
  if (slogan !== undefined) return { text: slogan, score: 30, order };
  const lead = leadPoint(clauses, lang, phrases);
  return { text: lead, score: lead.endsWith('…') ? 5 : order === 0 ? 15 : 10, order };
}

/** 坚定信心、勇担使命、砥砺奋进: parallel four-character phrases, the report's own slogans. */
const PARALLEL_PHRASES = /^(?:[\u4e00-\u9fff]{4}、){1,5}[\u4e00-\u9fff]{4}$/u;
/** Clauses looked at per sentence when a slide needs more points (bounds the work on huge sentences). */
const MAX_CLAUSES_SEARCHED = 40;

/** A clause that can stand as a point on its own: a figure, a slogan in quotes, parallel phrases. */
function clauseCandidate(clause: string, order: number): Candidate | undefined {
  const text = dropLeadingSubject(stripEndPunctuation(clause).trim());
  if (displayWidth(text) > MAX_POINT_WIDTH) return undefined;
  if (hasFigure(text, 'zh') && displayWidth(text) >= MIN_FIGURE_POINT_WIDTH) return { text, score: 50, order };
  if (PARALLEL_PHRASES.test(text)) return { text, score: 25, order };
  if (sloganPoint([clause]) !== undefined) return { text, score: 20, order };
  return undefined;
}

/** True when one phrase repeats the other (compared without whitespace and ellipsis). */
function overlaps(a: string, b: string): boolean {
  const x = compactText(a.replace(/…$/u, ''));
  const y = compactText(b.replace(/…$/u, ''));
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

/**
 * A sentence that states the meeting's theme or guiding principle (大会的主题是：…, 今年工作的总体要求是：…,
 * 坚持以…为指导，… at its start or after a lead such as 镇政府在…领导下，): a slide that takes points from
 * it shows all of it, never a selection.
 */
const THEME_SENTENCE = /^[^，。；：]{0,16}?(?:主题|指导思想|总体要求|总要求|基本要求|总体思路|主要任务)(?:是|为)?[：:]|(?:^|[，；：])坚持以[^，。；]{2,40}为指导/u;
/** Most points a theme sentence is grouped into (its clauses, joined where there are more). */
const MAX_THEME_POINTS = 5;

/**
 * The whole theme sentence as points: each a run of its clauses, verbatim, in order, with nothing
 * left out but the lead that is the title (大会的主题是：) and a clause the title already shows.
 * A purpose clause 为… runs on to the clause with its 而 (为…，…而努力奋斗); beyond MAX_THEME_POINTS
 * the shortest neighbouring pair is joined.
 */
function themePoints(sentence: string, shown: readonly string[], phrases: readonly string[]): string[] | undefined {
  const body = withoutMarker(sentence);
  if (!THEME_SENTENCE.test(body)) return undefined;
  const clauses = contentClauses(body, phrases).filter((clause, index) => {
    const text = stripEndPunctuation(clause).trim();
    if (index === 0 && /[：:]\s*$/u.test(clause)) return false;
    return text !== '' && !shown.some((s) => compactText(s) === compactText(text));
  });
  const groups: string[] = [];
  for (let i = 0; i < clauses.length; i++) {
    let group = clauses[i] as string;
    if (/^为(?!指导)/u.test(group) && !group.includes('而')) {
      const end = clauses.findIndex((c, k) => k > i && c.includes('而'));
      if (end > i) {
        group = clauses.slice(i, end + 1).join('');
        i = end;
      }
    }
    groups.push(group);
  }
  while (groups.length > MAX_THEME_POINTS) {
    let best = 0;
    for (let k = 1; k < groups.length - 1; k++) {
      if (displayWidth((groups[k] as string) + (groups[k + 1] as string)) < displayWidth((groups[best] as string) + (groups[best + 1] as string))) best = k;
    }
    groups.splice(best, 2, (groups[best] as string) + (groups[best + 1] as string));
  }
  const points = groups.map((g) => stripEndPunctuation(g).trim()).filter((g) => g !== '');
  return points.length > 0 ? points : undefined;
}

/**
 * Points for a slide made of `sentences` (with their enumeration markers); `shown` are the title
 * and subtitle, which points must not repeat.
 */
export function pickPoints(
  sentences: readonly string[],
  markers: readonly (EnumerationMarker | undefined)[],
  shown: readonly string[],
  lang: Lang,
  phrases: readonly string[] = DEFAULT_FIXED_PHRASES,
): string[] {
  for (const sentence of sentences) {
    const theme = lang === 'zh' ? themePoints(sentence, shown, phrases) : undefined;
    if (theme) return theme;
  }
  const candidates: Candidate[] = [];
  const admit = (candidate: Candidate | undefined): void => {
    if (!candidate || displayWidth(candidate.text) < 2) return;
    if (shown.some((s) => overlaps(s, candidate.text))) return;
    if (candidates.some((c) => overlaps(c.text, candidate.text))) return;
    candidates.push(candidate);
  };
  sentences.forEach((sentence, order) => {
    if (!isSalutation(sentence.trim())) admit(candidateOf(sentence, markers[order], order, lang, phrases));
  });
  // A slide of one or two long sentences: its other clauses may still hold a slogan or figure.
  if (candidates.length < 2 && lang === 'zh') {
    sentences.forEach((sentence, order) => {
      if (isSalutation(sentence.trim())) return;
      // Ordered after the sentence's own candidate and by position within it.
      contentClauses(withoutMarker(sentence), phrases).slice(0, MAX_CLAUSES_SEARCHED).forEach((clause, k) => admit(clauseCandidate(clause, order + (k + 1) / (MAX_CLAUSES_SEARCHED + 2))));
    });
  }
  // Two or more enumeration items are the slide's spine: show them alone.
  const enumerations = candidates.filter((c) => c.score === ENUMERATION_SCORE);
  if (enumerations.length >= 2) return enumerations.slice(0, MAX_ENUMERATION_POINTS).map((c) => c.text);
  return candidates
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_POINTS)
    .sort((a, b) => a.order - b.order)
    .map((c) => c.text);
}
