/**
 * Builds the DOM of one slide's face (title, slogan, points, continuation badge)
 * from the DeckModel, for every view that shows a slide: the print layouts here,
 * and the audience/presenter views may place the same face inside reveal.js's
 * <section>. Sizes are in container units (slide-face.css), so one face scales to
 * any box: a full page, a handout cell, a presenter thumbnail.
 */
import type { DeckModel, Slide } from '../../slides/core/model.ts';
import { renderSlideBody } from './slide-body.ts';

export interface SlideFaceOptions {
  /** Element for the title: 'h1' makes section slides PDF bookmarks in print; default 'div'. */
  titleTag?: 'h1' | 'h2' | 'div';
}

const ASPECT_CLASS: Record<DeckModel['meta']['aspect'], string> = { '16:9': 'sf-16x9', '4:3': 'sf-4x3' };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  // textContent, never innerHTML: report text is data, not markup.
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The section path label shown above a content slide's title, e.g. "二、（三）". */
export function sectionLabel(slide: Slide): string {
  return slide.sectionPath.join('');
}

export function buildSlideFace(slide: Slide, deck: DeckModel, options: SlideFaceOptions = {}): HTMLElement {
  const face = element('div', `slide-face sf-kind-${slide.kind} sf-theme-${deck.meta.theme} ${ASPECT_CLASS[deck.meta.aspect]}`);
  face.dataset.slideId = slide.id;
  face.lang = deck.meta.lang === 'zh' ? 'zh-CN' : 'en';
  const inner = element('div', 'sf-inner');
  face.append(inner);

  if (slide.body !== undefined && slide.kind === 'custom') {
    const body = element('div', 'sf-body');
    body.append(renderSlideBody(slide.body));
    inner.append(body);
    return face;
  }

  const head = element('header', 'sf-head');
  if (slide.overline) head.append(element('p', 'sf-kicker', slide.overline));
  if (slide.kind === 'content' && slide.sectionPath.length > 0) head.append(element('p', 'sf-path', sectionLabel(slide)));
  head.append(element(options.titleTag ?? 'div', 'sf-title', slide.title));
  if (slide.subtitle) head.append(element('p', 'sf-subtitle', slide.subtitle));
  inner.append(head);

  if (slide.points.length === 0) face.classList.add('sf-no-points');
  if (slide.points.length > 0) {
    const list = element('ul', 'sf-points');
    for (const point of slide.points) list.append(element('li', 'sf-point', point));
    inner.append(list);
  }
  if (slide.part && slide.part.count > 1) {
    face.append(element('span', 'sf-badge', `${slide.part.index}/${slide.part.count}`));
  }
  return face;
}

const MIN_SCALE = 0.5;
const SCALE_STEP = 0.05;

/**
 * Shrinks a face's type until its content fits its box (long titles and points wrap
 * first, then shrink). The face must be in the document with its fonts loaded.
 * Returns the scale used.
 */
export function fitSlideFace(face: HTMLElement): number {
  const inner = face.querySelector<HTMLElement>('.sf-inner');
  if (!inner) return 1;
  let scale = 1;
  face.style.setProperty('--sf-scale', '1');
  while (scale > MIN_SCALE && overflows(inner)) {
    scale = Math.round((scale - SCALE_STEP) * 100) / 100;
    face.style.setProperty('--sf-scale', String(scale));
  }
  return scale;
}

/** The face's inner box or any of its blocks (the points list shrinks inside the flex column) spills over. */
function overflows(inner: HTMLElement): boolean {
  return [inner, ...inner.children].some((box) => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1);
}
