/**
 * Moves one window to where placement.ts wants it, the way Electron lets a window be moved:
 *
 * - a fullscreen window ignores setBounds, so it leaves fullscreen first;
 * - the next step waits for `leave-full-screen` / `enter-full-screen`, and runs on a later
 *   turn: on Windows the event fires *inside* setFullScreen, before the state has changed;
 *   on macOS the transition is an animation (setBounds during it is ignored, and a new request
 *   is queued); on Linux the window manager answers when it likes;
 * - a window already where it belongs is left alone (no fullscreen flicker in front of the hall);
 * - one move at a time per window: a new target given mid-move replaces the old one, and the
 *   running move picks it up at its next step.
 *
 * No `electron` import: the window is anything with BrowserWindow's few methods used here, so the
 * unit tests drive it with the strict stand-in's windows on each platform.
 */
import { isPlaced, type Rect, type WindowPlacement } from './placement.ts';

export interface MovableWindow {
  isDestroyed(): boolean;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
  getBounds(): Rect;
  setBounds(bounds: Rect): void;
  once(event: 'enter-full-screen' | 'leave-full-screen' | 'closed', listener: () => void): unknown;
  removeListener(event: 'enter-full-screen' | 'leave-full-screen' | 'closed', listener: () => void): unknown;
}

export interface MoverOptions {
  /** The display a rectangle is on (Electron: screen.getDisplayMatching(rect).id). */
  displayOf(bounds: Rect): number;
  /** How long to wait for a fullscreen event that a window manager may never send. */
  eventTimeoutMs?: number;
  /** Steps tried for one target before giving up (a window manager that refuses fullscreen). */
  maxSteps?: number;
  warn?(message: string): void;
}

const DEFAULT_EVENT_TIMEOUT_MS = 1500;
const DEFAULT_MAX_STEPS = 6;

export class WindowMover {
  private target: WindowPlacement | undefined;
  private busy = false;
  private steps = 0;
  private readonly settledListeners: Array<() => void> = [];

  constructor(
    private readonly window: MovableWindow,
    private readonly options: MoverOptions,
  ) {}

  /** Starts moving toward `target`, or redirects the move under way. */
  moveTo(target: WindowPlacement): void {
    this.target = target;
    this.steps = 0;
    if (!this.busy) this.step();
  }

  /** True while a move waits on the window (tests and callers that must not overlap). */
  isMoving(): boolean {
    return this.busy;
  }

  /** Resolves when no move is under way. */
  settled(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.settledListeners.push(resolve));
  }

  private finish(): void {
    this.busy = false;
    this.target = undefined;
    for (const listener of this.settledListeners.splice(0)) listener();
  }

  private step(): void {
    const { window } = this;
    const target = this.target;
    if (!target || window.isDestroyed()) return this.finish();
    const fullscreen = window.isFullScreen();
    const bounds = window.getBounds();
    if (isPlaced({ fullscreen, bounds, displayId: this.options.displayOf(bounds) }, target)) return this.finish();
    this.steps += 1;
    if (this.steps > (this.options.maxSteps ?? DEFAULT_MAX_STEPS)) {
      (this.options.warn ?? console.warn)(`podium: a window could not be placed on display ${target.displayId} (the window manager did not follow); left where it is`);
      return this.finish();
    }
    this.busy = true;
    if (fullscreen) {
      // setBounds would be ignored: leave fullscreen, then come back here.
      this.after('leave-full-screen', () => window.setFullScreen(false));
      return;
    }
    window.setBounds(target.bounds);
    if (target.fullscreen) {
      this.after('enter-full-screen', () => window.setFullScreen(true));
      return;
    }
    this.finish();
  }

  /** Runs `request`, then the next step on a later turn once `event` fired (or timed out). */
  private after(event: 'enter-full-screen' | 'leave-full-screen', request: () => void): void {
    let done = false;
    const next = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      this.window.removeListener(event, next);
      this.window.removeListener('closed', next);
      // Windows emits the event before the state changes: look again only once setFullScreen has returned.
      setTimeout(() => this.step(), 0);
    };
    const timer = setTimeout(next, this.options.eventTimeoutMs ?? DEFAULT_EVENT_TIMEOUT_MS);
    this.window.once(event, next);
    this.window.once('closed', next);
    request();
  }
}
