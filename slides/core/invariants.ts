/**
 * The deck invariants as a checker, for tests and fuzzing: the notes are the report (nothing
 * dropped or doubled, whitespace aside), every word on a slide is taken from the report, timings
 * add up, ids are unique. Returns what is violated, empty when all hold.
 */
import type { DeckModel } from './model.ts';
import { compactText } from './text.ts';
import { maxPoints } from './edit/ops.ts';

export interface InvariantOptions {
  /** The longest reading time an automatic content slide may have (default 90 s). */
  maxSlideSeconds?: number;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Violations of the invariants for `deck` compiled from `report` (plain text, markup removed). */
export function invariantViolations(deck: DeckModel, report: string, options: InvariantOptions = {}): string[] {
  const problems: string[] = [];
  const source = compactText(report);
  const notes = compactText(deck.slides.map((s) => s.notes).join('\n'));
  if (notes !== source) {
    const at = firstDifference(notes, source);
    problems.push(`notes differ from the report at character ${at}: notes «${notes.slice(at, at + 20)}» report «${source.slice(at, at + 20)}»`);
  }
  const seen = new Set<string>();
  const limit = (options.maxSlideSeconds ?? 90) + 1;
  for (const [index, slide] of deck.slides.entries()) {
    const where = `slide ${index + 1} (${slide.id})`;
    if (seen.has(slide.id)) problems.push(`${where}: duplicate id`);
    seen.add(slide.id);
    // Words typed by hand in the editor are marked so (byHand); every other word is the report's.
    const titled = slide.byHand?.includes('title') ? [] : [slide.title, slide.subtitle, slide.overline];
    const pointed = slide.byHand?.includes('points') ? [] : slide.points;
    const words = [...titled, ...pointed].filter((w): w is string => w !== undefined);
    for (const word of words) {
      const text = compactText(word.endsWith('…') ? word.slice(0, -1) : word);
      if (!source.includes(text)) problems.push(`${where}: «${word}» is not in the report`);
    }
    if (!Number.isInteger(slide.seconds) || slide.seconds < 1) problems.push(`${where}: seconds ${slide.seconds} is not a positive whole number`);
    if (slide.kind === 'content' && !slide.timingFromSource && !slide.byHand?.includes('boundaries') && slide.seconds > limit) problems.push(`${where}: ${slide.seconds} s of notes exceeds ${limit - 1} s`);
    // As many points as the editor lets the slide's layout hold; a key-figures slide keeps its six cards when a person changes its layout.
    const pointLimit = Math.max(maxPoints(slide), slide.byHand?.includes('layout') ? 6 : 0);
    if ((slide.kind === 'content' || slide.kind === 'closing') && slide.points.length > pointLimit) problems.push(`${where}: ${slide.points.length} points`);
  }
  const total = deck.slides.reduce((sum, s) => sum + s.seconds, 0);
  if (total !== deck.meta.totalSeconds) problems.push(`totalSeconds ${deck.meta.totalSeconds} ≠ sum of slides ${total}`);
  const byId = new Map(deck.slides.map((s) => [s.id, s]));
  for (const section of deck.sections) {
    const slides = section.slideIds.map((id) => byId.get(id));
    if (slides.some((s) => s === undefined || s.sectionId !== section.id)) problems.push(`section ${section.id}: lists slides not in it`);
    const sum = slides.reduce((acc, s) => acc + (s?.seconds ?? 0), 0);
    if (sum !== section.seconds) problems.push(`section ${section.id}: seconds ${section.seconds} ≠ ${sum}`);
  }
  return problems;
}

/** Differences between a deck and the deck read back from its Markdown (deckToMarkdown → compileDeck). */
export function roundTripViolations(deck: DeckModel, reread: DeckModel): string[] {
  const problems: string[] = [];
  if (reread.slides.length !== deck.slides.length) problems.push(`${deck.slides.length} slides became ${reread.slides.length}`);
  deck.slides.forEach((slide, index) => {
    const back = reread.slides[index];
    if (!back) return;
    const fields = ['id', 'kind', 'title', 'subtitle', 'overline', 'notes', 'seconds', 'sectionId'] as const;
    for (const field of fields) {
      if (slide[field] !== back[field]) problems.push(`slide ${index + 1} ${field}: ${JSON.stringify(slide[field])} became ${JSON.stringify(back[field])}`);
    }
    const pairs = [['points', slide.points, back.points], ['sectionPath', slide.sectionPath, back.sectionPath], ['part', slide.part, back.part], ['table', slide.table, back.table], ['footnotes', slide.footnotes, back.footnotes]] as const;
    for (const [name, a, b] of pairs) {
      if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`slide ${index + 1} ${name}: ${JSON.stringify(a)} became ${JSON.stringify(b)}`);
    }
  });
  const meta = ['title', 'lang', 'totalSeconds', 'theme', 'aspect', 'targetSeconds'] as const;
  for (const field of meta) {
    if (deck.meta[field] !== reread.meta[field]) problems.push(`meta.${field}: ${JSON.stringify(deck.meta[field])} became ${JSON.stringify(reread.meta[field])}`);
  }
  if (JSON.stringify(deck.sections) !== JSON.stringify(reread.sections)) problems.push('sections differ');
  return problems;
}
