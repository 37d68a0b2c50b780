/**
 * Type-to-search over slide text and notes. Results show where the text was found
 * with the match marked; choosing one jumps there. Text is placed with textContent.
 */
import type { DeckModel } from '../../slides/core/model.ts';

export interface SearchHit {
  index: number;
  slideId: string;
  title: string;
  /** Text around the match: before, match, after. */
  snippet: [string, string, string];
  inNotes: boolean;
}

const CONTEXT = 18;
const MAX_HITS = 40;

export function searchDeck(deck: DeckModel, query: string): SearchHit[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [];
  const hits: SearchHit[] = [];
  deck.slides.forEach((slide, index) => {
    const onSlide = [slide.title, slide.subtitle ?? '', ...slide.points, slide.body ?? ''].join(' · ');
    for (const [text, inNotes] of [[onSlide, false], [slide.notes, true]] as const) {
      const at = text.toLocaleLowerCase().indexOf(needle);
      if (at < 0) continue;
      const start = Math.max(0, at - CONTEXT);
      const end = Math.min(text.length, at + needle.length + CONTEXT);
      hits.push({
        index,
        slideId: slide.id,
        title: slide.title,
        snippet: [`${start > 0 ? '…' : ''}${text.slice(start, at)}`, text.slice(at, at + needle.length), `${text.slice(at + needle.length, end)}${end < text.length ? '…' : ''}`],
        inNotes,
      });
      break; // one hit per slide: on the slide if there, else in its notes
    }
  });
  return hits.slice(0, MAX_HITS);
}
