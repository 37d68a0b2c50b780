/** Slide faces as the print layouts place them: fixed physical size, section titles as bookmarks. */
import type { Slide } from '../../slides/core/model.ts';
import { buildSlideFace, fitSlideFace } from '../slide-dom/slide-face.ts';
import type { PrintContext } from './context.ts';

/** Section and title slides become PDF bookmarks (Chromium's outline follows h1/h2). */
export function printFace(slide: Slide, context: PrintContext, widthMm: number, heightMm: number): HTMLElement {
  const face = buildSlideFace(slide, context.deck, { titleTag: slide.kind === 'section' || slide.kind === 'title' ? 'h1' : 'div' });
  face.style.width = `${widthMm}mm`;
  face.style.height = `${heightMm}mm`;
  return face;
}

/** Largest face of the deck's aspect inside a box. */
export function faceSize(context: PrintContext, boxWidth: number, boxHeight: number): { width: number; height: number } {
  const ratio = context.deck.meta.aspect === '4:3' ? 4 / 3 : 16 / 9;
  const width = Math.min(boxWidth, boxHeight * ratio);
  return { width, height: width / ratio };
}

export function fitAllFaces(container: HTMLElement): void {
  for (const face of container.querySelectorAll<HTMLElement>('.slide-face')) fitSlideFace(face);
}
