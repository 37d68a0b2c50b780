import { describe, expect, it } from 'vitest';
import { smallDeck } from '../../test/fixtures/small-deck.ts';
import { reportBlocks } from './report-text.ts';

describe('the report rebuilt from the notes for the reading and official copies', () => {
  const blocks = reportBlocks(smallDeck);
  const text = (i: number): string => blocks[i]!.pieces.map((p) => p.text).join('');

  it('gives back every note, in order, nothing dropped or doubled', () => {
    const all = blocks.flatMap((b) => b.pieces.map((p) => p.text)).join('');
    expect(all.replace(/\s+/g, '')).toBe(smallDeck.slides.map((s) => s.notes).join('').replace(/\s+/g, ''));
  });

  it('types the title block, the salutation and the headings the deck knows', () => {
    expect(blocks.slice(0, 5).map((b) => b.kind)).toEqual(['kicker', 'title', 'subtitle', 'salutation', 'para']);
    const heading = blocks.find((b) => b.kind === 'heading1');
    expect(heading?.pieces[0]?.text).toBe('一、过去五年的工作回顾');
  });

  it('joins a paragraph split over slides and marks where each slide begins', () => {
    const joined = blocks.findIndex((b) => b.pieces.some((p) => p.slideStart === 4));
    expect(text(joined)).toContain('我们秉承“量质并举、发展优先”');
    expect(text(joined)).toContain('推动企业加快机器换人');
    const starts = blocks.flatMap((b) => b.pieces.flatMap((p) => (p.slideStart ? [p.slideStart] : [])));
    expect(starts).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
