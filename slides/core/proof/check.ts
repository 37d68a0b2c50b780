/**
 * Proofreading (校对): every word on every slide checked against the report (the notes are the
 * report). A title or point taken verbatim is found as it stands; one that is not is aligned with
 * the passage it most likely comes from, and each difference becomes a finding — words typed that
 * the report does not have, figures changed, words left out. A verbatim line is checked where it
 * stops: never inside a quotation or fixed formulation (slides/core/fixed-phrases.ts, the list the
 * planner keeps whole too), never on a dangling fragment. A section or heading slide's title is
 * checked against the heading it stands for.
 */
import { partGroup } from '../edit/automatic.ts';
import { fixedPhraseList, protectedSpans, type ProtectedSpan } from '../fixed-phrases.ts';
import { readHeading } from '../headings.ts';
import { stripInline } from '../inline.ts';
import type { MessageRef } from '../messages/catalogue.ts';
import type { DeckModel, Slide } from '../model.ts';
import { headingTitle } from '../titles.ts';
import { stopFault } from './cut-ends.ts';
import type { DeckProof, ProofField, ProofFinding, ProofLine, SlideProof } from './findings.ts';
import { approximatePlace, occurrences, PairIndex, type Place, type ProofPiece } from './locate.ts';
import { proofForm, reportText, slideAt, type ReportText } from './report-text.ts';

const ELLIPSIS = '…';
/** Characters of a figure: digits, masks (X亿元), percent signs, decimal points, Chinese numerals. */
const FIGURE_CHAR = /[0-9０-９.．X%％‰零〇一二三四五六七八九十百千万亿两]/u;
const DIGIT = /[0-9０-９%％‰]/u;

interface Context {
  deck: DeckModel;
  report: ReportText;
  index: PairIndex;
  phrases: string[];
  /** Protected spans of each slide's notes (report coordinates), computed when first needed. */
  spans: Map<number, ProtectedSpan[]>;
}

/** A line of the slide to check. */
interface Line {
  field: ProofField;
  index?: number;
  shown: string;
}

function isFigureChange(removed: string, added: string): boolean {
  if (DIGIT.test(removed) || DIGIT.test(added)) return true;
  const numeral = (text: string): boolean => text !== '' && [...text].every((ch) => FIGURE_CHAR.test(ch));
  return numeral(removed) && numeral(added);
}

/** The figure around text[start, end): the run of figure characters it belongs to. */
function figureAround(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && FIGURE_CHAR.test(text[from - 1] as string)) from--;
  while (to < text.length && FIGURE_CHAR.test(text[to] as string)) to++;
  return text.slice(from, to);
}

/** The protected spans of slide `slide`'s notes, as report positions. */
function spansOf(context: Context, slide: number): ProtectedSpan[] {
  let spans = context.spans.get(slide);
  if (!spans) {
    const range = context.report.ranges[slide];
    spans = range ? protectedSpans(context.report.text.slice(range.start, range.end), context.phrases).map((span) => ({ ...span, start: span.start + range.start, end: span.end + range.start })) : [];
    context.spans.set(slide, spans);
  }
  return spans;
}

/**
 * The span a line stopping (or starting) at report position `at` cuts through. A quotation's
 * words without its marks are whole: 量质并举、发展优先 taken from “量质并举、发展优先”.
 */
function spanCut(spans: readonly ProtectedSpan[], at: number): ProtectedSpan | undefined {
  let around: ProtectedSpan | undefined;
  for (const span of spans) {
    if (span.start >= at) break;
    const quoted = span.kind !== 'formulation';
    const inside = quoted ? at > span.start + 1 && at < span.end - 1 : at < span.end;
    if (inside && (!around || span.end > around.end)) around = span;
  }
  return around;
}

/** A span as a message names it: a quotation with its own marks, a formulation in quotation marks. */
function phraseOf(text: string, span: ProtectedSpan): string {
  const words = text.slice(span.start, span.end);
  return span.kind === 'formulation' ? `“${words}”` : words;
}

