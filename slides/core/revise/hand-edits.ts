/**
 * What of a deck a person made rather than the automatic plan: parts set in the editor (byHand),
 * pictures, hidden slides, layouts, hand-set times, hand-written slides, and words changed
 * directly in the Markdown (a title or points that differ from what the plan gives the slide).
 * `podium import -o` refuses to overwrite a deck that has any; reviseDeck keeps them.
 */
import { automaticWords } from '../edit/automatic.ts';
import { fixedPhraseList } from '../fixed-phrases.ts';
import { PICTURE_LAYOUTS, type DeckModel, type HandPart, type Slide } from '../model.ts';

export interface HandEdit {
  id: string;
  /** The part: a HandPart, or 'picture', 'hidden', 'slide' (a slide written by hand). */
  part: HandPart | 'picture' | 'hidden' | 'slide';
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/** Title, points and a text layout changed in the Markdown (not marked byHand): the parts that differ from the plan's. */
export function markdownEdits(deck: DeckModel, index: number): ('title' | 'points' | 'layout')[] {
  const slide = deck.slides[index] as Slide;
  const words = slide.kind === 'title' ? undefined : automaticWords(deck.slides, index, deck.meta.lang, fixedPhraseList(deck.meta.fixedPhrases));
  if (!words) return [];
  const parts: ('title' | 'points' | 'layout')[] = [];
  if (!slide.byHand?.includes('title') && (words.title !== slide.title || (words.subtitle ?? '') !== (slide.subtitle ?? ''))) parts.push('title');
  if (!slide.byHand?.includes('points') && !sameWords(words.points, slide.points)) parts.push('points');
  // A picture layout goes with its picture (counted as such); another differs from the plan's only by hand.
  const layout = slide.layout ?? 'bullets';
  if (!slide.byHand?.includes('layout') && !(slide.picture && PICTURE_LAYOUTS.includes(layout)) && layout !== (words.layout ?? 'bullets')) parts.push('layout');
  return parts;
}

/** Every hand edit in the deck, slide by slide. */
export function handEdits(deck: DeckModel): HandEdit[] {
  const edits: HandEdit[] = [];
  deck.slides.forEach((slide, index) => {
    const add = (part: HandEdit['part']): void => {
      edits.push({ id: slide.id, part });
    };
    for (const part of slide.byHand ?? []) add(part);
    if (slide.timingFromSource && !slide.byHand?.includes('time')) add('time');
    if (slide.picture && slide.layout !== undefined && PICTURE_LAYOUTS.includes(slide.layout) && !slide.byHand?.includes('layout')) add('layout');
    if (slide.picture) add('picture');
    if (slide.hidden) add('hidden');
    if (slide.kind === 'custom' || slide.body !== undefined) add('slide');
    for (const part of markdownEdits(deck, index)) add(part);
  });
  return edits;
}
