import { describe, expect, it } from 'vitest';
import { hallSlideIndex } from './hall.ts';

describe('the hall during a hidden slide', () => {
  const slides = [{ hidden: true }, {}, { hidden: true }, { hidden: true }, {}];
  it('keeps the last shown slide before it', () => {
    expect([1, 2, 3, 4].map((i) => hallSlideIndex(slides, i))).toEqual([1, 1, 1, 4]);
  });
  it('shows the hold screen when no slide before it is shown', () => {
    expect(hallSlideIndex(slides, 0)).toBeUndefined();
  });
});