function finding(slide: Slide, line: Line, kind: ProofFinding['kind'], text: string, detail: MessageRef): ProofFinding {
  const found: ProofFinding = { slide: slide.id, kind, text, detail, field: line.field };
  if (line.index !== undefined) found.index = line.index;
  return found;
}

/** Report positions [start, end) of the slides `from`…`to` - 1: where a slide's words are looked for first. */
function rangeOf(report: ReportText, from: number, to: number): Place {
  const first = report.ranges[from];
  const last = report.ranges[Math.max(from, to - 1)];
  return { start: first?.start ?? 0, end: last?.end ?? 0 };
}

/** Where a slide's own words come from: its notes, the parts of its paragraph, or (a section slide) its whole section. */
function nearOf(context: Context, index: number): Place {
  const slides = context.deck.slides;
  const slide = slides[index] as Slide;
  if (slide.kind === 'section') {
    let end = index + 1;
    while (end < slides.length && slides[end]?.sectionId === slide.sectionId && slides[end]?.kind !== 'section') end++;
    return rangeOf(context.report, index, end);
  }
  const [first, end] = partGroup(slides, index);
  return rangeOf(context.report, first, end);
}

function pick(found: readonly number[], near: Place): number {
  return found.find((at) => at >= near.start && at < near.end) ?? (found[0] as number);
}

/** The heading slide `index` stands for: its title with and without the label, or undefined. */
function headingOf(slides: readonly Slide[], index: number): string[] | undefined {
  const slide = slides[index] as Slide;
  if (slide.kind !== 'section' && slide.kind !== 'content') return undefined;
  const [first] = slide.kind === 'section' ? [index] : partGroup(slides, index);
  const line = ((slides[first] as Slide).notes.split('\n')[0] ?? '').trim();
  const heading = readHeading(line);
  if (slide.kind === 'section') return heading ? [headingTitle(heading.raw), headingTitle(heading.text)] : [headingTitle(line)];
  if (!heading || heading.rest !== '') return undefined;
  return [headingTitle(heading.text), headingTitle(heading.raw)];
}

/** The title is the heading, or the heading shortened with an ellipsis. */
function matchesHeading(title: string, forms: readonly string[]): boolean {
  const words = proofForm(title).text;
  return forms.some((form) => {
    const heading = proofForm(form).text;
    return words === heading || (words.endsWith(ELLIPSIS) && words.length > 1 && heading.startsWith(words.slice(0, -1)));
  });
}

