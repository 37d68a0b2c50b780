/**
 * Puts the audience and presenter windows on their displays (placement.ts decides,
 * window-mover.ts moves) at start, on swap, and when a display is plugged in, unplugged
 * or changes size or scale. Windows are moved, never recreated, so the presentation state
 * and the current slide survive any change of displays; a window already in place is not
 * touched, so the hall never sees its screen leave fullscreen for nothing.
 */
import { dialog, screen, type BrowserWindow } from 'electron';
import type { UiLang } from '../common/contract.ts';
import { t } from '../common/i18n.ts';
import { metricsChangeMatters, placeWindows, workAreaBesideFullscreen, type DisplayInfo, type Placement, type Rect } from './placement.ts';
import { WindowMover } from './window-mover.ts';
import type { ViewWindows } from './windows.ts';

type PlacedView = 'audience' | 'presenter';

export interface DisplayControl {
  /** Places the windows (both by default) for the displays connected now. */
  apply(views?: readonly PlacedView[]): Placement;
  /** Audience ↔ presenter between the two displays (nothing to do with one display). */
  swap(): void;
  canSwap(): boolean;
  /** Called after every placement (the menu enables Swap only with two displays). */
  onChange(listener: (placement: Placement) => void): void;
}

export function setupDisplays(windows: ViewWindows, deckAspect: () => number): DisplayControl {
  const workAreas = new Map<number, Rect>();
  const connectedDisplays = (): DisplayInfo[] => {
    const fullscreenOn = new Set(
      windows
        .entries()
        .filter(([, window]) => window.isFullScreen())
        .map(([, window]) => screen.getDisplayMatching(window.getBounds()).id),
    );
    return screen.getAllDisplays().map((d) => {
      const info: DisplayInfo = { id: d.id, bounds: d.bounds, workArea: d.workArea, scaleFactor: d.scaleFactor, internal: d.internal };
      return { ...info, workArea: workAreaBesideFullscreen(info, fullscreenOn.has(d.id), workAreas) };
    });
  };
  let swapped = false;
  let hallDisplayId: number | undefined;
  const listeners: Array<(placement: Placement) => void> = [];
  const movers = new WeakMap<BrowserWindow, WindowMover>();
  const moverFor = (window: BrowserWindow) => {
    let mover = movers.get(window);
    if (!mover) {
      mover = new WindowMover(window, { displayOf: (bounds) => screen.getDisplayMatching(bounds).id });
      movers.set(window, mover);
    }
    return mover;
  };

  const apply = (views: readonly PlacedView[] = ['audience', 'presenter']): Placement => {
    const placement = placeWindows({
      displays: connectedDisplays(),
      primaryId: screen.getPrimaryDisplay().id,
      swapped,
      hallDisplayId,
      aspect: deckAspect(),
    });
    if (placement.layout === 'show') hallDisplayId = swapped ? placement.presenter.displayId : placement.audience.displayId;
    // One display left: the swap means nothing; the hall's display is remembered for when it returns.
    else swapped = false;
    for (const view of views) {
      const window = windows.get(view);
      if (window) moverFor(window).moveTo(placement[view]);
    }
    for (const listener of listeners) listener(placement);
    return placement;
  };

  screen.on('display-added', () => apply());
  screen.on('display-removed', () => apply());
  screen.on('display-metrics-changed', (_event, _display, changedMetrics) => {
    if (metricsChangeMatters(changedMetrics)) apply();
  });

  return {
    apply,
    swap() {
      if (connectedDisplays().length < 2) return;
      swapped = !swapped;
      apply();
    },
    canSwap: () => connectedDisplays().length > 1,
    onChange(listener) {
      listeners.push(listener);
    },
  };
}

/** Native Wayland without XWayland (display-server.ts): the operator has to place the hall's window. */
export async function reportPlacementLimit(lang: UiLang): Promise<void> {
  await dialog.showMessageBox({
    type: 'warning',
    message: t(lang, 'dialog.waylandPlacement'),
    detail: t(lang, 'dialog.waylandPlacement.detail'),
    buttons: [t(lang, 'dialog.ok')],
  });
}
