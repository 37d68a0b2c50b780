import { describe, expect, it } from 'vitest';
import { codePointsOf, parseUnicodeRange, rangeCovers, subsetFontFaces } from './font-subset.ts';

describe('unicode-range subsetting', () => {
  it('parses single points, spans and wildcards', () => {
    expect(parseUnicodeRange('U+4e00-4e8f, U+3001,u+4??')).toEqual([[0x4e00, 0x4e8f], [0x3001, 0x3001], [0x400, 0x4ff]]);
  });

  it('covers a set only when one of its points is in a range', () => {
    const ranges = parseUnicodeRange('U+4e00-4e8f,U+3001');
    expect(rangeCovers(ranges, codePointsOf('、'))).toBe(true);
    expect(rangeCovers(ranges, codePointsOf('一'))).toBe(true);
    expect(rangeCovers(ranges, codePointsOf('abc'))).toBe(false);
  });

  it('drops unneeded @font-face rules and inlines the first source of the others', () => {
    const css = [
      "@font-face{font-family:'Noto Sans SC';src:url(./a.woff2) format('woff2'),url(./a.woff) format('woff');unicode-range:U+4e00-4e8f}",
      "@font-face{font-family:'Noto Sans SC';src:url(./b.woff2) format('woff2'),url(./b.woff) format('woff');unicode-range:U+1f300-1f37e}",
      '.x{color:red}',
    ].join('\n');
    const inlined: string[] = [];
    const out = subsetFontFaces(css, codePointsOf('一二'), (url) => {
      inlined.push(url);
      return 'data:font/woff2;base64,AAAA';
    });
    expect(inlined).toEqual(['./a.woff2']);
    expect(out).toContain("src:url(data:font/woff2;base64,AAAA) format('woff2');");
    expect(out).not.toContain('b.woff2');
    expect(out).not.toContain('a.woff)');
    expect(out).toContain('.x{color:red}');
  });
});
