/**
 * What the presenter must know about the report's file, said plainly while the deck is open:
 * tracked changes and comments that were accepted ("此文档有 12 处未接受的修订、3 条批注；…"), and
 * structure the format could not carry (a .doc's automatic numbering, a PDF's tables).
 */
import type { DeckModel } from '../../slides/core/model.ts';
import { tr } from '../i18n/index.ts';

export function sourceNotice(deck: DeckModel): string | undefined {
  const { format, document } = deck.meta.source;
  if (!document) return undefined;
  const lines: string[] = [];
  const changes = [
    ...(document.revisions > 0 ? [tr('source.revisions', { n: document.revisions })] : []),
    ...(document.formatRevisions > 0 ? [tr('source.formatRevisions', { n: document.formatRevisions })] : []),
    ...(document.comments > 0 ? [tr('source.comments', { n: document.comments })] : []),
  ];
  if (changes.length > 0) lines.push(tr('source.changes', { list: changes.join(tr('source.listJoin')) }));
  if (document.lost.length > 0) {
    const what = format === 'doc' ? tr('source.format.doc') : format === 'wps' ? tr('source.format.wps') : format === 'pdf' ? tr('source.format.pdf') : tr('source.format.other');
    lines.push(tr('source.lost', { format: what, list: document.lost.map((item) => tr(`source.lost.${item}`)).join(tr('source.listJoin')) }));
  }
  return lines.length > 0 ? lines.join(' ') : undefined;
}

/** Shows (or hides) the deck's source notice in `banner`. */
export function showSourceNotice(banner: HTMLElement, deck: DeckModel): void {
  const text = sourceNotice(deck);
  banner.hidden = text === undefined;
  banner.textContent = text ?? '';
}
