import { describe, expect, it } from 'vitest';
import { assistRequest, initialFollow, operatorTookOver, slideShown, toggleAssist } from './follow.ts';
import { ScrollTrack } from './track.ts';

const track = new ScrollTrack([
  { slideId: 'a', top: 0, height: 100, units: 50 },
  { slideId: 'b', top: 100, height: 100, units: 50 },
  { slideId: 'c', top: 200, height: 100, units: 50 },
]);

describe('teleprompter following the show', () => {
  it('jumps to every slide change it did not cause', () => {
    let r = slideShown(initialFollow(false), 'a');
    expect(r.jumpTo).toBe('a');
    r = slideShown(r.state, 'c');
    expect(r.jumpTo).toBe('c');
    expect(slideShown(r.state, 'c').jumpTo).toBeUndefined();
  });

  it('in assist mode asks for the next slide when the reading line crosses into it, once', () => {
    let state = slideShown(initialFollow(true), 'a').state;
    expect(assistRequest(state, track, 49).goto).toBeUndefined();
    const asked = assistRequest(state, track, 50);
    expect(asked.goto).toBe('b');
    expect(assistRequest(asked.state, track, 51).goto).toBeUndefined(); // already asked, not yet shown
    const shown = slideShown(asked.state, 'b');
    expect(shown.jumpTo).toBeUndefined(); // our own change: the text is already there
    state = shown.state;
    expect(state.assistPaused).toBe(false);
    expect(assistRequest(state, track, 100).goto).toBe('c');
  });

  it('pauses assist when the operator navigates, by any route, until switched on again', () => {
    const state = slideShown(initialFollow(true), 'a').state;
    const moved = slideShown(state, 'c'); // PageDown in the presenter
    expect(moved.jumpTo).toBe('c');
    expect(moved.state.assistPaused).toBe(true);
    expect(assistRequest(moved.state, track, 120).goto).toBeUndefined();
    const resumed = toggleAssist(moved.state);
    expect(resumed).toMatchObject({ assist: true, assistPaused: false });
    expect(operatorTookOver(resumed).assistPaused).toBe(true);
    expect(toggleAssist(resumed).assist).toBe(false);
  });

  it('does nothing with assist off', () => {
    const state = slideShown(initialFollow(false), 'a').state;
    expect(assistRequest(state, track, 120).goto).toBeUndefined();
  });
});
