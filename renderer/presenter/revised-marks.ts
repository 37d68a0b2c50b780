/**
 * The presenter's change marks: on a slide a revised draft changed (文件 ▸ 导入修订稿, `podium
 * import --into`) and that has not been rehearsed since, the changed and added sentences of the
 * notes are marked and the notes bar says how many — the speaker sees what reads differently now.
 * Works on the reading cursor's sentence spans (same text, classes only).
 */
import type { DeckModel, Slide } from '../../slides/core/model.ts';
import { revisedSentences } from '../../slides/core/revise/changes.ts';
import { tr } from '../i18n/index.ts';

export function showRevisedMarks(box: HTMLElement, badge: HTMLElement, deck: DeckModel, slide: Slide | undefined, rehearsed: (slideId: string) => boolean): void {
  const wanted = new Set(slide && deck.revision && !rehearsed(slide.id) ? revisedSentences(deck, slide) : []);
  let marked = 0;
  for (const span of Array.from(box.querySelectorAll<HTMLElement>('span.sentence'))) {
    const on = wanted.size > 0 && wanted.has((span.textContent ?? '').trim());
    span.classList.toggle('revised', on);
    if (on) marked++;
  }
  badge.hidden = marked === 0;
  badge.textContent = marked > 0 ? tr('presenter.revised', { n: marked }) : '';
  badge.title = marked > 0 ? tr('presenter.revised.title', { current: deck.revision?.current ?? '' }) : '';
}
