import { describe, expect, it } from 'vitest';
import { contains, isPlaced, metricsChangeMatters, placeWindows, WINDOW_MINIMUMS, workAreaBesideFullscreen, type DisplayInfo, type Rect, type WindowPlacement } from './placement.ts';

const laptop: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
  scaleFactor: 2,
  internal: true,
};
const projector: DisplayInfo = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1040 },
  scaleFactor: 1,
};
const confidenceMonitor: DisplayInfo = {
  id: 3,
  bounds: { x: -1280, y: 0, width: 1280, height: 720 },
  workArea: { x: -1280, y: 0, width: 1280, height: 720 },
  scaleFactor: 1,
};

describe('placeWindows', () => {
  it('one display: both as windows side by side inside the work area (rehearsal)', () => {
    const p = placeWindows({ displays: [laptop], primaryId: 1 });
    expect(p.layout).toBe('rehearsal');
    expect(p.audience.fullscreen).toBe(false);
    expect(p.presenter.fullscreen).toBe(false);
    expect(contains(laptop.workArea, p.audience.bounds)).toBe(true);
    expect(contains(laptop.workArea, p.presenter.bounds)).toBe(true);
    // presenter left, audience right, not overlapping
    expect(p.presenter.bounds.x + p.presenter.bounds.width).toBeLessThanOrEqual(p.audience.bounds.x);
    // audience keeps the deck's aspect ratio
    expect(p.audience.bounds.width / p.audience.bounds.height).toBeCloseTo(16 / 9, 1);
  });

  it('one display at 4:3 gives a 4:3 audience window', () => {
    const p = placeWindows({ displays: [laptop], primaryId: 1, aspect: 4 / 3 });
    expect(p.audience.bounds.width / p.audience.bounds.height).toBeCloseTo(4 / 3, 1);
  });

  it('two displays: audience fullscreen on the external one, presenter on the laptop', () => {
    const p = placeWindows({ displays: [laptop, projector], primaryId: 1 });
    expect(p.layout).toBe('show');
    expect(p.audience).toEqual({ displayId: 2, bounds: projector.bounds, fullscreen: true });
    expect(p.presenter).toEqual({ displayId: 1, bounds: laptop.workArea, fullscreen: false });
  });

  it('the built-in panel is the operator display even when the projector is primary', () => {
    const p = placeWindows({ displays: [projector, laptop], primaryId: 2 });
    expect(p.presenter.displayId).toBe(1);
    expect(p.audience.displayId).toBe(2);
  });

  it('without an internal flag the primary display is the operator display', () => {
    const desk = { ...laptop, internal: undefined };
    expect(placeWindows({ displays: [projector, desk], primaryId: 1 }).presenter.displayId).toBe(1);
    expect(placeWindows({ displays: [projector, desk], primaryId: 2 }).presenter.displayId).toBe(2);
  });

  it('swap puts the audience on the laptop and the presenter on the external display', () => {
    const p = placeWindows({ displays: [laptop, projector], primaryId: 1, swapped: true });
    expect(p.audience).toEqual({ displayId: 1, bounds: laptop.bounds, fullscreen: true });
    expect(p.presenter).toEqual({ displayId: 2, bounds: projector.workArea, fullscreen: false });
  });

  it('three displays: the audience takes the largest external display', () => {
    const p = placeWindows({ displays: [confidenceMonitor, laptop, projector], primaryId: 1 });
    expect(p.audience.displayId).toBe(2);
    expect(p.presenter.displayId).toBe(1);
  });

  it('three displays: a display plugged in later does not move the audience', () => {
    const p = placeWindows({ displays: [laptop, confidenceMonitor, projector], primaryId: 1, hallDisplayId: 3 });
    expect(p.audience.displayId).toBe(3);
  });

  it('the external display removed during the show: audience comes back as a window on the laptop', () => {
    const before = placeWindows({ displays: [laptop, projector], primaryId: 1 });
    const after = placeWindows({ displays: [laptop], primaryId: 1, hallDisplayId: before.audience.displayId });
    expect(after.layout).toBe('rehearsal');
    expect(after.audience.displayId).toBe(1);
    expect(after.audience.fullscreen).toBe(false);
    expect(contains(laptop.workArea, after.audience.bounds)).toBe(true);
  });

  it('the laptop removed (lid closed): the remaining display carries both views', () => {
    const p = placeWindows({ displays: [projector], primaryId: 2, hallDisplayId: 2 });
    expect(p.layout).toBe('rehearsal');
    expect(contains(projector.workArea, p.audience.bounds)).toBe(true);
    expect(contains(projector.workArea, p.presenter.bounds)).toBe(true);
  });

  it('scale factors: bounds stay in DIP (never multiplied), and physical size picks the hall display', () => {
    // A 4K monitor at 200% reports the same DIP size as a 1080p projector at 100%.
    const fourK: DisplayInfo = { ...confidenceMonitor, id: 4, bounds: { x: 3360, y: 0, width: 1920, height: 1080 }, workArea: { x: 3360, y: 0, width: 1920, height: 1040 }, scaleFactor: 2 };
    const p = placeWindows({ displays: [laptop, projector, fourK], primaryId: 1 });
    expect(p.audience.displayId).toBe(4);
    expect(p.audience.bounds).toEqual(fourK.bounds);
    const single = placeWindows({ displays: [{ ...laptop, scaleFactor: 1.25 }], primaryId: 1 });
    expect(contains(laptop.workArea, single.audience.bounds)).toBe(true);
  });

  it('a display at negative coordinates is placed where it is', () => {
    const p = placeWindows({ displays: [laptop, confidenceMonitor], primaryId: 1 });
    expect(p.audience.bounds.x).toBe(-1280);
  });

  it('no display at all is an error, not a silent placement', () => {
    expect(() => placeWindows({ displays: [], primaryId: 1 })).toThrow(/at least one display/);
  });
});

