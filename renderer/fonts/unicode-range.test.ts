import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SliceIndex, codePointRuns, codePointsOf, codePointsOfRuns, parseUnicodeRange, unicodeRangeOf } from './unicode-range.ts';
import unicodeJson from '@fontsource/noto-sans-sc/unicode.json?raw';
import report from '../../slides/default/town-congress-report.txt?raw';

describe('unicode-range', () => {
  it('parses single points, spans and wildcards', () => {
    expect(parseUnicodeRange('U+4e00-4e8f, U+3001,u+4??')).toEqual([[0x4e00, 0x4e8f], [0x3001, 0x3001], [0x400, 0x4ff]]);
  });

  it('describes a text\'s characters as a unicode-range, spans merged', () => {
    expect(unicodeRangeOf('abcx一一丁')).toBe('U+61-63,U+78,U+4e00-4e01');
    expect(unicodeRangeOf('')).toBe('');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const ranges = parseUnicodeRange(unicodeRangeOf(text));
        const covered = new Set(ranges.flatMap(([start, end]) => Array.from({ length: end - start + 1 }, (_, i) => start + i)));
        expect(covered).toEqual(codePointsOf(text));
      }),
    );
  });

  it('finds the slice of each character, and every slice when they overlap', () => {
    const index = SliceIndex.fromDescriptors(['U+4e00-4e8f,U+3001', 'U+0-ff', 'U+41,U+9fa5']);
    expect([...index.slicesOf('、')]).toEqual([0]);
    expect([...index.slicesOf('一')]).toEqual([0]);
    expect([...index.slicesOf('A')].sort()).toEqual([1, 2]);
    expect([...index.slicesOf('b龥')].sort()).toEqual([1, 2]);
    expect(index.slicesOf('😀').size).toBe(0);
  });

  it('survives its compact table and gives back each slice\'s ranges', () => {
    const index = SliceIndex.fromTable(SliceIndex.fromDescriptors(['U+4e00-4e8f,U+3001', 'U+0-ff', 'U+41,U+9fa5']).toTable());
    expect([...index.slicesOf('A')].sort()).toEqual([1, 2]);
    expect([...index.slicesOf('、一')]).toEqual([0]);
    expect(index.descriptorOf(0)).toBe('U+3001,U+4e00-4e8f');
    expect(index.descriptorOf(2)).toBe('U+41,U+9fa5');
    expect(parseUnicodeRange(index.descriptorOf(1))).toEqual([[0, 0xff]]);
  });

  it('agrees with a plain scan of every range on @fontsource\'s real slices', () => {
    const slices = Object.values(JSON.parse(unicodeJson) as Record<string, string>);
    const index = SliceIndex.fromTable(SliceIndex.fromDescriptors(slices).toTable());
    const parsed = slices.map(parseUnicodeRange);
    const scan = (point: number): number[] => parsed.flatMap((ranges, slice) => (ranges.some(([s, e]) => point >= s && point <= e) ? [slice] : []));
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 0x3000 }), fc.integer({ min: 0x3000, max: 0xffff }), fc.integer({ min: 0, max: 0x10ffff })), (point) => {
        expect([...index.slicesOf([point])].sort((a, b) => a - b)).toEqual(scan(point));
      }),
      { numRuns: 5000 },
    );
    // The bundled report's characters are all covered.
    for (const point of codePointsOf(report.replace(/\s/g, ''))) expect(index.slicesOf([point]).size, String.fromCodePoint(point)).toBeGreaterThan(0);
  });
});

describe('code point runs (fonts.json: the characters of each font source)', () => {
  it('keeps consecutive points as one run, relative to the run before', () => {
    expect(codePointRuns([0x7e, 0x20, 0x21, 0x22, 0x4e00])).toEqual([0x20, 2, 0x7e - 0x22, 0, 0x4e00 - 0x7e, 0]);
    expect(codePointRuns([])).toEqual([]);
  });

  it('gives back exactly the set it was made from', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 300 }), (points) => {
        expect([...codePointsOfRuns(codePointRuns(points))].sort((a, b) => a - b)).toEqual([...points].sort((a, b) => a - b));
      }),
    );
  });
});

describe('codePointsOf', () => {
  it('gives each character of a short or a long text once, astral ones and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 60 }), (text, copies) => {
        const expected = new Set([...text].map((char) => char.codePointAt(0) as number));
        expect(codePointsOf(text)).toEqual(expected);
        expect(codePointsOf(text.repeat(copies * 40))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
