/**
 * Property tests: any sequence of edits keeps the notes the report and every word on a slide the
 * report's own or marked as typed by hand; the inverses undo the whole sequence.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../compile.ts';
import { deckToMarkdown } from '../export-markdown.ts';
import { DeckError } from '../errors.ts';
import { invariantViolations } from '../invariants.ts';
import { SLIDE_LAYOUTS, type DeckModel, type Slide } from '../model.ts';
import { applyEdit, sentenceSpans, type EditOp } from './index.ts';

const REPORT = readFileSync(new URL('../../default/town-congress-report.txt', import.meta.url), 'utf8');
const START = compileDeck({ name: 'town-congress-report.txt', format: 'txt', text: REPORT });

/** An op described by numbers, made concrete against the deck it is applied to (slides come and go). */
type Recipe = [kind: number, slide: number, a: number, b: number, word: string];

export function opFor(deck: DeckModel, [kind, slideAt, a, b, word]: Recipe): EditOp {
  const slide = deck.slides[slideAt % deck.slides.length];
  if (!slide) throw new Error('empty deck');
  const slideId = slide.id;
  const spans = sentenceSpans(slide.notes);
  const span = spans[a % Math.max(1, spans.length)] ?? { start: 0, end: 1 };
  const ops: EditOp[] = [
    { type: 'retitle', slideId, title: word, onlyThisPart: b % 2 === 0 },
    { type: 'setPoints', slideId, points: [word, `${word}二`].slice(0, (b % 3)) },
    { type: 'pickPoint', slideId, start: span.start, end: Math.max(span.start + 1, span.end - (b % 5)) },
    { type: 'movePoint', slideId, from: a % 6, to: b % 6 },
    { type: 'removePoint', slideId, index: a % 6 },
    { type: 'split', slideId, sentence: 1 + (a % Math.max(1, spans.length - 1)) },
    { type: 'mergeNext', slideId },
    { type: 'setHidden', slideId, hidden: b % 2 === 0 },
    { type: 'setLayout', slideId, layout: SLIDE_LAYOUTS[a % SLIDE_LAYOUTS.length] ?? 'bullets' },
    { type: 'setPicture', slideId, picture: { src: `pictures/p${a % 3}.png`, alt: word } },
    { type: 'removePicture', slideId },
    { type: 'setTime', slideId, seconds: 1 + (a % 300) },
    { type: 'clearTime', slideId },
    { type: 'restore', slideId },
    { type: 'setTarget', seconds: b % 4 === 0 ? null : 60 * (1 + (a % 90)) },
  ];
  return ops[kind % ops.length] as EditOp;
}

export const recipes = fc.array(
  fc.tuple(fc.nat(100), fc.nat(200), fc.nat(50), fc.nat(50), fc.constantFrom('我的标题', 'Typed words', '综合实力显著提升', '要点')),
  { minLength: 1, maxLength: 25 },
);

/** Applies recipes in order, skipping the ops the deck refuses (they must change nothing). */
export function run(start: DeckModel, list: readonly Recipe[], each: (before: DeckModel, after: DeckModel, inverse: EditOp) => void): DeckModel {
  let deck = start;
  for (const recipe of list) {
    const op = opFor(deck, recipe);
    try {
      const result = applyEdit(deck, op);
      each(deck, result.deck, result.inverse);
      deck = result.deck;
    } catch (error) {
      if (!(error instanceof DeckError) || error.details.code !== 'EDIT') throw error;
    }
  }
  return deck;
}

/** What a deck read back from its saved Markdown must equal (the attributes as read are the file's, not the model's). */
export function saved(deck: DeckModel): unknown {
  const { title, lang, rate, targetSeconds, theme, aspect, totalSeconds, readingUnits } = deck.meta;
  const slides = deck.slides.map((slide) => {
    const copy: Partial<Slide> = { ...slide };
    delete copy.attributes;
    return copy;
  });
  return { meta: { title, lang, rate, targetSeconds, theme, aspect, totalSeconds, readingUnits }, sections: deck.sections, slides };
}

export function reread(deck: DeckModel): DeckModel {
  return compileDeck({ name: 'deck.md', format: 'md', text: deckToMarkdown(deck) });
}

describe('any sequence of edits', () => {
  it('is saved and read back as it was, after every edit', () => {
    fc.assert(
      fc.property(recipes, (list) => {
        run(START, list, (_before, after) => {
          expect(saved(reread(after))).toEqual(saved(after));
        });
      }),
      { numRuns: 40 },
    );
  });

  it('lets a slide given the agenda layout hold as many points as the editor allows (a case fast-check found)', () => {
    const end = run(START, [[68, 161, 48, 0, '我的标题'], [92, 57, 0, 0, '我的标题']], () => undefined);
    expect(invariantViolations(end, REPORT, { maxSlideSeconds: 90 })).toEqual([]);
  });

  it('merging a key-figures slide with the picture slide after it keeps no more points than the picture layout holds (a case fast-check found)', () => {
    const end = run(START, [[99, 6, 0, 0, '我的标题'], [36, 5, 0, 0, '我的标题'], [0, 0, 0, 0, '我的标题']], () => undefined);
    expect(invariantViolations(end, REPORT, { maxSlideSeconds: 90 })).toEqual([]);
  });

  it('keeps the notes the report and every word the report\'s or typed by hand, and undoes exactly', () => {
    fc.assert(
      fc.property(recipes, (list) => {
        const history: EditOp[] = [];
        const end = run(START, list, (before, after, inverse) => {
          expect(applyEdit(after, inverse).deck).toEqual(before);
          history.unshift(inverse);
        });
        expect(invariantViolations(end, REPORT, { maxSlideSeconds: 90 })).toEqual([]);
        const undone = history.reduce((deck, inverse) => applyEdit(deck, inverse).deck, end);
        expect(undone).toEqual(START);
      }),
      { numRuns: 60 },
    );
  });
});
