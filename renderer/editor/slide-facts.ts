/** What the editor shows about a slide beyond its content: parts set by hand, hidden, layout. */
import type { HandPart, Slide, SlideLayout } from '../../slides/core/model.ts';

export function editedParts(slide: Slide): readonly HandPart[] {
  return slide.byHand ?? [];
}

export function isHidden(slide: Slide): boolean {
  return slide.hidden === true;
}

export function layoutOf(slide: Slide): SlideLayout {
  return slide.layout ?? 'bullets';
}

/** The time was set by hand (or pinned in the file) rather than taken from the text. */
export function timeSetByHand(slide: Slide): boolean {
  return slide.byHand?.includes('time') === true || slide.timingFromSource === true;
}
