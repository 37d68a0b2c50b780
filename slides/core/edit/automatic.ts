/**
 * What the automatic plan would put on a slide, worked out from the deck as it now stands (the
 * slide's notes, the parts of its paragraph, the headings after a section slide). Used by the
 * editor's "restore the automatic version" and to pick points for the parts of a split or merge.
 */
import { findEnumerations } from '../enumerations.ts';
import { headingLabelAt, readHeading } from '../headings.ts';
import { DEFAULT_FIXED_PHRASES } from '../fixed-phrases.ts';
import { chooseLayout } from '../layouts.ts';
import type { Lang, Slide, SlideLayout } from '../model.ts';
import { isSalutation } from '../outline.ts';
import { shorten } from '../phrases.ts';
import { pickPoints } from '../points.ts';
import { splitSentences } from '../sentences.ts';
import { headingTitle, headlineOf, leadIn, MAX_TITLE_WIDTH } from '../titles.ts';

/** A sentence of a slide's notes: offsets into the notes (UTF-16), spaces around it left out. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** The sentences of `notes` with their offsets: what the editor offers to click, split at and pick from. */
export function sentenceSpans(notes: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let offset = 0;
  for (const piece of splitSentences(notes)) {
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text !== '') spans.push({ start: offset + lead, end: offset + lead + text.length, text });
    offset += piece.length;
  }
  return spans;
}

/** [start, end) of the run of consecutive parts (1/n … n/n) that slide `index` belongs to. */
export function partGroup(slides: readonly Slide[], index: number): [number, number] {
  let start = index;
  let end = index + 1;
  if (!slides[index]?.part) return [start, end];
  const follows = (a: Slide | undefined, b: Slide | undefined): boolean => a?.part !== undefined && b?.part !== undefined && b.part.index === a.part.index + 1;
  while (start > 0 && follows(slides[start - 1], slides[start])) start--;
  while (end < slides.length && follows(slides[end - 1], slides[end])) end++;
  return [start, end];
}

/** Numbers the parts [start, end) 1/n … n/n; a run of one is no longer a part. */
export function renumberParts(slides: Slide[], start: number, end: number): void {
  const count = end - start;
  for (let i = start; i < end; i++) {
    const slide = slides[i] as Slide;
    if (count > 1) slide.part = { index: i - start + 1, count };
    else delete slide.part;
  }
}

export interface AutomaticWords {
  title: string;
  subtitle?: string;
  points: string[];
  /** The layout the text calls for (absent: title and bullets). */
  layout?: SlideLayout;
}

/** The first line of notes read as a heading, and the text after it. */
function leadingHeading(notes: string): { title: string; withLabel: string; rank: number; rest: string } | undefined {
  const newline = notes.indexOf('\n');
  const line = newline < 0 ? notes : notes.slice(0, newline);
  const heading = readHeading(line.trim());
  if (!heading || heading.rest !== '') return undefined;
  return { title: headingTitle(heading.text), withLabel: headingTitle(heading.raw), rank: heading.label.rank, rest: newline < 0 ? '' : notes.slice(newline + 1) };
}

/** First clauses that lead two or more paragraphs (排比): read as a subtitle, as the planner does. */
function repeatedLeadIns(slides: readonly Slide[]): Set<string> {
  const counts = new Map<string, number>();
  for (const slide of slides) {
    if (slide.kind !== 'content' || (slide.part && slide.part.index > 1)) continue;
    const first = leadIn(slide.notes.slice(0, 200));
    if (first.length > 0 && first.length <= 12) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([clause]) => clause));
}

/** Sub-headings after slide `index` (one rank deeper than its own heading), as the planner lists them. */
function agenda(slides: readonly Slide[], index: number, max: number): string[] {
  const own = headingLabelAt((slides[index] as Slide).notes)?.rank ?? -1;
  const titles: string[] = [];
  let childRank: number | undefined;
  for (let i = index + 1; i < slides.length; i++) {
    const slide = slides[i] as Slide;
    if (slide.kind !== 'content') break;
    const heading = leadingHeading(slide.notes);
    if (!heading) continue;
    if (heading.rank <= own) break;
    childRank ??= heading.rank;
    if (heading.rank === childRank && !titles.includes(heading.withLabel)) titles.push(heading.withLabel);
  }
  if (titles.length > 0) return titles.slice(0, max);
  if ((slides[index] as Slide).kind !== 'section') return [];
  // A section of parallel paragraphs: their titles, each carried with a slogan line.
  const parallel: string[] = [];
  for (let i = index + 1; i < slides.length && slides[i]?.kind === 'content'; i++) {
    const slide = slides[i] as Slide;
    if (slide.subtitle !== undefined && !parallel.includes(slide.title)) parallel.push(slide.title);
  }
  return parallel.length >= 2 && parallel.length <= max ? parallel : [];
}

/** The words with the layout their text calls for, and the points that layout shows (as the planner does). */
function withLayout(words: AutomaticWords, kind: Slide['kind'], sentences: readonly string[], firstPart: boolean, phrases?: readonly string[]): AutomaticWords {
  const { layout, points } = chooseLayout({ kind, title: words.title, points: words.points, sentences, firstPart, ...(phrases ? { phrases } : {}) });
  return { ...words, points, ...(layout ? { layout } : {}) };
}

/**
 * Title, subtitle, points and layout the automatic plan gives slide `index`; undefined for title and
 * hand-written slides, whose words are not derived from their notes.
 */
export function automaticWords(slides: readonly Slide[], index: number, lang: Lang, phrases: readonly string[] = DEFAULT_FIXED_PHRASES): AutomaticWords | undefined {
  const slide = slides[index] as Slide;
  if (slide.kind === 'section') return withLayout({ title: headingTitle(slide.notes.split('\n')[0] ?? ''), points: agenda(slides, index, 8) }, 'section', [], true);
  if (slide.kind !== 'content' && slide.kind !== 'closing') return undefined;
  const [first, end] = partGroup(slides, index);
  const heading = leadingHeading((slides[first] as Slide).notes);
  if (heading && heading.rest.trim() === '') return withLayout({ title: shorten(heading.title, MAX_TITLE_WIDTH + 8, phrases), points: agenda(slides, index, 5) }, 'content', [], true);
  // The paragraph's sentences over all its parts: enumerations (一是…二是…) are found across them.
  const own: string[][] = slides.slice(first, end).map((s, k) => splitSentences(k === 0 && heading ? heading.rest : s.notes));
  const all = own.flat();
  const markers = findEnumerations(all);
  const offset = own.slice(0, index - first).reduce((sum, list) => sum + list.length, 0);
  const sentences = own[index - first] as string[];
  const headline = heading
    ? { title: shorten(heading.title, MAX_TITLE_WIDTH + 8, phrases) }
    : headlineOf(all.find((s) => !isSalutation(s.trim())) ?? all[0] ?? '', lang, repeatedLeadIns(slides), phrases);
  const shown = [headline.title, ...(headline.subtitle !== undefined ? [headline.subtitle] : [])];
  const words: AutomaticWords = { title: headline.title, points: pickPoints(sentences, markers.slice(offset, offset + sentences.length), shown, lang, phrases) };
  if (headline.subtitle !== undefined) words.subtitle = headline.subtitle;
  return withLayout(words, slide.kind, sentences, index === first, phrases);
}
