/** The outline drawer: every section and its slides; a click jumps there (the hall follows). */
import type { DeckModel } from '../../slides/core/model.ts';
import { sectionHeading } from '../slides/render-slide.ts';
import { formatDuration } from '../state/pace.ts';

export function renderOutline(list: HTMLElement, deck: DeckModel, jump: (slideId: string) => void): void {
  const items: HTMLElement[] = [];
  const slideItem = (index: number): HTMLElement => {
    const slide = deck.slides[index];
    const li = document.createElement('li');
    li.className = 'outline-slide';
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['slideId'] = slide?.id ?? '';
    const number = document.createElement('span');
    number.className = 'outline-n';
    number.textContent = String(index + 1);
    const title = document.createElement('span');
    title.className = 'outline-title';
    title.textContent = slide ? `${slide.title}${slide.part && slide.part.count > 1 ? ` (${slide.part.index}/${slide.part.count})` : ''}` : '';
    button.append(number, title);
    button.addEventListener('click', () => { if (slide) jump(slide.id); });
    li.append(button);
    return li;
  };
  const inSection = new Set(deck.sections.flatMap((s) => s.slideIds));
  const indexOf = new Map(deck.slides.map((s, i) => [s.id, i]));
  // Slides before the first section (title, salutation) and after (closing) stand alone.
  deck.slides.forEach((slide, index) => {
    if (!inSection.has(slide.id)) items.push(slideItem(index));
    const section = deck.sections.find((s) => s.slideIds[0] === slide.id);
    if (!section) return;
    const li = document.createElement('li');
    li.className = 'outline-section';
    const head = document.createElement('button');
    head.type = 'button';
    head.className = 'outline-section-head';
    head.dataset['slideId'] = slide.id;
    const name = document.createElement('span');
    name.textContent = sectionHeading(section);
    const time = document.createElement('span');
    time.className = 'outline-time';
    time.textContent = formatDuration(section.seconds);
    head.append(name, time);
    head.addEventListener('click', () => jump(slide.id));
    const inner = document.createElement('ol');
    for (const id of section.slideIds) {
      const i = indexOf.get(id);
      if (i !== undefined) inner.append(slideItem(i));
    }
    li.append(head, inner);
    items.push(li);
  });
  list.replaceChildren(...items);
}

export function markOutline(list: HTMLElement, slideId: string | null): void {
  for (const button of Array.from(list.querySelectorAll<HTMLElement>('button[data-slide-id]'))) {
    button.classList.toggle('current', button.dataset['slideId'] === slideId && button.closest('.outline-slide') !== null);
  }
}
