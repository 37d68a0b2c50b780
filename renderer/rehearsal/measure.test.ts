import { describe, expect, it } from 'vitest';
import { countsForRate, rateSample, rateWithMeasured, sectionActuals, sectionGroups, unitsPerMinute } from './measure.ts';
import type { RehearsalRun } from './run.ts';
import { fixtureDeck, unitsOfFixture } from './deck-fixture.test-support.ts';

const loose = { opening: '开场', closing: '结束语' };

function run(slideMs: Record<string, number>): RehearsalRun {
  return { id: 'r', startedAt: '2026-11-27T08:00:00.000Z', slideMs, pausedMs: 0 };
}

describe('measured reading rate', () => {
  const deck = fixtureDeck();

  it('is reading units over minutes read, across the slides that count', () => {
    // a: 60 chars in 30 s, c: 90 chars in 45 s → 150 chars in 75 s = 120 per minute
    const sample = rateSample(deck, [run({ a: 30_000, c: 45_000 })], unitsOfFixture);
    expect(sample).toEqual({ units: 150, ms: 75_000, slides: 2 });
    expect(unitsPerMinute(sample)).toBe(120);
  });

  it('ignores slides flicked past, which would inflate the rate', () => {
    expect(countsForRate(1_999, 1)).toBe(false);
    expect(countsForRate(2_000, 1)).toBe(true);
    expect(countsForRate(17_999, 60)).toBe(false); // under 30 % of a 60 s slide
    expect(countsForRate(18_000, 60)).toBe(true);
    const sample = rateSample(deck, [run({ a: 60_000, b: 1_000 })], unitsOfFixture);
    expect(unitsPerMinute(sample)).toBe(60);
  });

  it('pools several runs', () => {
    const sample = rateSample(deck, [run({ a: 60_000 }), run({ a: 30_000 })], unitsOfFixture);
    expect(unitsPerMinute(sample)).toBe(80); // 120 chars in 90 s
  });

  it('is unknown when nothing was read long enough, or slides have no text', () => {
    expect(unitsPerMinute(rateSample(deck, [run({})], unitsOfFixture))).toBeUndefined();
    expect(unitsPerMinute(rateSample(deck, [run({ a: 60_000 })], () => 0))).toBeUndefined();
  });

  it('ignores ids of slides no longer in the deck (edited away)', () => {
    const sample = rateSample(deck, [run({ gone: 60_000, a: 60_000 })], unitsOfFixture);
    expect(sample.slides).toBe(1);
  });

  it('goes into the field of the deck language', () => {
    const base = { cjkPerMinute: 220, wordsPerMinute: 140 };
    expect(rateWithMeasured(base, 'zh', 251.6)).toEqual({ cjkPerMinute: 252, wordsPerMinute: 140 });
    expect(rateWithMeasured(base, 'en', 151.2)).toEqual({ cjkPerMinute: 220, wordsPerMinute: 151 });
  });
});

describe('section totals', () => {
  const deck = fixtureDeck();

  it('groups slides by section, with the opening and closing apart', () => {
    const groups = sectionGroups(deck, loose);
    expect(groups.map((g) => [g.id, g.title, g.slides.map((s) => s.id).join('')])).toEqual([
      ['#opening', '开场', 't'],
      ['S1', '过去五年的工作回顾', 's1ab'],
      ['S2', '今后五年的目标任务', 's2cd'],
      ['#closing', '结束语', 'z'],
    ]);
  });

  it('gives planned and actual seconds and rate per section for each run', () => {
    const runs = [run({ t: 8_000, s1: 4_000, a: 50_000, b: 100_000, c: 45_000 }), run({ a: 60_000 })];
    const rows = sectionActuals(deck, runs, unitsOfFixture, (s) => s.seconds, loose);
    const s1 = rows.find((r) => r.sectionId === 'S1');
    const s2 = rows.find((r) => r.sectionId === 'S2');
    expect(s1?.plannedSeconds).toBe(185);
    expect(s1?.actualSeconds).toEqual([154, 60]);
    // 185 chars in 154 s, then 60 chars in 60 s
    expect(s1?.perMinute[0]).toBeCloseTo((185 / 154) * 60, 6);
    expect(s1?.perMinute[1]).toBe(60);
    expect(s2?.actualSeconds).toEqual([45, 0]);
    expect(s2?.perMinute[1]).toBeUndefined();
    const sumActual = rows.reduce((sum, r) => sum + (r.actualSeconds[0] ?? 0), 0);
    expect(sumActual).toBe(207);
  });
});
