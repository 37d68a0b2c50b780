/**
 * Test fixtures for revised drafts: an edited deck made by a script of editor ops, and revisions
 * of a report made the way drafting teams make them (paragraph-wise), with what each touched.
 */
import { compileDeck } from '../compile.ts';
import { DeckError } from '../errors.ts';
import { applyEdit, sentenceSpans, type EditOp } from '../edit/index.ts';
import type { DeckModel, Slide, SourceText } from '../model.ts';

export function txt(text: string, name = 'report.txt'): SourceText {
  return { name, format: 'txt', text };
}

/** Hand edits of every kind, spread over the deck: typed and picked titles, points, hidden, layouts, pictures, times. */
export function editScript(deck: DeckModel, every = 3): EditOp[] {
  const ops: EditOp[] = [];
  deck.slides.forEach((slide, index) => {
    if (index % every !== 0 || slide.kind === 'title') return;
    const slideId = slide.id;
    const spans = sentenceSpans(slide.notes);
    switch ((index / every) % 6) {
      case 0: ops.push({ type: 'retitle', slideId, title: `手写标题${index}`, onlyThisPart: true }); break;
      case 1: ops.push({ type: 'setHidden', slideId, hidden: true }); break;
      case 2: ops.push({ type: 'setPicture', slideId, picture: { src: `pictures/p${index}.png`, alt: `图${index}` } }, { type: 'setLayout', slideId, layout: 'picture-full' }); break;
      case 3: ops.push({ type: 'setTime', slideId, seconds: 30 + index }); break;
      case 4: if (spans[0]) ops.push({ type: 'pickPoint', slideId, start: spans[0].start, end: spans[0].end }); break;
      default: ops.push({ type: 'setLayout', slideId, layout: 'title-only' }, { type: 'setPoints', slideId, points: [`要点${index}`] });
    }
  });
  return ops;
}

/** Applies the ops in order; one the deck refuses (e.g. a layout on a section slide) is left out. */
export function edited(deck: DeckModel, ops: readonly EditOp[]): DeckModel {
  let result = deck;
  for (const op of ops) {
    try {
      result = applyEdit(result, op).deck;
    } catch (error) {
      if (!(error instanceof DeckError)) throw error;
    }
  }
  return result;
}

export function editedDeck(source: SourceText, every = 3): DeckModel {
  const deck = compileDeck(source);
  return edited(deck, editScript(deck, every));
}

/** What a slide keeps when it is kept: everything but the notes' spacing. */
export function keptPart(slide: Slide): unknown {
  const copy = JSON.parse(JSON.stringify(slide)) as Partial<Slide>;
  delete copy.notes;
  delete copy.sectionId;
  return copy;
}