/** The lines of a slide's hand-written Markdown body that show words (headings, list items, paragraphs). */
function bodyLines(body: string): string[] {
  return body.split('\n')
    .map((line) => line.trim().replace(/^(?:#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+|>\s*)/, ''))
    .filter((line) => line !== '' && !line.startsWith('<') && !line.startsWith('![') && !line.startsWith('|') && !/^[-=*_]{3,}$/.test(line))
    .map((line) => stripInline(line).trim())
    .filter((line) => line !== '');
}

function linesOf(slide: Slide): Line[] {
  const lines: Line[] = [];
  const add = (field: ProofField, shown: string | undefined, index?: number): void => {
    if (shown === undefined || shown.trim() === '') return;
    lines.push(index === undefined ? { field, shown } : { field, shown, index });
  };
  add('overline', slide.overline);
  add('title', slide.title);
  add('subtitle', slide.subtitle);
  slide.points.forEach((point, i) => add('point', point, i));
  if (slide.body !== undefined && slide.points.length === 0) bodyLines(slide.body).forEach((line, i) => add('body', line, i));
  slide.table?.rows.flat().flatMap((cell) => cell.split('\n')).forEach((cell, i) => add('cell', cell, i));
  return lines;
}

/** Checks where a verbatim line starts and stops: never inside a protected span, never on a dangling fragment. */
function checkEnds(context: Context, slide: Slide, line: Line, place: Place): ProofFinding | undefined {
  const owner = slideAt(context.report, place.start);
  const spans = owner ? spansOf(context, owner.slide) : [];
  const span = spanCut(spans, place.start) ?? spanCut(spans, place.end);
  const text = context.report.text;
  if (span) return finding(slide, line, 'cut-phrase', line.shown, { key: 'proof.cut.phrase', values: { phrase: phraseOf(text, span) } });
  const fault = stopFault(text, place.end, text.slice(place.start, place.end), context.deck.meta.lang);
  if (fault?.kind === 'word') return finding(slide, line, 'cut-phrase', line.shown, { key: 'proof.cut.word', values: { rest: fault.rest } });
  if (fault?.kind === 'dangling') return finding(slide, line, 'cut-phrase', line.shown, { key: 'proof.cut.dangling', values: { word: fault.word } });
  return undefined;
}

/** Findings for a line that is not in the report as written, from its alignment with the passage; figure pieces are marked. */
function differences(context: Context, slide: Slide, line: Line, pieces: ProofPiece[], place: Place): ProofFinding[] {
  const found: ProofFinding[] = [];
  const report = context.report.text;
  const owner = slideAt(context.report, place.start);
  const spans = owner ? spansOf(context, owner.slide) : [];
  const words = pieces.filter((p) => p.kind !== 'removed').map((p) => p.text).join('');
  let atWords = 0;
  let atReport = place.start;
  for (let i = 0; i < pieces.length;) {
    if (pieces[i]?.kind === 'same') {
      atWords += (pieces[i] as ProofPiece).text.length;
      atReport += (pieces[i] as ProofPiece).text.length;
      i++;
      continue;
    }
    let removed = '';
    let added = '';
    const wordsStart = atWords;
    const reportStart = atReport;
    const runStart = i;
    for (; i < pieces.length && pieces[i]?.kind !== 'same'; i++) {
      const piece = pieces[i] as ProofPiece;
      if (piece.kind === 'removed') {
        removed += piece.text;
        atReport += piece.text.length;
      } else {
        added += piece.text;
        atWords += piece.text.length;
      }
    }
    if (isFigureChange(removed, added)) {
      for (const piece of pieces.slice(runStart, i)) piece.number = true;
      const theirs = figureAround(report, reportStart, atReport);
      if (added === '') found.push(finding(slide, line, 'figure', line.shown, { key: 'proof.figure.leftOut', values: { report: theirs } }));
      else found.push(finding(slide, line, 'figure', figureAround(words, wordsStart, atWords), theirs === '' ? { key: 'proof.figure.typed' } : { key: 'proof.figure.differs', values: { report: theirs } }));
    } else if (added !== '') {
      found.push(finding(slide, line, 'not-in-report', added, removed === '' ? { key: 'proof.typed' } : { key: 'proof.typed.instead', values: { report: removed } }));
    } else {
      const span = spanCut(spans, reportStart + 1) ?? spanCut(spans, atReport);
      found.push(span
        ? finding(slide, line, 'cut-phrase', line.shown, { key: 'proof.cut.leftOut', values: { words: removed, phrase: phraseOf(report, span) } })
        : finding(slide, line, 'not-in-report', line.shown, { key: 'proof.leftOut', values: { words: removed } }));
    }
  }
  return found;
}

function sourceOf(context: Context, place: Place): ProofLine['source'] {
  const owner = slideAt(context.report, place.start);
  if (!owner) return undefined;
  const from = context.report.from;
  const end = Math.min(place.end, owner.end);
  const start = from[place.start] as number;
  const last = from[end - 1] as number;
  return { slide: owner.slide, start, end: last + 1 };
}

/** One line of a slide against the report: how it reads against its passage, and what is wrong with it. */
function checkLine(context: Context, slide: Slide, line: Line, near: Place): { proof: ProofLine; findings: ProofFinding[] } {
  const words = proofForm(line.shown).text;
  const proof: ProofLine = { field: line.field, shown: line.shown, pieces: [{ kind: 'same', text: words }], shortened: false };
  if (line.index !== undefined) proof.index = line.index;
  const text = context.report.text;
  let found = occurrences(text, words);
  let taken = words;
  if (found.length === 0 && words.endsWith(ELLIPSIS) && words.length > 1) {
    taken = words.slice(0, -1);
    found = occurrences(text, taken);
    if (found.length > 0) proof.shortened = true;
  }
  if (found.length > 0) {
    // Verbatim: fine where it stands somewhere without a fault; the occurrence in the slide's own passage first.
    const ordered = [pick(found, near), ...found.filter((at) => at !== pick(found, near))];
    let fault: ProofFinding | undefined;
    for (const start of ordered.slice(0, 8)) {
      const place = { start, end: start + taken.length };
      const problem = checkEnds(context, slide, line, place);
      if (!problem) {
        fault = undefined;
        const source = sourceOf(context, place);
        if (source) proof.source = source;
        break;
      }
      if (!fault) {
        fault = problem;
        const source = sourceOf(context, place);
        if (source) proof.source = source;
      }
    }
    // Shown as the slide has it (the spaces of 坚定信心 勇担使命 too), without the ellipsis it adds.
    const shown = line.shown.trim();
    proof.pieces = [{ kind: 'same', text: proof.shortened ? shown.slice(0, -1) : shown }];
    return { proof, findings: fault ? [fault] : [] };
  }
  const sought = words.endsWith(ELLIPSIS) ? words.slice(0, -1) : words;
  const approximate = approximatePlace(context.index, sought, context.deck.meta.lang, near);
  if (!approximate) {
    proof.pieces = [{ kind: 'added', text: sought }];
    const kind = DIGIT.test(sought) && sought.length <= 12 ? 'figure' : 'not-in-report';
    return { proof, findings: [finding(slide, line, kind, line.shown, { key: kind === 'figure' ? 'proof.figure.typed' : 'proof.notInReport' })] };
  }
  proof.pieces = approximate.pieces;
  proof.shortened = sought !== words;
  const source = sourceOf(context, approximate);
  if (source) proof.source = source;
  return { proof, findings: differences(context, slide, line, approximate.pieces, approximate) };
}

function checkSlide(context: Context, index: number): SlideProof {
  const slide = context.deck.slides[index] as Slide;
  const result: SlideProof = { id: slide.id, number: index + 1, lines: [], findings: [] };
  const near = nearOf(context, index);
  const heading = headingOf(context.deck.slides, index);
  for (const line of linesOf(slide)) {
    const checked = checkLine(context, slide, line, near);
    result.lines.push(checked.proof);
    if (line.field === 'title' && heading && !matchesHeading(line.shown, heading)) {
      // A title standing for a heading is checked against that heading, not against any words of the report.
      result.findings.push(finding(slide, line, 'heading', line.shown, { key: 'proof.heading', values: { heading: heading[0] as string } }));
      continue;
    }
    result.findings.push(...checked.findings);
  }
  return result;
}

/** Proofreads every slide of `deck` against its report (the notes). */
export function proofreadDeck(deck: DeckModel): DeckProof {
  const report = reportText(deck.slides);
  const context: Context = { deck, report, index: new PairIndex(report.text), phrases: fixedPhraseList(deck.meta.fixedPhrases ?? []), spans: new Map() };
  const slides = deck.slides.map((_, index) => checkSlide(context, index));
  return { slides, findings: slides.flatMap((slide) => slide.findings) };
}

/** Just the findings (podium check, the presenter's warning). */
export function proofFindings(deck: DeckModel): ProofFinding[] {
  return proofreadDeck(deck).findings;
}
