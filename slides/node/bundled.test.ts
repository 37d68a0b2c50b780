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

  it('is what the planner makes of the example report today (regenerate it when the planner changes)', async () => {
    const bundled = compileDeck(await readReport(BUNDLED_DECK_PATH));
    const planned = compileDeck(await readReport(EXAMPLE_REPORT_PATH));
    const shown = (deck: typeof planned): unknown[] => deck.slides.map((s) => [s.kind, s.title, s.subtitle, s.points, s.layout ?? 'bullets', s.notes]);
    expect(shown(bundled)).toEqual(shown(planned));
  });
});
