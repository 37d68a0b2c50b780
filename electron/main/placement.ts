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
  /** The display the audience was on, kept when it is still connected so a new display does not move it. */
  audienceDisplayId?: number;
  /** The audience's aspect ratio for the rehearsal window (width / height). */
  aspect?: number;
}

const MIN_WIDTH = 480;
const MIN_HEIGHT = 320;

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
export function hallDisplay(others: readonly DisplayInfo[], audienceDisplayId?: number): DisplayInfo | undefined {
  const kept = others.find((d) => d.id === audienceDisplayId);
  if (kept) return kept;
  const physicalArea = (d: DisplayInfo) => d.bounds.width * d.bounds.height * d.scaleFactor * d.scaleFactor;
  return [...others].sort((a, b) => physicalArea(b) - physicalArea(a) || a.bounds.x - b.bounds.x)[0];
}

export function placeWindows(request: PlacementRequest): Placement {
  const { displays, primaryId, swapped = false, audienceDisplayId, aspect = 16 / 9 } = request;
  const operator = operatorDisplay(displays, primaryId);
  const hall = hallDisplay(
    displays.filter((d) => d.id !== operator.id),
    audienceDisplayId,
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
  const half = Math.floor(area.width / 2);
  const presenter: Rect = { x: area.x, y: area.y, width: Math.max(half, Math.min(MIN_WIDTH, area.width)), height: area.height };

  const audienceWidth = Math.max(Math.min(MIN_WIDTH, area.width), area.width - half);
  const audienceHeight = Math.max(Math.min(MIN_HEIGHT, area.height), Math.min(area.height, Math.round(audienceWidth / aspect)));
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

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
