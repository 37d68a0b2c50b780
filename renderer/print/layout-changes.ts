/**
 * 修订对照 for the drafting team: what changed between the deck's previous draft and this one
 * (the revision record the host attached), slide by slide — added words underlined on green,
 * removed words struck through in red, changed figures boxed — with the slides to check, the new
 * and removed ones, and the hand edits that could not stay. Kept slides are counted, not printed.
 */
import { draftChanges, type DiffPiece, type DraftChanges, type SlideChange } from '../../slides/core/revise/index.ts';
import { t, type MessageKey, type MessageValues, type UiLang } from '../../slides/core/messages/catalogue.ts';
import type { PrintContext } from './context.ts';
import { flowBlocks } from './paginate.ts';
import { A4, addSheetText, createSheets, setPageSize } from './sheet.ts';
import type { Sheet } from './sheet.ts';

function element(tag: string, className: string, text?: string): HTMLElement {
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
    blocks.push(heading, ...changes.unplaced.map((u) => element('p', 'chg-unplaced', `${u.id}\u3000${u.edit}`)));
  }
  return blocks;
}

export function layoutChanges(context: PrintContext): Sheet[] {
  const changes = draftChanges(context.deck);
  const lang: UiLang = context.deck.meta.lang === 'zh' ? 'zh-CN' : 'en';
  if (!changes) throw new Error(t(lang, 'print.changes.noRecord'));
  setPageSize(A4.width, A4.height);
  const { sheets, next } = createSheets(context.container, {
    ...A4,
    margins: { top: 18, right: 18, bottom: 20, left: 20 },
    className: 'sheet-changes',
    watermark: context.request.watermark,
  });
  const blocks = changesBlocks(changes, context.deck.slides.length, lang);
  flowBlocks(blocks, () => next().body, 'sentence', (done) => context.progress(done / blocks.length));
  for (const sheet of sheets) addSheetText(sheet, 'sheet-folio', context.labels.pageOf(sheet.number, sheets.length));
  return sheets;
}
