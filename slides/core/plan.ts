/**
 * The automatic plan: outline → slides. A title slide from the title block, a section slide per
 * top-level heading (its sub-headings as an agenda), content slides per paragraph (split at
 * sentence ends when too long to read in one go), closing slides. Notes are the verbatim text, so
 * the slides' notes in order give back the whole report.
 */
import { findEnumerations } from './enumerations.ts';
import { SlideIdAllocator } from './ids.ts';
import { chooseLayout } from './layouts.ts';
import type { Lang, ReadingRate, Section, Slide, SlideKind, SlideLayout, SlideTable } from './model.ts';
import { isSalutation, tableText, type Block, type HeadingBlock, type Outline, type TableBlock } from './outline.ts';
import { pickPoints } from './points.ts';
import { readingSeconds } from './reading.ts';
import { splitSentences } from './sentences.ts';
import { fitPieces, groupPieces, type Piece } from './split.ts';
import { shorten } from './phrases.ts';
import { headingTitle, headlineOf, leadIn, MAX_TITLE_WIDTH } from './titles.ts';

/** Most agenda lines a section slide shows (a slide is not a table of contents for 20 items). */
const MAX_AGENDA = 8;
/** Most points on any other slide, sub-headings listed under a heading included. */
const MAX_CONTENT_POINTS = 5;

export interface PlanContext {
  lang: Lang;
  rate: ReadingRate;
  maxSlideSeconds: number;
  /** Fixed formulations kept whole (fixedPhraseList of the deck's own); the built-in list when absent. */
  phrases?: readonly string[];
}

/** A slide before ids and sections are assigned. */
export interface DraftSlide {
  kind: SlideKind;
  title: string;
  subtitle?: string;
  overline?: string;
  points: string[];
  notes: string;
  sectionPath: string[];
  part?: { index: number; count: number };
  /** Index of the top-level section (order of appearance), or -1 outside any section. */
  section: number;
  sectionHeading?: HeadingBlock;
  table?: SlideTable;
  footnotes?: string[];
  layout?: SlideLayout;
}

export function slideSeconds(notes: string, ctx: PlanContext): number {
  return Math.max(1, Math.round(readingSeconds(notes, ctx.rate, ctx.lang)));
}

/** First clauses shared by the lead sentences of two or more paragraphs (排比 such as 把蓝图变成现实，…). */
function repeatedLeadIns(blocks: readonly Block[]): Set<string> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    const first = leadIn(block.text.slice(0, 200));
    if (first.length > 0 && first.length <= 12) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([clause]) => clause));
}

interface ParagraphInput {
  text: string;
  footnotes?: string[];
  kind: SlideKind;
  heading?: HeadingBlock;
  sectionPath: string[];
  section: number;
}

function paragraphSlides(input: ParagraphInput, ctx: PlanContext, leadIns: ReadonlySet<string>): DraftSlide[] {
  const sentences = splitSentences(input.text);
  const markers = findEnumerations(sentences);
  const secondsOf = (text: string): number => readingSeconds(text, ctx.rate, ctx.lang);
  const pieces: Piece[] = sentences.map((text, sentence) => ({ text, seconds: secondsOf(text), preferBreak: markers[sentence] !== undefined, sentence }));
  if (input.heading) pieces.unshift({ text: `${input.heading.raw}\n`, seconds: secondsOf(input.heading.raw), preferBreak: false, sentence: -1, heading: true });
  const parts = groupPieces(fitPieces(pieces, ctx.maxSlideSeconds, secondsOf), ctx.maxSlideSeconds);
  const headline = input.heading
    ? { title: shorten(headingTitle(input.heading.text), MAX_TITLE_WIDTH + 8, ctx.phrases) }
    : headlineOf(sentences.find((s) => !isSalutation(s.trim())) ?? sentences[0] ?? '', ctx.lang, leadIns, ctx.phrases);
  const shown = [headline.title, ...(headline.subtitle !== undefined ? [headline.subtitle] : [])];
  return parts.map((part, index) => {
    const body = part.filter((p) => !p.heading);
    // A piece that is a whole sentence keeps its enumeration marker; a cut-off piece of one does not.
    const partMarkers = body.map((p, i) => (i === 0 || body[i - 1]?.sentence !== p.sentence ? markers[p.sentence] : undefined));
    const sentencesShown = body.map((p) => p.text);
    const picked = pickPoints(sentencesShown, partMarkers, shown, ctx.lang, ctx.phrases);
    const { layout, points } = chooseLayout({ kind: input.kind, title: headline.title, points: picked, sentences: sentencesShown, firstPart: index === 0, ...(ctx.phrases ? { phrases: ctx.phrases } : {}) });
    const slide: DraftSlide = {
      kind: input.kind,
      title: headline.title,
      points,
      notes: part.map((p) => p.text).join('').trim(),
      sectionPath: input.sectionPath,
      section: input.section,
    };
    if (layout) slide.layout = layout;
    if (headline.subtitle !== undefined) slide.subtitle = headline.subtitle;
    if (parts.length > 1) slide.part = { index: index + 1, count: parts.length };
    if (index === 0 && input.footnotes) slide.footnotes = input.footnotes;
    return slide;
  });
}

