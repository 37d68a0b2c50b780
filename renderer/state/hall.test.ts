import { describe, expect, it } from 'vitest';
import { hallIndex } from './hall.ts';

describe('hallIndex', () => {
  const slides = [{}, { hidden: true }, { hidden: true }, {}, {}];
  it('is the slide itself when it is shown', () => {
    expect(hallIndex(slides, 0)).toBe(0);
    expect(hallIndex(slides, 3)).toBe(3);
  });
  it('is the nearest earlier shown slide for a hidden one', () => {
    expect(hallIndex(slides, 1)).toBe(0);
    expect(hallIndex(slides, 2)).toBe(0);
  });
  it('is -1 (the hold screen) when no slide before a hidden one is shown', () => {
    expect(hallIndex([{ hidden: true }, {}], 0)).toBe(-1);
  });
});
