/**
 * The editor's slide list: every slide as a small live render (the presenter's preview
 * rendering), under its section's heading, with its number, its time and markers for what a
 * person changed by hand or hid from the hall, and for what the last revised draft changed or
 * added (to check). Thumbnails are rendered and fitted only as they
 * scroll into view, so a long report opens at once.
 */
import type { DeckModel, Slide } from '../../slides/core/model.ts';
import { SlidePreviews } from '../presenter/previews.ts';
import { applyDeckLook } from '../slides/frame.ts';
import { sectionHeading } from '../slides/render-slide.ts';
import { formatDuration } from '../state/pace.ts';
import { tr } from '../i18n/index.ts';
import { editedParts, isHidden } from './slide-facts.ts';

export interface SlideListEvents {
  select(slideId: string): void;
}

export class SlideList {
  private readonly previews = new SlidePreviews();
  private deck: DeckModel | null = null;
  /** Slides the last revised draft changed or added (导入修订稿): marked to check. */
  private revised = new Map<string, 'changed' | 'added'>();
  private selectedId: string | null = null;
  private readonly observer: IntersectionObserver;

  constructor(private readonly list: HTMLElement, private readonly events: SlideListEvents) {
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const item = entry.target as HTMLElement;
        this.observer.unobserve(item);
        this.drawThumb(item);
      }
    }, { root: list.parentElement, rootMargin: '400px 0px' });
    list.addEventListener('keydown', (event) => this.onKey(event));
  }

  setDeck(deck: DeckModel): void {
    this.deck = deck;
    this.revised = new Map((deck.revision?.slides ?? []).flatMap((s) => (s.status === 'kept' ? [] : [[s.id, s.status] as const])));
    this.previews.setDeck(deck);
    applyDeckLook(this.list, deck.meta);
    this.list.lang = document.documentElement.lang;
    this.observer.disconnect();
    const items: HTMLElement[] = [];
    deck.slides.forEach((slide, index) => {
      const section = deck.sections.find((s) => s.slideIds[0] === slide.id);
      if (section) {
        const head = document.createElement('li');
        head.className = 'ed-list-section';
        head.setAttribute('role', 'presentation');
        head.textContent = sectionHeading(section);
        items.push(head);
      }
      items.push(this.item(slide, index));
    });
    this.list.replaceChildren(...items);
    for (const item of items) if (item.classList.contains('ed-list-item')) this.observer.observe(item);
    this.markSelected();
  }

  private item(slide: Slide, index: number): HTMLElement {
    const li = document.createElement('li');
    li.className = 'ed-list-item';
    li.setAttribute('role', 'option');
    li.dataset['slideId'] = slide.id;
    li.dataset['index'] = String(index);
    const number = document.createElement('span');
    number.className = 'ed-list-n';
    number.textContent = String(index + 1);
    const thumb = document.createElement('div');
    thumb.className = 'ed-thumb';
    const info = document.createElement('div');
    info.className = 'ed-list-info';
    const title = document.createElement('span');
    title.className = 'ed-list-title';
    title.textContent = slide.part && slide.part.count > 1 ? `${slide.title} (${slide.part.index}/${slide.part.count})` : slide.title;
    const meta = document.createElement('span');
    meta.className = 'ed-list-meta';
    meta.textContent = formatDuration(slide.seconds);
    const edited = editedParts(slide);
    if (edited.length) {
      li.classList.add('edited');
      const mark = document.createElement('span');
      mark.className = 'ed-mark ed-mark-edited';
      mark.textContent = tr('editor.mark.edited');
      mark.title = tr('editor.mark.edited.title', { what: edited.map((part) => tr(`editor.part.${part}`)).join(tr('editor.listSeparator')) });
      meta.append(mark);
    }
    const revised = this.revised.get(slide.id);
    if (revised) {
      li.dataset['revised'] = revised;
      const mark = document.createElement('span');
      mark.className = `ed-mark ed-mark-revised ed-mark-${revised}`;
      mark.textContent = tr(revised === 'added' ? 'print.changes.added' : 'print.changes.changed');
      mark.title = tr(revised === 'added' ? 'revision.mark.added.title' : 'revision.mark.changed.title', { current: this.deck?.revision?.current ?? '' });
      meta.append(mark);
    }
    if (isHidden(slide)) {
      li.classList.add('hidden-slide');
      const mark = document.createElement('span');
      mark.className = 'ed-mark ed-mark-hidden';
      mark.textContent = tr('editor.mark.hidden');
      meta.append(mark);
    }
    info.append(title, meta);
    li.append(number, thumb, info);
    li.addEventListener('click', () => this.events.select(slide.id));
    return li;
  }

  private drawThumb(item: HTMLElement): void {
    const thumb = item.querySelector<HTMLElement>('.ed-thumb');
    const index = Number(item.dataset['index']);
    if (thumb && Number.isInteger(index)) this.previews.show(thumb, index, Number.MAX_SAFE_INTEGER, '');
  }

  /** Fonts arrived: measure the drawn thumbnails again with the real glyphs. */
  refit(): void {
    this.previews.refit();
  }

  select(slideId: string | null): void {
    this.selectedId = slideId;
    this.markSelected();
  }

  private markSelected(): void {
    for (const item of Array.from(this.list.querySelectorAll<HTMLElement>('.ed-list-item'))) {
      const on = item.dataset['slideId'] === this.selectedId;
      item.classList.toggle('selected', on);
      item.setAttribute('aria-selected', on ? 'true' : 'false');
      if (on) {
        this.list.setAttribute('aria-activedescendant', `ed-item-${item.dataset['index'] ?? ''}`);
        item.id = `ed-item-${item.dataset['index'] ?? ''}`;
        item.scrollIntoView({ block: 'nearest' });
      }
    }
  }

  /** Arrow keys, Page Up/Down, Home and End move the selection while the list has focus. */
  private onKey(event: KeyboardEvent): void {
    if (!this.deck || event.altKey || event.ctrlKey || event.metaKey) return;
    const count = this.deck.slides.length;
    const at = Math.max(0, this.deck.slides.findIndex((s) => s.id === this.selectedId));
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5, Home: -count, End: count };
    const delta = step[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    const next = this.deck.slides[Math.min(count - 1, Math.max(0, at + delta))];
    if (next) this.events.select(next.id);
  }
}
