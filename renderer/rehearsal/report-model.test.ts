import { describe, expect, it } from 'vitest';
import { EMPTY_CHOICE } from './plan.ts';
import { planOverlay } from './deck-reading.ts';
import { clock, reportModel, signedClock } from './report-model.ts';
import type { RehearsalRun } from './run.ts';
import { fixtureDeck, unitsOfFixture } from './deck-fixture.test-support.ts';

const loose = { opening: '开场', closing: '结束语' };

/** Every slide read at `perMinute` characters per minute. */
function runAt(perMinute: number, id = 'r'): RehearsalRun {
  const deck = fixtureDeck();
  return { id, startedAt: '2026-11-27T08:00:00.000Z', pausedMs: 0, slideMs: Object.fromEntries(deck.slides.map((s) => [s.id, (unitsOfFixture(s) / perMinute) * 60_000])) };
}

describe('rehearsal report model', () => {
  it('predicts at the measured pace and compares with the target', () => {
    const deck = fixtureDeck(100);
    const model = reportModel(deck, [runAt(120)], EMPTY_CHOICE, loose);
    expect(model.measured).toBeCloseTo(120, 6);
    expect(model.plan.totalSeconds).toBe(330); // the stored plan is still the deck's
    expect(model.predicted.totalSeconds).toBe(166); // 5 + 3 + 30 + 60 + 3 + 45 + 15 + 5
    expect(model.overSeconds).toBe(66);
    expect(model.lastRunSeconds).toBe(165);
    expect(model.sections.find((s) => s.sectionId === 'S1')).toMatchObject({ plannedSeconds: 185, actualSeconds: [92.5] });
  });

  it('proposes cuts whose stored choice gives back the shortened plan', () => {
    const deck = fixtureDeck(100);
    const model = reportModel(deck, [runAt(120)], EMPTY_CHOICE, loose);
    expect(model.fit?.fits).toBe(true);
    expect(model.fit?.cuts[0]).toMatchObject({ slideId: 'b', action: 'skip' });
    const stored = planOverlay(deck, model.fitChoice!);
    expect(stored.totalSeconds).toBe(model.fit?.afterSeconds);
    expect(stored.totalSeconds).toBeLessThanOrEqual(100);
    expect(model.fitChoice?.rate?.cjkPerMinute).toBe(120);
  });

  it('keeps an applied rate rather than re-measuring, and shows the last three runs', () => {
    const deck = fixtureDeck(400);
    const runs = [runAt(100, 'a'), runAt(110, 'b'), runAt(120, 'c'), runAt(130, 'd')];
    const model = reportModel(deck, runs, { ...EMPTY_CHOICE, rate: { cjkPerMinute: 60, wordsPerMinute: 140 } }, loose);
    expect(model.predicted.totalSeconds).toBe(330);
    expect(model.runs.map((r) => r.id)).toEqual(['b', 'c', 'd']);
    expect(model.runNumbers).toEqual([2, 3, 4]);
    expect(model.fit?.cuts).toEqual([]);
    expect(model.fitChoice).toBeUndefined();
  });

  it('without a target proposes nothing; without runs predicts the plan', () => {
    const model = reportModel(fixtureDeck(), [], EMPTY_CHOICE, loose);
    expect(model.fit).toBeUndefined();
    expect(model.overSeconds).toBeUndefined();
    expect(model.measured).toBeUndefined();
    expect(model.predicted.totalSeconds).toBe(330);
    expect(model.lastRunSeconds).toBeUndefined();
  });

  it('an 8-second run over four slides: the sections it never reached are not rehearsed, not ahead', () => {
    const deck = fixtureDeck(100);
    const run: RehearsalRun = { id: 'short', startedAt: '2026-11-27T08:00:00.000Z', pausedMs: 0, slideMs: { t: 2000, s1: 2000, a: 2000, b: 2000 } };
    const model = reportModel(deck, [run], EMPTY_CHOICE, loose);
    expect(model.lastRunStop).toEqual({ slideNumber: 4, slideCount: 8, sectionsNotRehearsed: 2 });
    const s1 = model.sections.find((s) => s.sectionId === 'S1')!;
    expect(s1).toMatchObject({ slideCount: 3, reachedSlides: [3], plannedReachedSeconds: [185], actualSeconds: [6] });
    const s2 = model.sections.find((s) => s.sectionId === 'S2')!;
    expect(s2).toMatchObject({ slideCount: 3, reachedSlides: [0], plannedReachedSeconds: [0], actualSeconds: [0] });
    // Halfway into S1: compared with the plan of the slides it reached, and said to be partial.
    const half = reportModel(deck, [{ ...run, slideMs: { t: 2000, s1: 2000, a: 2000 } }], EMPTY_CHOICE, loose);
    expect(half.sections.find((s) => s.sectionId === 'S1')).toMatchObject({ reachedSlides: [2], plannedReachedSeconds: [65] });
    // A whole run has no stop.
    expect(reportModel(deck, [runAt(120)], EMPTY_CHOICE, loose).lastRunStop).toBeUndefined();
  });

  it('formats clocks as the headline shows them', () => {
    expect(clock(3130)).toBe('52:10');
    expect(clock(130)).toBe('2:10');
    expect(clock(3725)).toBe('1:02:05');
    expect(signedClock(80)).toBe('+1:20');
    expect(signedClock(-35)).toBe('−0:35');
    expect(signedClock(0.4)).toBe('±0:00');
  });
});
