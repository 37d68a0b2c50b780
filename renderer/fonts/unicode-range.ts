/**
 * unicode-range arithmetic, pure (the views and the Node exports share it): which of a
 * font's slices a text needs.
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

export function codePointsOf(text: string): Set<number> {
  const points = new Set<number>();
  // A long text (a whole deck, for the font slices a build copies): a table of the characters seen
  // is several times quicker than asking the Set about every one of a million characters.
  const seen = text.length > 4096 ? new Uint8Array(0x10000) : undefined;
  for (let i = 0; i < text.length; i += 1) {
    const point = text.codePointAt(i) as number;
    if (point > 0xffff) {
      points.add(point);
      i += 1;
    } else if (!seen) {
      points.add(point);
    } else if (seen[point] === 0) {
      seen[point] = 1;
      points.add(point);
    }
  }
  return points;
}

/**
 * Finds which of several unicode-range descriptors (a font's slices) contain a code
 * point. Slices overlap a little (Latin ones repeat some points of the CJK ones), so
 * a point may be in several; all of them are returned, as the browser may use any.
 * One table sorted by start, searched by bisection, then walked back while an earlier
 * range may still reach the point (the running maximum of ends says when to stop).
 * The build makes the table once (toTable) so views start without parsing ~9,000 ranges.
 */
export class SliceIndex {
  private readonly maxEnds: number[] = [];
  private descriptors: string[] | undefined;

  private constructor(
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
    private readonly slices: readonly number[],
  ) {
    let maxEnd = -1;
    for (const end of ends) this.maxEnds.push((maxEnd = Math.max(maxEnd, end)));
  }

  static fromDescriptors(descriptors: readonly string[]): SliceIndex {
    const rows = descriptors.flatMap((descriptor, slice) => parseUnicodeRange(descriptor).map(([start, end]) => ({ start, end, slice })));
    rows.sort((a, b) => a.start - b.start || a.end - b.end);
    return new SliceIndex(
      rows.map((row) => row.start),
      rows.map((row) => row.end),
      rows.map((row) => row.slice),
    );
  }

  /** Compact form: per range, its start less the previous start, its length less one, its slice. */
  toTable(): number[] {
    return this.starts.flatMap((start, i) => [start - (this.starts[i - 1] ?? 0), (this.ends[i] as number) - start, this.slices[i] as number]);
  }

  static fromTable(table: readonly number[]): SliceIndex {
    const starts: number[] = [];
    const ends: number[] = [];
    const slices: number[] = [];
    let start = 0;
    for (let i = 0; i + 2 < table.length; i += 3) {
      start += table[i] as number;
      starts.push(start);
      ends.push(start + (table[i + 1] as number));
      slices.push(table[i + 2] as number);
    }
    return new SliceIndex(starts, ends, slices);
  }

  /** Adds to `found` every slice containing the code point. */
  private collect(point: number, found: Set<number>): void {
    // Last range starting at or before the point.
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((this.starts[mid] as number) <= point) low = mid + 1;
      else high = mid - 1;
    }
    for (let i = high; i >= 0 && (this.maxEnds[i] as number) >= point; i -= 1) {
      if ((this.ends[i] as number) >= point) found.add(this.slices[i] as number);
    }
  }

  /** Every slice at least one character of the text falls in. */
  slicesOf(text: string | Iterable<number>): Set<number> {
    const points = typeof text === 'string' ? codePointsOf(text) : text;
    const found = new Set<number>();
    for (const point of points) this.collect(point, found);
    return found;
  }

  /** A slice's unicode-range descriptor (for a FontFace), rebuilt from the table. */
  descriptorOf(slice: number): string {
    if (!this.descriptors) {
      const parts: string[][] = [];
      this.starts.forEach((start, i) => {
        const end = this.ends[i] as number;
        (parts[this.slices[i] as number] ??= []).push(end === start ? `U+${start.toString(16)}` : `U+${start.toString(16)}-${end.toString(16)}`);
      });
      this.descriptors = Array.from(parts, (list) => (list ?? []).join(','));
    }
    return this.descriptors[slice] ?? '';
  }
}

/** The unicode-range descriptor covering exactly the text's characters (consecutive ones as spans). */
export function unicodeRangeOf(text: string | Iterable<number>): string {
  const points = [...(typeof text === 'string' ? codePointsOf(text) : new Set(text))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < points.length; ) {
    const start = points[i] as number;
    let end = start;
    while (points[i + 1] === end + 1) {
      end += 1;
      i += 1;
    }
    i += 1;
    parts.push(end === start ? `U+${start.toString(16)}` : `U+${start.toString(16)}-${end.toString(16)}`);
  }
  return parts.join(',');
}

/**
 * A set of code points as runs, compact in JSON: per run, its start less the previous run's
 * end, then its length less one ([0x20, 0x7e] → [32, 94]). fonts.json says so which
 * characters each font source has.
 */
export function codePointRuns(points: Iterable<number>): number[] {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const runs: number[] = [];
  let previousEnd = 0;
  for (let i = 0; i < sorted.length; ) {
    const start = sorted[i] as number;
    let end = start;
    while (sorted[i + 1] === end + 1) {
      end += 1;
      i += 1;
    }
    i += 1;
    runs.push(start - previousEnd, end - start);
    previousEnd = end;
  }
  return runs;
}

/** The code points of codePointRuns' table. */
export function codePointsOfRuns(runs: readonly number[]): Set<number> {
  const points = new Set<number>();
  let end = 0;
  for (let i = 0; i + 1 < runs.length; i += 2) {
    const start = end + (runs[i] as number);
    end = start + (runs[i + 1] as number);
    for (let point = start; point <= end; point += 1) points.add(point);
  }
  return points;
}
