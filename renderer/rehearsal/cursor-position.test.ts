import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceEnds } from './cursor-position.ts';

describe('reading cursor position', () => {
  const ends = sentenceEnds([10, 30, 60]); // 100 units in all

  it('weights sentences by their reading units', () => {
    expect(ends).toEqual([10, 40, 100]);
    expect(sentenceAt(ends, 0)).toBe(0);
    expect(sentenceAt(ends, 0.099)).toBe(0);
    expect(sentenceAt(ends, 0.1)).toBe(1);
    expect(sentenceAt(ends, 0.39)).toBe(1);
    expect(sentenceAt(ends, 0.4)).toBe(2);
  });

  it('stays on the last sentence when over time, nowhere before the start', () => {
    expect(sentenceAt(ends, 1)).toBe(2);
    expect(sentenceAt(ends, 3.5)).toBe(2);
    expect(sentenceAt(ends, -0.1)).toBe(-1);
    expect(sentenceAt(ends, Number.NaN)).toBe(-1);
    expect(sentenceAt([], 0.5)).toBe(-1);
  });

  it('a text without reading units marks its first sentence', () => {
    expect(sentenceAt(sentenceEnds([0, 0]), 0.5)).toBe(0);
  });
});
