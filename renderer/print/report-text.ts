/**
 * The whole report as printable blocks, rebuilt from the slides' notes (the notes
 * are the report): paragraphs split over consecutive slides are joined again, each
 * slide's start is remembered (for the 【幻灯片 12】 margin marks), and lines that the
 * deck knows as the title, subtitle or a heading are typed as such.
 */
import type { DeckModel } from '../../slides/core/model.ts';
import { splitSentences } from './sentences.ts';

export type ReportBlockKind = 'kicker' | 'title' | 'subtitle' | 'salutation' | 'heading1' | 'heading2' | 'para' | 'footnote';

export interface ReportPiece {
  text: string;
  /** 1-based number of the slide whose notes begin with this piece. */
  slideStart?: number;
}

export interface ReportBlock {
  kind: ReportBlockKind;
  pieces: ReportPiece[];
}

const compact = (text: string): string => text.replace(/\s+/g, '');

function headingLevels(deck: DeckModel): Map<string, 1 | 2> {
  const levels = new Map<string, 1 | 2>();
  for (const section of deck.sections) {
    levels.set(compact(section.label + section.title), 1);
    levels.set(compact(section.title), 1);
  }
  for (const slide of deck.slides) {
    if (slide.kind !== 'section') continue;
    levels.set(compact(slide.title), 1);
    for (const point of slide.points) if (!levels.has(compact(point))) levels.set(compact(point), 2);
  }
  return levels;
}

function classify(line: string, isTitleSlide: boolean, deck: DeckModel, levels: Map<string, 1 | 2>, kicker?: string): ReportBlockKind {
  const key = compact(line);
  if (isTitleSlide) {
    if (key === compact(deck.meta.title)) return 'title';
    if (kicker && key === compact(kicker)) return 'kicker';
    if (line.startsWith('——') || (deck.meta.subtitle && key === compact(deck.meta.subtitle))) return 'subtitle';
  }
  const level = levels.get(key);
  if (level === 1) return 'heading1';
  if (level === 2) return 'heading2';
  if ([...line].length <= 30 && /[：:]$/.test(line)) return 'salutation';
  return 'para';
}

/** ① ② … for the footnotes' marks (numbers past 20 as （21）). */
function footnoteMark(n: number): string {
  return n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `（${n}）`;
}

/**
 * The report's blocks, and after each paragraph its footnotes and endnotes (never read aloud: they
 * are not in the notes) as notes at its foot, numbered through the document.
 */
export function reportBlocks(deck: DeckModel): ReportBlock[] {
  const levels = headingLevels(deck);
  const blocks: ReportBlock[] = [];
  let pending: string[] = [];
  let footnotes = 0;
  const flushFootnotes = (): void => {
    for (const note of pending) blocks.push({ kind: 'footnote', pieces: [{ text: `${footnoteMark(++footnotes)} ${note}` }] });
    pending = [];
  };
  deck.slides.forEach((slide, index) => {
    const continuing = slide.part !== undefined && slide.part.index > 1;
    if (!continuing) flushFootnotes();
    const lines = slide.notes.split(/\n+/).map((line) => line.trim()).filter((line) => line.length > 0);
    lines.forEach((line, lineIndex) => {
      const slideStart = lineIndex === 0 ? index + 1 : undefined;
      const pieces: ReportPiece[] = splitSentences(line).map((text, i) => (i === 0 && slideStart ? { text, slideStart } : { text }));
      const previous = blocks[blocks.length - 1];
      const continues = lineIndex === 0 && slide.part !== undefined && slide.part.index > 1 && previous?.kind === 'para';
      if (continues && previous) {
        previous.pieces.push(...pieces);
        return;
      }
      const kicker = slide.kind === 'title' ? (slide.overline ?? slide.subtitle) : undefined;
      blocks.push({ kind: classify(line, slide.kind === 'title', deck, levels, kicker), pieces });
    });
    if (lines.length === 0 && blocks.length > 0) {
      // A slide without notes still gets its mark, at the end of what came before.
      const last = blocks[blocks.length - 1] as ReportBlock;
      last.pieces.push({ text: '', slideStart: index + 1 });
    }
    pending.push(...(slide.footnotes ?? []));
  });
  flushFootnotes();
  return blocks;
}