interface TableInput {
  table: TableBlock;
  heading?: HeadingBlock;
  sectionPath: string[];
  section: number;
}

/**
 * A table is one slide showing the table, its notes the table read row by row (heading and
 * caption first). A table too long to read in one slide's time continues over further slides,
 * split between rows, each showing the header row again.
 */
function tableSlides(input: TableInput, ctx: PlanContext): DraftSlide[] {
  const { table, heading } = input;
  const header = table.rows.length >= 2;
  const lead = [...(heading ? [heading.raw] : []), ...(table.caption !== undefined ? [table.caption] : [])];
  const rowText = table.rows.map((row) => tableText({ type: 'table', rows: [row] }));
  const title = heading ? shorten(headingTitle(heading.text), MAX_TITLE_WIDTH + 8, ctx.phrases) : table.caption ?? shorten(rowText.find((row) => row !== '') ?? '', MAX_TITLE_WIDTH, ctx.phrases);
  const groups: number[][] = [];
  let current: number[] = [];
  let seconds = readingSeconds(lead.join('\n'), ctx.rate, ctx.lang);
  table.rows.forEach((_, row) => {
    const rowSeconds = readingSeconds(rowText[row] ?? '', ctx.rate, ctx.lang);
    if (current.length > 0 && seconds + rowSeconds > ctx.maxSlideSeconds) {
      groups.push(current);
      current = [];
      seconds = 0;
    }
    current.push(row);
    seconds += rowSeconds;
  });
  if (current.length > 0) groups.push(current);
  return groups.map((rows, index) => {
    const shown = header && index > 0 ? [0, ...rows] : rows;
    const slide: DraftSlide = {
      kind: 'content',
      title,
      points: [],
      notes: [...(index === 0 ? lead : []), ...rows.map((row) => rowText[row] ?? '')].filter((line) => line !== '').join('\n'),
      sectionPath: input.sectionPath,
      section: input.section,
      table: { rows: shown.map((row) => [...(table.rows[row] ?? [])]), header },
    };
    if (groups.length > 1) slide.part = { index: index + 1, count: groups.length };
    return slide;
  });
}

/** Headings directly under blocks[index] (one level deeper), until a heading of its level or above. */
function childHeadings(blocks: readonly Block[], index: number): HeadingBlock[] {
  const parent = blocks[index] as HeadingBlock;
  const children: HeadingBlock[] = [];
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.type !== 'heading') continue;
    if (block.level <= parent.level) break;
    if (block.level === parent.level + 1) children.push(block);
  }
  return children;
}

function pathEntry(heading: HeadingBlock): string {
  return heading.label !== '' ? heading.label : shorten(headingTitle(heading.text), 12);
}

