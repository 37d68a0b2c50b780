/**
 * Where the audience and presenter windows go for a given set of displays. Pure:
 * the Electron part (displays.ts) feeds it `screen.getAllDisplays()` and applies the
 * result, at start and whenever a display is added, removed or changes.
 *
 * All rectangles are in Electron's device-independent pixels (DIP), as `screen`
 * reports them, whatever each display's scale factor.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The subset of Electron's `Display` placement needs. */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
  scaleFactor: number;
  /** True for a laptop's built-in panel, where the OS says so. */
  internal?: boolean;
}

export interface WindowPlacement {
  displayId: number;
  bounds: Rect;
  fullscreen: boolean;
}

export interface Placement {
  /** `show`: audience fullscreen on its own display. `rehearsal`: one display, both as windows. */
  layout: 'show' | 'rehearsal';
  audience: WindowPlacement;
  presenter: WindowPlacement;
}

export interface PlacementRequest {
  displays: readonly DisplayInfo[];
  primaryId: number;
  /** The operator swapped the views (audience on the laptop, presenter on the external display). */
  swapped?: boolean;
  /**
   * The hall's display chosen before, kept while connected (a display plugged in later
   * does not move the show) and remembered across an unplug, so the hall returns to it.
   */
  hallDisplayId?: number;
  /** The audience's aspect ratio for the rehearsal window (width / height). */
  aspect?: number;
}

/**
 * The smallest each window may be made (windows.ts gives them to Electron as minWidth/minHeight).
 * Presenter and audience side by side must fit a 1280-wide work area, or Electron's minimum
 * would push one over the other.
 */
export const WINDOW_MINIMUMS = {
  presenter: { width: 640, height: 480 },
  audience: { width: 480, height: 270 },
} as const;

/** The operator's display: the built-in panel if the OS reports one, else the primary display. */
export function operatorDisplay(displays: readonly DisplayInfo[], primaryId: number): DisplayInfo {
  const first = displays[0];
  if (!first) throw new Error('placement needs at least one display');
  return displays.find((d) => d.internal) ?? displays.find((d) => d.id === primaryId) ?? first;
}

/**
 * The hall's display among the others: the one the audience already uses if still
 * there, else the largest in physical pixels (a projector or LED wall rather than a
 * small confidence monitor), ties broken left to right.
 */
export function hallDisplay(others: readonly DisplayInfo[], hallDisplayId?: number): DisplayInfo | undefined {
  const kept = others.find((d) => d.id === hallDisplayId);
  if (kept) return kept;
  const physicalArea = (d: DisplayInfo) => d.bounds.width * d.bounds.height * d.scaleFactor * d.scaleFactor;
  return [...others].sort((a, b) => physicalArea(b) - physicalArea(a) || a.bounds.x - b.bounds.x)[0];
}

export function placeWindows(request: PlacementRequest): Placement {
  const { displays, primaryId, swapped = false, hallDisplayId, aspect = 16 / 9 } = request;
  const operator = operatorDisplay(displays, primaryId);
  const hall = hallDisplay(
    displays.filter((d) => d.id !== operator.id),
    hallDisplayId,
  );

  if (!hall) return rehearsalLayout(operator, aspect);

  const [audienceOn, presenterOn] = swapped ? [operator, hall] : [hall, operator];
  return {
    layout: 'show',
    audience: { displayId: audienceOn.id, bounds: { ...audienceOn.bounds }, fullscreen: true },
    presenter: { displayId: presenterOn.id, bounds: { ...presenterOn.workArea }, fullscreen: false },
  };
}

/**
 * One display: presenter on the left, audience on the right at the deck's aspect
 * ratio, both inside the work area (taskbar and menu bar stay visible).
 */
function rehearsalLayout(display: DisplayInfo, aspect: number): Placement {
  const area = display.workArea;
  const { presenter: presenterMin, audience: audienceMin } = WINDOW_MINIMUMS;
  // Half each, but never under a window's minimum (Electron would enlarge it over the other).
  const presenterWidth = Math.min(area.width, Math.max(presenterMin.width, Math.floor(area.width / 2)));
  const presenter: Rect = { x: area.x, y: area.y, width: presenterWidth, height: area.height };

  const audienceWidth = Math.min(area.width, Math.max(audienceMin.width, area.width - presenterWidth));
  const audienceHeight = Math.min(area.height, Math.max(audienceMin.height, Math.round(audienceWidth / aspect)));
  const audience: Rect = {
    x: area.x + area.width - audienceWidth,
    y: area.y + Math.floor((area.height - audienceHeight) / 2),
    width: audienceWidth,
    height: audienceHeight,
  };
  return {
    layout: 'rehearsal',
    audience: { displayId: display.id, bounds: audience, fullscreen: false },
    presenter: { displayId: display.id, bounds: presenter, fullscreen: false },
  };
}

/** Where a window is now, as the mover reads it from Electron. */
export interface WindowState {
  fullscreen: boolean;
  /** The display it is on (screen.getDisplayMatching of its bounds). */
  displayId: number;
  bounds: Rect;
}

/**
 * Whether a window already is where the placement wants it: fullscreen on the right
 * display, or windowed with exactly those bounds. Moving a window that is already in place
 * would take the hall out of fullscreen and back in front of the audience.
 */
export function isPlaced(current: WindowState, target: WindowPlacement): boolean {
  if (target.fullscreen) return current.fullscreen && current.displayId === target.displayId;
  return !current.fullscreen && sameRect(current.bounds, target.bounds);
}

/**
 * Which `display-metrics-changed` calls for re-placing: a display's size, position or scale
 * factor. A work-area change alone (a taskbar shown, the macOS menu bar hidden by a window
 * going fullscreen) must move nothing.
 */
export function metricsChangeMatters(changedMetrics: readonly string[]): boolean {
  return changedMetrics.includes('bounds') || changedMetrics.includes('scaleFactor');
}

/**
 * The work area to lay windows out in. On macOS a fullscreen window takes its display's menu
 * bar and Dock away, so while the hall's window is fullscreen on a display, `workArea` is the
 * whole display; a presenter placed by that would cover the menu bar once the hall leaves.
 * So the work area seen while none of our windows was fullscreen there is remembered and used.
 */
export function workAreaBesideFullscreen(display: DisplayInfo, ourFullscreenHere: boolean, remembered: Map<number, Rect>): Rect {
  if (!ourFullscreenHere) {
    remembered.set(display.id, { ...display.workArea });
    return display.workArea;
  }
  return remembered.get(display.id) ?? display.workArea;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
