/** What the presentation state needs to know of a deck (ids, sections, fragment steps). */
import type { DeckModel } from '../../slides/core/model.ts';
import type { DeckShape } from '../state/presentation.ts';
import { countFragments, renderMarkdownBody } from './markdown.ts';

export function deckShape(deck: DeckModel, doc: Document = document): DeckShape {
  return {
    ids: deck.slides.map((s) => s.id),
    sectionIds: deck.slides.map((s) => s.sectionId ?? null),
    fragments: deck.slides.map((s) => (s.body === undefined ? 0 : countFragments(renderMarkdownBody(s.body, doc)))),
  };
}
