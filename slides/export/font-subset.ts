/**
 * Keeps only the @font-face rules a document needs: @fontsource splits each CJK font
 * into ~100 unicode-range files, and a deck uses a few thousand characters, so a
 * single-file export inlines just the files whose ranges contain a used character.
 */

/** Inclusive code point ranges of a unicode-range descriptor ("U+4e00-4e8f,U+3001,U+4??"). */
export function parseUnicodeRange(descriptor: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const part of descriptor.split(',')) {
    const item = part.trim().replace(/^u\+/i, '');
    if (!item) continue;
    if (item.includes('?')) {
      ranges.push([parseInt(item.replace(/\?/g, '0'), 16), parseInt(item.replace(/\?/g, 'f'), 16)]);
      continue;
    }
    const [from, to] = item.split('-');
    const start = parseInt(from ?? '', 16);
    const end = to === undefined ? start : parseInt(to, 16);
    if (Number.isFinite(start) && Number.isFinite(end)) ranges.push([start, end]);
  }
  return ranges;
}

export function rangeCovers(ranges: Array<[number, number]>, codePoints: Set<number>): boolean {
  for (const point of codePoints) {
    for (const [start, end] of ranges) if (point >= start && point <= end) return true;
  }
  return false;
}

export function codePointsOf(text: string): Set<number> {
  const points = new Set<number>();
  for (const char of text) points.add(char.codePointAt(0) as number);
  return points;
}

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

/**
 * Rewrites a stylesheet: @font-face rules whose unicode-range misses every used code
 * point are dropped; the others get their font file from `inline(url)` (a data: URL),
 * keeping only the first (woff2) source.
 */
export function subsetFontFaces(css: string, used: Set<number>, inline: (url: string) => string): string {
  return css.replace(FONT_FACE, (rule) => {
    const range = /unicode-range\s*:\s*([^;}]+)/i.exec(rule)?.[1];
    if (range && !rangeCovers(parseUnicodeRange(range), used)) return '';
    const src = /src\s*:\s*([^;}]+)/i.exec(rule)?.[1];
    const first = src ? /url\(\s*['"]?([^'")]+)['"]?\s*\)\s*(format\([^)]*\))?/i.exec(src) : null;
    if (!src || !first?.[1]) return rule;
    return rule.replace(src, `url(${inline(first[1])})${first[2] ? ` ${first[2]}` : ''}`);
  });
}
