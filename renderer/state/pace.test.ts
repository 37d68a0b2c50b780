import { describe, expect, it } from 'vitest';
import { computePace, formatDuration, paceLevel } from './pace.ts';
import { initialState, reduce, withDeck, type DeckShape } from './presentation.ts';

const slides = [
  { seconds: 30 },
  { seconds: 10, sectionId: 'A' },
  { seconds: 60, sectionId: 'A' },
  { seconds: 60, sectionId: 'A' },
  { seconds: 10, sectionId: 'B' },
];
const shape: DeckShape = { ids: ['t', 'a', 'a1', 'a2', 'b'], sectionIds: [null, 'A', 'A', 'A', 'B'], fragments: [0, 0, 0, 0, 0] };

describe('pace', () => {
  it('is on plan while the speaker keeps to the planned seconds', () => {
    let s = reduce(withDeck(initialState(), shape), { type: 'start' }, shape, 0);
    s = reduce(s, { type: 'goto', index: 1 }, shape, 30_000);
    s = reduce(s, { type: 'goto', index: 2 }, shape, 40_000);
    const p = computePace(s, slides, 70_000, 200);
    expect(p.overall.deltaSeconds).toBe(0);
    expect(p.section.deltaSeconds).toBe(0);
    expect(p.slide.deltaSeconds).toBe(-30);
    expect(p.leftSeconds).toBe(130);
    expect(p.overall.level).toBe('ok');
  });

  it('counts overtime on the slide and in the section as behind, with levels', () => {
    let s = reduce(withDeck(initialState(), shape), { type: 'start' }, shape, 0);
    s = reduce(s, { type: 'goto', index: 1 }, shape, 30_000);
    s = reduce(s, { type: 'goto', index: 2 }, shape, 60_000); // 20 s over on the section slide
    const p = computePace(s, slides, 140_000); // 80 s on a 60 s slide
    expect(p.slide.deltaSeconds).toBe(20);
    expect(p.slide.level).toBe('late');
    expect(p.section.deltaSeconds).toBe(40);
    expect(p.section.level).toBe('late');
    expect(p.overall.deltaSeconds).toBe(40);
    expect(p.overall.level).toBe('warn');
    expect(p.targetSeconds).toBe(170);
  });

  it('shows ahead of plan as a negative delta when slides go faster than planned', () => {
    let s = reduce(withDeck(initialState(), shape), { type: 'start' }, shape, 0);
    s = reduce(s, { type: 'goto', index: 3 }, shape, 20_000);
    const p = computePace(s, slides, 20_000);
    expect(p.overall.deltaSeconds).toBe(20 - 100);
    expect(p.overall.level).toBe('ok');
  });

  it('does not count a pause', () => {
    let s = reduce(withDeck(initialState(), shape), { type: 'start' }, shape, 0);
    s = reduce(s, { type: 'pause' }, shape, 10_000);
    expect(computePace(s, slides, 600_000).elapsedSeconds).toBe(10);
  });

  it('formats durations and levels', () => {
    expect(formatDuration(75)).toBe('01:15');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(-61.5)).toBe('-01:01');
    expect(paceLevel(0, 10)).toBe('ok');
    expect(paceLevel(10, 10)).toBe('warn');
    expect(paceLevel(11, 10)).toBe('late');
  });
});
