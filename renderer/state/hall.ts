/**
 * What the hall sees while the speaker is on a slide hidden from the hall: the last slide before
 * it that is shown, or the hold screen (会标) when there is none. The speaker's views go on
 * showing the hidden slide and its text.
 */
import type { Slide } from '../../slides/core/model.ts';

/** Index of the slide the hall shows for position `index`, or undefined for the hold screen. */
export function hallSlideIndex(slides: readonly Pick<Slide, 'hidden'>[], index: number): number | undefined {
  for (let i = Math.min(index, slides.length - 1); i >= 0; i -= 1) if (!slides[i]?.hidden) return i;
  return undefined;
}
