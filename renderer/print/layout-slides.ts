/** Slides, one per page, at the deck's aspect ratio (13.33 × 7.5 in or 10 × 7.5 in, as PowerPoint). Nothing from the notes. */
import { aspectRatio } from './context.ts';
import type { PrintContext } from './context.ts';
import { printFace } from './faces.ts';
import { createSheets, setPageSize } from './sheet.ts';
import type { Sheet } from './sheet.ts';

const SLIDE_HEIGHT_MM = 190.5;

function slideNumber(text: string): HTMLElement {
  const label = document.createElement('span');
  label.className = 'print-slide-number';
  label.textContent = text;
  return label;
}

export function layoutSlides(context: PrintContext): Sheet[] {
  const width = Math.round(SLIDE_HEIGHT_MM * aspectRatio(context.deck) * 100) / 100;
  setPageSize(width, SLIDE_HEIGHT_MM);
  const { sheets, next } = createSheets(context.container, {
    width,
    height: SLIDE_HEIGHT_MM,
    margins: { top: 0, right: 0, bottom: 0, left: 0 },
    className: 'sheet-slides',
    watermark: context.request.watermark,
  });
  const numbering = context.deck.meta.reveal?.slideNumber;
  const count = context.deck.slides.length;
  context.deck.slides.forEach((slide, index) => {
    const body = next().body;
    body.append(printFace(slide, context, width, SLIDE_HEIGHT_MM, { bookmark: true }));
    // reveal-md's slideNumber: reveal.js prints it on every slide too, in the corner.
    if (numbering) body.append(slideNumber(numbering === 'c/t' ? `${index + 1} / ${count}` : String(index + 1)));
    context.progress((index + 1) / count);
  });
  return sheets;
}
