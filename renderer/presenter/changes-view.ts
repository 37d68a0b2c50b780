/**
 * 修订对照 in the presenter: a drawer with what the last revised draft changed, slide by slide —
 * the same blocks the printed PDF flows onto pages (revise/changes-dom.ts over core's
 * draftChanges), so screen and paper say the same. A changed or new slide's heading takes the
 * reader to that slide; removed slides stand where they were. Redrawn when the deck changes.
 */
import type { DeckModel } from '../../slides/core/model.ts';
import { draftChanges } from '../../slides/core/revise/index.ts';
import { currentLang, tr } from '../i18n/index.ts';
import { changesBlocks } from '../revise/changes-dom.ts';

export class ChangesView {
  private deck: DeckModel | null = null;

  constructor(
    private readonly drawer: HTMLElement,
    private readonly button: HTMLElement,
    private readonly goto: (slideId: string) => void,
  ) {
    const body = this.body();
    body.addEventListener('click', (event) => {
      const heading = (event.target as Element | null)?.closest<HTMLElement>('[data-slide-id]');
      if (heading?.dataset.slideId) this.goto(heading.dataset.slideId);
    });
    body.addEventListener('keydown', (event) => {
      const heading = (event.target as Element | null)?.closest<HTMLElement>('[data-slide-id]');
      if (heading?.dataset.slideId && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        this.goto(heading.dataset.slideId);
      }
    });
  }

  get open(): boolean {
    return !this.drawer.hidden;
  }

  setDeck(deck: DeckModel): void {
    this.deck = deck;
    // The toolbar button is there once a revised draft has been brought in.
    this.button.hidden = deck.revision === undefined;
    if (this.open) this.render();
  }

  toggle(open = !this.open): void {
    this.drawer.hidden = !open;
    if (open) this.render();
  }

  /** Marks the slide the show is at. */
  mark(slideId: string | undefined): void {
    for (const heading of Array.from(this.body().querySelectorAll<HTMLElement>('[data-slide-id]'))) {
      heading.classList.toggle('current', heading.dataset.slideId === slideId);
    }
  }

  render(): void {
    const body = this.body();
    const changes = this.deck ? draftChanges(this.deck) : undefined;
    if (!this.deck || !changes) {
      body.replaceChildren(Object.assign(document.createElement('p'), { className: 'changes-empty', textContent: tr('changes.empty') }));
      return;
    }
    const blocks = changesBlocks(changes, this.deck.slides.length, currentLang());
    // The drawer's own heading names it: the document title is for paper.
    blocks.shift();
    for (const heading of blocks.filter((b) => b.dataset.slideId !== undefined)) {
      heading.tabIndex = 0;
      heading.setAttribute('role', 'button');
      heading.title = tr('revision.goto');
    }
    const hint = Object.assign(document.createElement('p'), { className: 'changes-hint', textContent: tr('changes.hint') });
    body.replaceChildren(hint, ...blocks);
  }

  private body(): HTMLElement {
    return this.drawer.querySelector('.changes-body') as HTMLElement;
  }
}
