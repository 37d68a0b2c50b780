import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextSpeed, ScrollTrack, unitsPerMs } from './track.ts';

// Slide a: a 40 px marker (no reading) then 200 px holding 100 characters; slide b: marker, then 100 px of 20 characters.
const blocks = [
  { slideId: 'a', top: 0, height: 40, units: 0 },
  { slideId: 'a', top: 40, height: 200, units: 100 },
  { slideId: 'b', top: 280, height: 40, units: 0 },
  { slideId: 'b', top: 320, height: 100, units: 20 },
];

describe('scroll track', () => {
  const track = new ScrollTrack(blocks);

  it('passes markers and gaps in no reading time and text at its own density', () => {
    expect(track.totalUnits).toBe(120);
    expect(track.height).toBe(420);
    expect(track.positionAt(0)).toBe(40); // the first character, past a's marker
    expect(track.positionAt(-3)).toBe(40);
    expect(track.positionAt(50)).toBe(140); // halfway through a's text
    expect(track.positionAt(100)).toBe(320); // end of a's text jumps the gap and b's marker
    expect(track.positionAt(110)).toBe(370); // b: 5 px per character, a: 2 px per character
    expect(track.positionAt(500)).toBe(420);
  });

  it('maps positions back to progress', () => {
    expect(track.unitsAt(140)).toBe(50);
    expect(track.unitsAt(300)).toBe(100);
    expect(track.unitsAt(370)).toBe(110);
    expect(track.unitsAt(-5)).toBe(0);
    expect(track.unitsAt(9999)).toBe(120);
  });

  it('knows which slide is at the reading line, the next one from its first character', () => {
    expect(track.slideAt(0)?.slideId).toBe('a');
    expect(track.slideAt(99.9)?.slideId).toBe('a');
    expect(track.slideAt(100)?.slideId).toBe('b');
    expect(track.span('b')).toEqual({ slideId: 'b', start: 100, end: 120, top: 280 });
  });

  it('position is monotonic and unitsAt inverts it', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 120, noNaN: true }), fc.double({ min: 0, max: 120, noNaN: true }), (u1, u2) => {
        const [lo, hi] = u1 <= u2 ? [u1, u2] : [u2, u1];
        expect(track.positionAt(lo)).toBeLessThanOrEqual(track.positionAt(hi));
        expect(track.unitsAt(track.positionAt(lo))).toBeCloseTo(lo, 6);
      }),
    );
  });

  it('an empty deck gives an empty track', () => {
    const empty = new ScrollTrack([]);
    expect(empty.positionAt(10)).toBe(0);
    expect(empty.slideAt(0)).toBeUndefined();
  });
});

describe('speed', () => {
  it('converts a per-minute rate and speed factor to units per ms', () => {
    expect(unitsPerMs(240, 1)).toBe(0.004);
    expect(unitsPerMs(240, 1.5)).toBeCloseTo(0.006, 12);
  });

  it('steps by 10 % within bounds', () => {
    expect(nextSpeed(1, 1)).toBe(1.1);
    expect(nextSpeed(1, -1)).toBe(0.91);
    expect(nextSpeed(4, 1)).toBe(4);
    expect(nextSpeed(0.25, -1)).toBe(0.25);
  });
});
