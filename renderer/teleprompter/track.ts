/**
 * The teleprompter's scroll track: a piecewise-linear map between reading progress
 * (reading units: characters for Chinese, words for English) and the text's vertical
 * position. Built once from the laid-out blocks (one layout read), then every frame is
 * pure arithmetic: progress advances at the reading rate, the position follows, so a
 * line of many characters scrolls slowly and a short heading line quickly.
 */

export interface TrackBlock {
  /** Slide the block belongs to. */
  slideId: string;
  /** Top of the block in the scrolled content, px. */
  top: number;
  height: number;
  /** Reading units in the block (0 for headings and skipped slides: they scroll past at once). */
  units: number;
}

interface Anchor {
  y: number;
  u: number;
}

export interface SlideSpan {
  slideId: string;
  /** Progress (units) where the slide's text starts and ends. */
  start: number;
  end: number;
  /** Position (px) where the slide's first block starts. */
  top: number;
}

export class ScrollTrack {
  private readonly anchors: Anchor[];
  readonly spans: SlideSpan[];
  readonly totalUnits: number;
  readonly height: number;

  constructor(blocks: readonly TrackBlock[]) {
    const anchors: Anchor[] = [{ y: 0, u: 0 }];
    const spans: SlideSpan[] = [];
    let u = 0;
    let bottom = 0;
    for (const block of blocks) {
      // A gap between blocks (margins) scrolls past in no reading time.
      if (block.top > bottom) anchors.push({ y: block.top, u });
      const last = spans[spans.length - 1];
      if (last && last.slideId === block.slideId) last.end = u + block.units;
      else spans.push({ slideId: block.slideId, start: u, end: u + block.units, top: block.top });
      u += Math.max(0, block.units);
      bottom = Math.max(bottom, block.top + block.height);
      anchors.push({ y: bottom, u });
    }
    this.anchors = anchors;
    this.spans = spans;
    this.totalUnits = u;
    this.height = bottom;
  }

  /** Position (px) of the reading line after `units` of reading. */
  positionAt(units: number): number {
    const { anchors } = this;
    // Progress 0 is the first character of text, not the top of the first marker.
    units = Math.max(0, units);
    // Binary search for the last anchor at or before `units`, preferring the last of equal ones (the far side of a zero-time gap).
    let lo = 0;
    let hi = anchors.length - 1;
    if (units >= (anchors[hi] as Anchor).u) return (anchors[hi] as Anchor).y;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((anchors[mid] as Anchor).u <= units) lo = mid;
      else hi = mid - 1;
    }
    const a = anchors[lo] as Anchor;
    const b = anchors[lo + 1] as Anchor;
    return a.y + ((units - a.u) / (b.u - a.u)) * (b.y - a.y);
  }

  /** Reading progress at a position (px): the inverse, for manual scrolling and jumps. */
  unitsAt(y: number): number {
    const { anchors } = this;
    if (y <= 0) return 0;
    for (let i = 1; i < anchors.length; i += 1) {
      const a = anchors[i - 1] as Anchor;
      const b = anchors[i] as Anchor;
      if (y <= b.y) return b.y === a.y ? b.u : a.u + ((y - a.y) / (b.y - a.y)) * (b.u - a.u);
    }
    return this.totalUnits;
  }

  /** The slide whose text is at the reading line after `units` (the later one on a boundary). */
  slideAt(units: number): SlideSpan | undefined {
    let found: SlideSpan | undefined;
    for (const span of this.spans) {
      if (span.start <= units) found = span;
      else break;
    }
    return found;
  }

  span(slideId: string): SlideSpan | undefined {
    return this.spans.find((span) => span.slideId === slideId);
  }
}

/** Reading units per minute × speed factor → units per millisecond. */
export function unitsPerMs(perMinute: number, speed: number): number {
  return (perMinute * speed) / 60_000;
}

export const SPEED_STEP = 1.1;
export const MIN_SPEED = 0.25;
export const MAX_SPEED = 4;

export function nextSpeed(speed: number, direction: 1 | -1): number {
  const next = direction > 0 ? speed * SPEED_STEP : speed / SPEED_STEP;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, Math.round(next * 100) / 100));
}
