/**
 * The reading cursor in the presenter's notes: the sentence the speaker should be
 * reading now is highlighted, those before it dimmed, so a glance tells ahead or
 * behind. The presenter's notes panel renders one <p> per paragraph; the cursor splits
 * them into sentence spans once per slide (the same text, nothing added) and then only
 * moves two classes.
 */
import './reading-cursor.css';
import type { Lang, Slide } from '../../slides/core/model.ts';
import { readingUnits, splitSentences } from '../../slides/core/index.ts';
import { sentenceAt, sentenceEnds } from './cursor-position.ts';

export class ReadingCursor {
  private spans: HTMLElement[] = [];
  private ends: number[] = [];
  private current = -2;
  private slideId: string | null = null;

  constructor(private readonly box: HTMLElement) {}

  /** After the notes panel showed `slide`: split its paragraphs into sentences, once per slide render. */
  attach(slide: Slide | undefined, lang: Lang): void {
    const id = slide?.id ?? null;
    if (id === this.slideId && (this.spans.length === 0 || this.spans[0]?.isConnected)) return;
    this.slideId = id;
    this.current = -2;
    this.spans = [];
    const units: number[] = [];
    for (const paragraph of Array.from(this.box.querySelectorAll<HTMLElement>(':scope > p'))) {
      const text = paragraph.textContent ?? '';
      const pieces = splitSentences(text).filter((piece) => piece.length > 0);
      paragraph.replaceChildren(
        ...pieces.map((piece) => {
          const span = document.createElement('span');
          span.className = 'sentence';
          span.textContent = piece;
          this.spans.push(span);
          units.push(readingUnits(piece, lang));
          return span;
        }),
      );
    }
    this.ends = sentenceEnds(units);
  }

  /** `progress`: time on the slide over its planned time; null before the show starts (no cursor). */
  update(progress: number | null): void {
    const at = progress === null ? -1 : sentenceAt(this.ends, progress);
    if (at === this.current) return;
    this.current = at;
    this.spans.forEach((span, i) => {
      span.classList.toggle('reading-now', i === at);
      span.classList.toggle('read', at >= 0 && i < at);
    });
  }

  /** Index of the highlighted sentence, -1 when none. */
  position(): number {
    return Math.max(-1, this.current);
  }
}
