/**
 * The presenter's small live renders of the current and next slide: the same slide DOM
 * and stylesheet as the hall, in a frame sized by CSS (container units scale the type).
 * Slides are built once per deck and reused as the show moves.
 */
import type { DeckModel } from '../../slides/core/model.ts';
import { renderKey, renderSlide } from '../slides/render-slide.ts';
import { frame } from '../slides/frame.ts';
import { ensureFitted, fitWhenIdle } from '../slides/fit.ts';

export class SlidePreviews {
  /** Built frames by slide id, with the renderKey they were built for. */
  private cache = new Map<string, { key: string; built: HTMLElement }>();
  private deck: DeckModel | null = null;

  /** A new deck (live reload): frames of unchanged slides are kept, built and fitted. */
  setDeck(deck: DeckModel): void {
    this.deck = deck;
    const kept = new Map<string, { key: string; built: HTMLElement }>();
    for (const slide of deck.slides) {
      const entry = this.cache.get(slide.id);
      const key = renderKey(slide, deck);
      if (entry?.key === key) kept.set(slide.id, entry);
    }
    this.cache = kept;
  }

  private frameFor(index: number): HTMLElement | null {
    const slide = this.deck?.slides[index];
    if (!slide || !this.deck) return null;
    const entry = this.cache.get(slide.id);
    if (entry) return entry.built;
    const built = frame(renderSlide(slide, this.deck), this.deck.meta.aspect);
    this.cache.set(slide.id, { key: renderKey(slide, this.deck), built });
    return built;
  }

  /** Shows slide `index` in `box` with fragments up to `fragment` visible (the rest faint). */
  show(box: HTMLElement, index: number, fragment: number, emptyText: string): void {
    const built = this.frameFor(index);
    if (!built) {
      const empty = document.createElement('div');
      empty.className = 'preview-empty';
      empty.textContent = emptyText;
      box.replaceChildren(empty);
      return;
    }
    if (box.firstElementChild !== built) box.replaceChildren(built);
    markFragments(built, fragment);
    const slide = built.querySelector<HTMLElement>('.podium-slide');
    if (slide) ensureFitted(slide);
  }

  /**
   * Builds and measures the slides the operator is likely to show next, when idle, in a
   * hidden box of the current preview's width, so a key press only swaps ready frames.
   */
  prepare(indices: number[], measureBox: HTMLElement, width: number): void {
    measureBox.style.setProperty('width', `${width}px`);
    const slides: HTMLElement[] = [];
    for (const index of indices) {
      const built = this.frameFor(index);
      if (!built || built.isConnected) continue;
      measureBox.append(built);
      const slide = built.querySelector<HTMLElement>('.podium-slide');
      if (slide) slides.push(slide);
    }
    fitWhenIdle(slides);
  }

  refit(): void {
    for (const { built } of this.cache.values()) {
      const slide = built.querySelector<HTMLElement>('.podium-slide');
      if (slide?.isConnected) {
        delete slide.dataset['fitted'];
        ensureFitted(slide);
      }
    }
  }
}

/** Fragment steps in the order reveal.js shows them: by data-fragment-index, else document order. */
function markFragments(root: HTMLElement, shown: number): void {
  let step = -1;
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('.fragment'))) {
    const explicit = el.getAttribute('data-fragment-index');
    step = explicit === null ? step + 1 : Number(explicit);
    el.classList.toggle('shown', step <= shown);
  }
}