describe('rehearsal layout against the windows\' minimum sizes', () => {
  for (const width of [1280, 1366, 1440, 1536, 1920]) {
    it(`${width}-wide work area: neither window below its minimum, and they do not overlap`, () => {
      const display: DisplayInfo = { id: 9, bounds: { x: 0, y: 0, width, height: 800 }, workArea: { x: 0, y: 0, width, height: 760 }, scaleFactor: 1 };
      const p = placeWindows({ displays: [display], primaryId: 9 });
      expect(p.presenter.bounds.width).toBeGreaterThanOrEqual(WINDOW_MINIMUMS.presenter.width);
      expect(p.presenter.bounds.height).toBeGreaterThanOrEqual(WINDOW_MINIMUMS.presenter.height);
      expect(p.audience.bounds.width).toBeGreaterThanOrEqual(WINDOW_MINIMUMS.audience.width);
      expect(p.audience.bounds.height).toBeGreaterThanOrEqual(WINDOW_MINIMUMS.audience.height);
      expect(p.presenter.bounds.x + p.presenter.bounds.width).toBeLessThanOrEqual(p.audience.bounds.x);
      expect(contains(display.workArea, p.audience.bounds) && contains(display.workArea, p.presenter.bounds)).toBe(true);
    });
  }
});

describe('isPlaced', () => {
  const fullscreenOn2: WindowPlacement = { displayId: 2, bounds: projector.bounds, fullscreen: true };
  const windowed: WindowPlacement = { displayId: 1, bounds: laptop.workArea, fullscreen: false };

  it('a fullscreen target is met by fullscreen on that display, whatever the bounds', () => {
    expect(isPlaced({ fullscreen: true, displayId: 2, bounds: projector.bounds }, fullscreenOn2)).toBe(true);
    expect(isPlaced({ fullscreen: true, displayId: 1, bounds: laptop.bounds }, fullscreenOn2)).toBe(false);
    expect(isPlaced({ fullscreen: false, displayId: 2, bounds: projector.bounds }, fullscreenOn2)).toBe(false);
  });

  it('a windowed target needs the exact bounds and no fullscreen', () => {
    expect(isPlaced({ fullscreen: false, displayId: 1, bounds: { ...laptop.workArea } }, windowed)).toBe(true);
    expect(isPlaced({ fullscreen: false, displayId: 1, bounds: { ...laptop.workArea, width: 1000 } }, windowed)).toBe(false);
    expect(isPlaced({ fullscreen: true, displayId: 1, bounds: laptop.bounds }, windowed)).toBe(false);
  });
});

describe('metricsChangeMatters', () => {
  it('bounds and scale factor re-place the windows; a work-area change alone does not', () => {
    expect(metricsChangeMatters(['workArea'])).toBe(false);
    expect(metricsChangeMatters(['rotation'])).toBe(false);
    expect(metricsChangeMatters(['bounds', 'workArea'])).toBe(true);
    expect(metricsChangeMatters(['scaleFactor'])).toBe(true);
  });
});

describe('workAreaBesideFullscreen', () => {
  it('macOS: while our window is fullscreen on a display (menu bar hidden), the work area seen before it is used', () => {
    const remembered = new Map<number, Rect>();
    expect(workAreaBesideFullscreen(laptop, false, remembered)).toEqual(laptop.workArea);
    const hidden = { ...laptop, workArea: { ...laptop.bounds } };
    expect(workAreaBesideFullscreen(hidden, true, remembered)).toEqual(laptop.workArea);
    // never seen without fullscreen: what the display says
    expect(workAreaBesideFullscreen({ ...projector, workArea: projector.bounds }, true, remembered)).toEqual(projector.bounds);
  });
});