/** Plans slides for an outline; ids and sections are assigned by `finishPlan`. */
export function planOutline(outline: Outline, ctx: PlanContext): DraftSlide[] {
  const slides: DraftSlide[] = [];
  const leadIns = repeatedLeadIns(outline.blocks);
  const title = outline.titleBlock;
  if (title) {
    const slide: DraftSlide = { kind: 'title', title: title.title, points: [...title.byline], notes: title.lines.join('\n'), sectionPath: [], section: -1 };
    if (title.subtitle !== undefined) slide.subtitle = title.subtitle;
    if (title.overline !== undefined) slide.overline = title.overline;
    slides.push(slide);
  }
  let path: string[] = [];
  let section = -1;
  let pendingHeading: HeadingBlock | undefined;
  outline.blocks.forEach((block, index) => {
    if (block.type === 'paragraph') {
      const input: ParagraphInput = { text: block.text, kind: 'content', sectionPath: path, section };
      if (block.footnotes) input.footnotes = block.footnotes;
      if (pendingHeading) input.heading = pendingHeading;
      pendingHeading = undefined;
      slides.push(...paragraphSlides(input, ctx, leadIns));
      return;
    }
    if (block.type === 'table') {
      const input: TableInput = { table: block, sectionPath: path, section };
      if (pendingHeading) input.heading = pendingHeading;
      pendingHeading = undefined;
      slides.push(...tableSlides(input, ctx));
      return;
    }
    path = [...path.slice(0, block.level - 1), pathEntry(block)];
    const children = childHeadings(outline.blocks, index);
    if (block.level === 1) {
      section++;
      slides.push({
        kind: 'section',
        title: headingTitle(block.raw),
        points: children.slice(0, MAX_AGENDA).map((c) => headingTitle(c.raw)),
        notes: block.raw,
        sectionPath: path,
        section,
        sectionHeading: block,
      });
      return;
    }
    const next = outline.blocks[index + 1];
    if (next && (next.type === 'paragraph' || next.type === 'table')) {
      pendingHeading = block;
      return;
    }
    // A heading over headings: its sub-headings are its agenda.
    const agenda = chooseLayout({ kind: 'content', title: headingTitle(block.text), points: children.slice(0, MAX_CONTENT_POINTS).map((c) => headingTitle(c.raw)), sentences: [], firstPart: true });
    slides.push({ kind: 'content', title: shorten(headingTitle(block.text), MAX_TITLE_WIDTH + 8, ctx.phrases), points: agenda.points, notes: block.raw, sectionPath: path, section, ...(agenda.layout ? { layout: agenda.layout } : {}) });
  });
  if (outline.closing.length > 0) {
    slides.push(...paragraphSlides({ text: outline.closing.join('\n'), kind: 'closing', sectionPath: [], section: -1 }, ctx, leadIns));
  }
  addParallelAgendas(slides);
  for (const slide of slides) {
    if (slide.kind !== 'section') continue;
    const { layout } = chooseLayout({ kind: 'section', title: slide.title, points: slide.points, sentences: [], firstPart: true });
    if (layout) slide.layout = layout;
  }
  return slides;
}


/**
 * A section without sub-headings often has parallel paragraphs instead (我们秉承“…”，打造实力X。
 * 我们秉承“…”，打造魅力X。…): their titles, each carried with a slogan line, are its agenda.
 */
function addParallelAgendas(slides: DraftSlide[]): void {
  slides.forEach((slide, index) => {
    if (slide.kind !== 'section' || slide.points.length > 0) return;
    const titles: string[] = [];
    for (let i = index + 1; i < slides.length && slides[i]?.section === slide.section; i++) {
      const content = slides[i] as DraftSlide;
      if (content.subtitle !== undefined && !titles.includes(content.title)) titles.push(content.title);
    }
    if (titles.length >= 2 && titles.length <= MAX_AGENDA) slide.points = titles;
  });
}

/** Gives drafts their ids and seconds, and gathers the sections. */
export function finishPlan(drafts: readonly DraftSlide[], ctx: PlanContext): { slides: Slide[]; sections: Section[] } {
  const ids = new SlideIdAllocator();
  const sections: Section[] = [];
  const slides = drafts.map((draft) => {
    const slide: Slide = {
      id: ids.next(draft.kind, draft.notes, draft.title),
      kind: draft.kind,
      sectionPath: draft.sectionPath,
      title: draft.title,
      points: draft.points,
      notes: draft.notes,
      seconds: slideSeconds(draft.notes, ctx),
    };
    if (draft.subtitle !== undefined) slide.subtitle = draft.subtitle;
    if (draft.overline !== undefined) slide.overline = draft.overline;
    if (draft.part) slide.part = draft.part;
    if (draft.table) slide.table = draft.table;
    if (draft.footnotes) slide.footnotes = draft.footnotes;
    if (draft.layout) slide.layout = draft.layout;
    if (draft.sectionHeading) {
      sections.push({ id: slide.id, label: draft.sectionHeading.label, title: headingTitle(draft.sectionHeading.text), slideIds: [], seconds: 0 });
    }
    const owner = draft.section >= 0 ? sections[draft.section] : undefined;
    if (owner) {
      slide.sectionId = owner.id;
      owner.slideIds.push(slide.id);
      owner.seconds += slide.seconds;
    }
    return slide;
  });
  return { slides, sections };
}
