import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compactText, compileDeck } from '../core/index.ts';
import { BUNDLED_DECK_PATH, EXAMPLE_REPORT_PATH } from './bundled.ts';
import { readReport } from './read-report.ts';

describe('the bundled deck', () => {
  it('is the example report: its notes, in order, give back the whole report', async () => {
    const deck = compileDeck(await readReport(BUNDLED_DECK_PATH));
    const report = await readFile(EXAMPLE_REPORT_PATH, 'utf8');
    expect(deck.slides.length).toBeGreaterThan(20);
    expect(deck.meta.title).toBe('全力打造共同富裕示范区X的先行镇');
    expect(compactText(deck.slides.map((slide) => slide.notes).join(''))).toBe(compactText(report));
  });
});
