import { describe, expect, it } from 'vitest';
import {
  elapsedMs, initialState, isCommand, isPaused, isPresentationState, reduce, withDeck,
  type Command, type DeckShape, type PresentationState,
} from './presentation.ts';

const shape: DeckShape = {
  ids: ['title', 's1', 'c1', 'c2', 's2', 'c3'],
  sectionIds: [null, 'A', 'A', 'A', 'B', 'B'],
  fragments: [0, 0, 2, 0, 0, 0],
};

function run(commands: Command[], start: PresentationState = withDeck(initialState(), shape), t0 = 1_000): PresentationState {
  return commands.reduce((s, c, i) => reduce(s, c, shape, t0 + i * 1_000), start);
}

describe('presentation reducer', () => {
  it('starts on the hold screen with the clock stopped; the first clicker press shows the first slide and starts the clock', () => {
    const s0 = withDeck(initialState(), shape);
    expect(s0.screen).toBe('hold');
    expect(s0.slideId).toBe('title');
    expect(s0.started).toBe(false);
    const s1 = reduce(s0, { type: 'next' }, shape, 5_000);
    expect(s1.screen).toBe('slides');
    expect(s1.slideIndex).toBe(0);
    expect(s1.started).toBe(true);
    expect(s1.clock.runningSince).toBe(5_000);
    expect(s1.seq).toBeGreaterThan(s0.seq);
  });

  it('steps through fragments before moving on, and back again showing all fragments of the previous slide', () => {
    const s = run([{ type: 'next' }, { type: 'goto', index: 2 }]);
    expect([s.slideIndex, s.fragment]).toEqual([2, -1]);
    const f0 = reduce(s, { type: 'next' }, shape, 10_000);
    const f1 = reduce(f0, { type: 'next' }, shape, 10_000);
    const n = reduce(f1, { type: 'next' }, shape, 10_000);
    expect([f0.fragment, f1.fragment, n.slideIndex, n.fragment]).toEqual([0, 1, 3, -1]);
    const back = reduce(n, { type: 'prev' }, shape, 10_000);
    expect([back.slideIndex, back.fragment]).toEqual([2, 1]);
  });

  it('clamps at both ends and leaves the state untouched there', () => {
    const atStart = run([{ type: 'next' }]);
    expect(reduce(atStart, { type: 'prev' }, shape, 9_000)).toBe(atStart);
    const atEnd = run([{ type: 'next' }, { type: 'last' }]);
    expect(atEnd.slideIndex).toBe(5);
    expect(reduce(atEnd, { type: 'next' }, shape, 9_000)).toBe(atEnd);
    expect(run([{ type: 'next' }, { type: 'goto', index: 99 }]).slideIndex).toBe(5);
    expect(run([{ type: 'next' }, { type: 'goto', index: -4 }]).slideIndex).toBe(0);
  });

  it('black, white and hold toggle; a clicker press on a blank screen brings the slide back without moving', () => {
    const s = run([{ type: 'next' }, { type: 'goto', index: 3 }, { type: 'screen', screen: 'black' }]);
    expect(s.screen).toBe('black');
    const back = reduce(s, { type: 'next' }, shape, 20_000);
    expect([back.screen, back.slideIndex]).toEqual(['slides', 3]);
    const white = reduce(back, { type: 'screen', screen: 'white' }, shape, 20_000);
    expect(white.screen).toBe('white');
    expect(reduce(white, { type: 'screen', screen: 'white' }, shape, 20_000).screen).toBe('slides');
    const hold = reduce(white, { type: 'screen', screen: 'hold' }, shape, 20_000);
    expect(hold.screen).toBe('hold');
  });

  it('lets the operator jump behind a black screen without showing the hall', () => {
    const s = run([{ type: 'next' }, { type: 'screen', screen: 'black' }, { type: 'gotoId', id: 'c3' }]);
    expect([s.screen, s.slideIndex, s.slideId]).toEqual(['black', 5, 'c3']);
  });

  it('pauses and resumes the clock, excluding the pause from elapsed time', () => {
    let s = reduce(withDeck(initialState(), shape), { type: 'start' }, shape, 0);
    s = reduce(s, { type: 'pause' }, shape, 10_000);
    expect(isPaused(s)).toBe(true);
    expect(elapsedMs(s.clock, 60_000)).toBe(10_000);
    s = reduce(s, { type: 'togglePause' }, shape, 60_000);
    expect(isPaused(s)).toBe(false);
    expect(elapsedMs(s.clock, 65_000)).toBe(15_000);
    s = reduce(s, { type: 'resetClock' }, shape, 70_000);
    expect(elapsedMs(s.clock, 71_000)).toBe(1_000);
  });

  it('records when the slide and the section were entered, on the clock', () => {
    let s = reduce(withDeck(initialState(), shape), { type: 'next' }, shape, 0);
    s = reduce(s, { type: 'goto', index: 1 }, shape, 5_000);
    s = reduce(s, { type: 'next' }, shape, 8_000);
    expect([s.sectionId, s.sectionEnteredMs, s.slideEnteredMs]).toEqual(['A', 5_000, 8_000]);
  });

  it('keeps the slide by stable id across a new deck, or the position when the slide is gone', () => {
    const s = run([{ type: 'next' }, { type: 'goto', index: 3 }]);
    const inserted: DeckShape = { ids: ['title', 'new', 's1', 'c1', 'c2', 's2', 'c3'], sectionIds: [null, null, 'A', 'A', 'A', 'B', 'B'], fragments: [0, 0, 0, 2, 0, 0, 0] };
    expect(withDeck(s, inserted).slideIndex).toBe(4);
    const removed: DeckShape = { ids: ['title', 's1', 'c1', 'cX', 's2'], sectionIds: [null, 'A', 'A', 'A', 'B'], fragments: [0, 0, 0, 0, 0] };
    const r = withDeck(s, removed);
    expect([r.slideIndex, r.slideId]).toEqual([3, 'cX']);
    const short: DeckShape = { ids: ['title'], sectionIds: [null], fragments: [0] };
    expect(withDeck(s, short).slideIndex).toBe(0);
  });

  it('validates what arrives over the channel', () => {
    expect(isPresentationState(initialState())).toBe(true);
    expect(isPresentationState({ ...initialState(), screen: 'red' })).toBe(false);
    expect(isPresentationState(null)).toBe(false);
    expect(isCommand({ type: 'goto', index: 3 })).toBe(true);
    expect(isCommand({ type: 'goto', index: '3' })).toBe(false);
    expect(isCommand({ type: 'screen', screen: 'slides' })).toBe(false);
    expect(isCommand({ type: 'eval' })).toBe(false);
  });
});
