/**
 * What the hall sees for the slide the show is at. A slide hidden from the hall (the speaker
 * still reads its notes) leaves the hall on the nearest earlier slide that is shown; with none
 * before it, the hall sees the hold screen (会标). The editor says the same in its words.
 */
import type { Slide } from '../../slides/core/model.ts';

/** Index of the slide the hall shows for slide `index`, or -1 for the hold screen. */
export function hallIndex(slides: readonly Pick<Slide, 'hidden'>[], index: number): number {
  for (let i = index; i >= 0; i -= 1) if (slides[i]?.hidden !== true) return i;
  return -1;
}
