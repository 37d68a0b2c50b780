/** The deck's source notice (revisions accepted, structure a .doc or PDF lost) as a banner in the presenter. */
import type { DeckModel } from '../../slides/core/model.ts';
import { sourceNotices } from '../../slides/core/source-notice.ts';
import { currentLang } from '../i18n/index.ts';

export function showSourceNotice(banner: HTMLElement, deck: DeckModel): void {
  const text = sourceNotices(deck.meta.source, currentLang()).join(' ');
  banner.hidden = text === '';
  banner.textContent = text;
}
