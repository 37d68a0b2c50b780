/**
 * Puts the audience and presenter windows on their displays (placement.ts decides)
 * at start, on swap, and whenever a display is plugged in, unplugged or changes
 * resolution. Windows are moved, never recreated, so the presentation state and
 * the current slide survive any change of displays.
 */
import { screen, type BrowserWindow } from 'electron';
import { placeWindows, type DisplayInfo, type Placement, type WindowPlacement } from './placement.ts';
import type { ViewWindows } from './windows.ts';

export interface DisplayControl {
  /** Re-places both windows for the displays connected now. */
  apply(): Placement;
  /** Audience ↔ presenter between the two displays (nothing to do with one display). */
  swap(): void;
  canSwap(): boolean;
  /** Called after every placement (the menu enables Swap only with two displays). */
  onChange(listener: (placement: Placement) => void): void;
}

function connectedDisplays(): DisplayInfo[] {
  return screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds, workArea: d.workArea, scaleFactor: d.scaleFactor, internal: d.internal }));
}

const LEAVE_FULLSCREEN_TIMEOUT_MS = 1000;

function moveWindow(window: BrowserWindow, target: WindowPlacement): void {
  const place = () => {
    if (window.isDestroyed()) return;
    window.setBounds(target.bounds);
    if (target.fullscreen) window.setFullScreen(true);
  };
  // A fullscreen window ignores setBounds: leave fullscreen first, move, then re-enter on the new display.
  if (window.isFullScreen()) {
    let placed = false;
    const placeOnce = () => {
      if (placed) return;
      placed = true;
      place();
    };
    window.once('leave-full-screen', placeOnce);
    window.setFullScreen(false);
    // Should the window manager never confirm leaving fullscreen, move the window anyway.
    setTimeout(placeOnce, LEAVE_FULLSCREEN_TIMEOUT_MS);
  } else {
    place();
  }
}

export function setupDisplays(windows: ViewWindows, deckAspect: () => number): DisplayControl {
  let swapped = false;
  let audienceDisplayId: number | undefined;
  const listeners: Array<(placement: Placement) => void> = [];

  const apply = (): Placement => {
    const placement = placeWindows({
      displays: connectedDisplays(),
      primaryId: screen.getPrimaryDisplay().id,
      swapped,
      audienceDisplayId,
      aspect: deckAspect(),
    });
    audienceDisplayId = placement.audience.displayId;
    if (placement.layout === 'rehearsal') swapped = false;
    const audience = windows.get('audience');
    const presenter = windows.get('presenter');
    if (audience) moveWindow(audience, placement.audience);
    if (presenter) moveWindow(presenter, placement.presenter);
    for (const listener of listeners) listener(placement);
    return placement;
  };

  const onDisplaysChanged = () => {
    apply();
  };
  screen.on('display-added', onDisplaysChanged);
  screen.on('display-removed', onDisplaysChanged);
  screen.on('display-metrics-changed', onDisplaysChanged);

  return {
    apply,
    swap() {
      if (connectedDisplays().length < 2) return;
      swapped = !swapped;
      // Let the placement choose afresh: the audience moves to the other display.
      audienceDisplayId = undefined;
      apply();
    },
    canSwap: () => connectedDisplays().length > 1,
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
