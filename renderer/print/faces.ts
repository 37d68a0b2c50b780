/**
 * Slides as the print layouts place them: the audience view's own slide rendering
 * (renderer/slides: renderSlide in a .podium-frame size container, fitSlide) at a
 * fixed physical size. Only section and title slides keep their heading, so the PDF
 * outline lists sections, not every slide.
 */
import type { Slide } from '../../slides/core/model.ts';
import { fitSlide } from '../slides/fit.ts';
import { frame } from '../slides/frame.ts';
import { renderSlide } from '../slides/render-slide.ts';
import { aspectRatio } from './context.ts';
import type { PrintContext } from './context.ts';

/** Replaces heading elements inside a slide by <div>s with the same classes and content. */
function demoteHeadings(root: HTMLElement): void {
  for (const heading of root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')) {
    const div = document.createElement('div');
    div.className = heading.className;
    div.append(...heading.childNodes);
    heading.replaceWith(div);
  }
}

export interface FaceOptions {
  /** Keep the section/title slide's heading as a bookmark (slides, handouts); notes pages have their own. */
  bookmark: boolean;
}

export function printFace(slide: Slide, context: PrintContext, widthMm: number, heightMm: number, options: FaceOptions): HTMLElement {
  const rendered = renderSlide(slide, context.deck);
  if (!options.bookmark || (slide.kind !== 'section' && slide.kind !== 'title')) demoteHeadings(rendered);
  const box = frame(rendered, context.deck.meta.aspect);
  box.classList.add('print-face');
  box.style.width = `${widthMm}mm`;
  box.style.height = `${heightMm}mm`;
  return box;
}

/** Largest face of the deck's aspect inside a box. */
export function faceSize(context: PrintContext, boxWidth: number, boxHeight: number): { width: number; height: number } {
  const ratio = aspectRatio(context.deck);
  const width = Math.min(boxWidth, boxHeight * ratio);
  return { width, height: width / ratio };
}

export function fitAllFaces(container: HTMLElement): void {
  for (const slide of container.querySelectorAll<HTMLElement>('.print-face .podium-slide')) fitSlide(slide);
}
