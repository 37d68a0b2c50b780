/**
 * 修订对照 as DOM, one block per heading or sentence: the printed PDF (print/layout-changes.ts)
 * flows these blocks onto A4 pages, the presenter's 修订对照 drawer shows them as they are. Added
 * words are <ins>, removed ones <del>, a changed figure has class "num"; the heading of a slide
 * still in the deck carries its id (data-slide-id).
 */
import type { DiffPiece, DraftChanges, SlideChange } from '../../slides/core/revise/index.ts';
import { t, type MessageKey, type MessageValues, type UiLang } from '../../slides/core/messages/catalogue.ts';

/** An element with a class and, when given, its text. */
export function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A piece of text as the reader sees it: <ins>, <del> or plain, a changed figure marked. */
export function pieceElement(piece: DiffPiece): HTMLElement {
  const node = document.createElement(piece.kind === 'added' ? 'ins' : piece.kind === 'removed' ? 'del' : 'span');
  if (piece.number) node.className = 'num';
  node.textContent = piece.text;
  return node;
}

const STATUS: Record<SlideChange['status'], MessageKey> = {
  changed: 'print.changes.changed',
  added: 'print.changes.added',
  removed: 'print.changes.removed',
};

function slideBlocks(change: SlideChange, say: (key: MessageKey, values?: MessageValues) => string): HTMLElement[] {
  const heading = element('h2', `chg-slide chg-${change.status}`);
  heading.dataset.keepWithNext = '';
  // A slide still in the deck: the in-app view takes the reader there (removed ones are gone).
  if (change.status !== 'removed') heading.dataset.slideId = change.id;
  const where = change.status === 'removed'
    ? say(change.number === 0 ? 'print.changes.removedFirst' : 'print.changes.removedAfter', { n: change.number })
    : say('print.changes.slide', { n: change.number });
  heading.append(element('span', 'chg-where', where), element('span', 'chg-title', change.title), element('span', 'chg-badge', say(STATUS[change.status])));
  if (change.numbers) heading.append(element('span', 'chg-badge chg-badge-num', say('print.changes.numbers')));
  // Each sentence is a block of its own, set inline: pages turn between sentences and never cut
  // through the <ins>/<del> marks (the shared paginator re-sets a cut sentence as plain text).
  const sentences = change.sentences.map((sentence, index) => {
    const span = element('span', `chg-s chg-s-${sentence.status}${index === 0 ? ' chg-first' : ''}`);
    for (const piece of sentence.pieces) span.append(pieceElement(piece));
    return span;
  });
  return [heading, ...sentences];
}

/** The blocks of the whole document (header, summary, key, slides, unplaced edits). */
export function changesBlocks(changes: DraftChanges, slideCount: number, lang: UiLang): HTMLElement[] {
  const say = (key: MessageKey, values?: MessageValues): string => t(lang, key, values);
  const count = (status: SlideChange['status']): number => changes.slides.filter((s) => s.status === status).length;
  const title = element('h1', 'chg-heading', say('print.changes.title'));
  title.dataset.keepWithNext = '';
  const date = changes.date.slice(0, 10);
  const blocks = [
    title,
    element('p', 'chg-drafts', say('print.changes.drafts', { previous: changes.previous, current: changes.current, date })),
    element('p', 'chg-summary', say('print.changes.summary', { n: slideCount, kept: changes.kept, changed: count('changed'), added: count('added'), removed: count('removed') })),
  ];
  const key = element('p', 'chg-key', say('print.changes.legend'));
  key.append(
    pieceElement({ kind: 'added', text: say('print.changes.legendAdded') }), ' ',
    pieceElement({ kind: 'removed', text: say('print.changes.legendRemoved') }), ' ',
    pieceElement({ kind: 'added', text: say('print.changes.legendNumber'), number: true }),
  );
  blocks.push(key);
  if (changes.slides.length === 0) blocks.push(element('p', 'chg-none', say('print.changes.none')));
  for (const change of changes.slides) blocks.push(...slideBlocks(change, say));
  if (changes.unplaced.length > 0) {
    const heading = element('h2', 'chg-slide chg-unplaced-heading', say('print.changes.unplaced'));
    heading.dataset.keepWithNext = '';
    // Named by the slide they were on (its number and title), as the reader knows it; the id where the record has no such slide.
    const slideOf = new Map(changes.slides.map((s) => [s.id, s]));
    const where = (id: string): string => {
      const slide = slideOf.get(id);
      if (!slide) return id;
      return say('changes.unplacedOn', { where: slide.status === 'removed' ? say('print.changes.removed') : say('print.changes.slide', { n: slide.number }), title: slide.title });
    };
    blocks.push(heading, ...changes.unplaced.map((u) => element('p', 'chg-unplaced', `${where(u.id)}\u3000${u.edit}`)));
  }
  return blocks;
}
