/**
 * One window per view, all made with the one hardened webPreferences factory and
 * loaded from the app's own scheme. A view that crashes is reloaded in place
 * (the presentation state lives in the other views and comes back over the sync channel).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import type { ViewName } from '../common/contract.ts';
import { EVENT_CHANNELS, type EventKey, type EventPayload } from '../common/ipc.ts';
import { VIEW_PAGES, viewUrl } from './app-url.ts';
import type { AppPaths } from './paths.ts';
import { WINDOW_MINIMUMS } from './placement.ts';
import { secureWebPreferences } from './security-policy.ts';

export type WindowView = Exclude<ViewName, 'print'>;

const WINDOW_DEFAULTS: { readonly [V in WindowView]: BrowserWindowConstructorOptions } = {
  // Minimums from placement.ts, whose one-display layout fits both side by side within them.
  presenter: { width: 1280, height: 800, minWidth: WINDOW_MINIMUMS.presenter.width, minHeight: WINDOW_MINIMUMS.presenter.height, backgroundColor: '#ffffff' },
  // The hall sees no menu bar and no flash of white before the first slide.
  audience: {
    width: 960,
    height: 540,
    minWidth: WINDOW_MINIMUMS.audience.width,
    minHeight: WINDOW_MINIMUMS.audience.height,
    backgroundColor: '#000000',
    autoHideMenuBar: true,
  },
  teleprompter: { width: 1100, height: 760, backgroundColor: '#000000', autoHideMenuBar: true },
  rehearsal: { width: 1100, height: 800, backgroundColor: '#ffffff' },
  editor: { width: 1440, height: 900, minWidth: 1000, minHeight: 600, backgroundColor: '#f3f4f6' },
};

export interface ViewWindowsOptions {
  paths: AppPaths;
  /** `--podium-info=…`, read by the preload for Host.info(). */
  infoArgument: string;
  devTools: boolean;
}

export class ViewWindows {
  private readonly windows = new Map<WindowView, BrowserWindow>();
  private readonly createdListeners: Array<(view: WindowView, window: BrowserWindow) => void> = [];
  /** Every web contents made by createWindow (views and hidden print windows): the only ones IPC answers. */
  private readonly owned = new WeakSet<WebContents>();

  constructor(private readonly options: ViewWindowsOptions) {}

  /** Views whose page is in the renderer build (the menu disables the others). */
  availableViews(): Set<ViewName> {
    return new Set((Object.keys(VIEW_PAGES) as ViewName[]).filter((view) => existsSync(path.join(this.options.paths.renderer, VIEW_PAGES[view]))));
  }

  onCreated(listener: (view: WindowView, window: BrowserWindow) => void): void {
    this.createdListeners.push(listener);
  }

  get(view: WindowView): BrowserWindow | undefined {
    const window = this.windows.get(view);
    return window && !window.isDestroyed() ? window : undefined;
  }

  entries(): Array<[WindowView, BrowserWindow]> {
    return [...this.windows].filter(([, window]) => !window.isDestroyed());
  }

  /** Which view a web contents belongs to, if it is one of ours. */
  viewOf(contents: WebContents): WindowView | undefined {
    return this.entries().find(([, window]) => window.webContents === contents)?.[0];
  }

  /** A window with the app's secure preferences; used for views and for hidden print windows. */
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow {
    const window = new BrowserWindow({
      ...options,
      webPreferences: secureWebPreferences({
        preload: this.options.paths.preload,
        additionalArguments: [this.options.infoArgument],
        devTools: this.options.devTools,
      }),
    });
    this.owned.add(window.webContents);
    return window;
  }

  owns(contents: WebContents): boolean {
    return this.owned.has(contents);
  }

  /** Shows the view (restored if minimised, focused), creating its window the first time. */
  open(view: WindowView): { window: BrowserWindow; created: boolean } {
    const existing = this.get(view);
    if (existing) {
      if (existing.isMinimized()) existing.restore();
      existing.show();
      existing.focus();
      return { window: existing, created: false };
    }
    // Hidden until painted; displays.ts then moves presenter and audience onto their displays.
    const window = this.createWindow({ ...WINDOW_DEFAULTS[view], show: false });
    this.windows.set(view, window);
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (this.windows.get(view) === window) this.windows.delete(view);
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason !== 'clean-exit' && !window.isDestroyed()) {
        console.error(`podium: the ${view} view's renderer ${details.reason} (exit ${details.exitCode}); reloading it`);
        window.reload();
      }
    });
    for (const listener of this.createdListeners) listener(view, window);
    void window.loadURL(viewUrl(view));
    return { window, created: true };
  }

  /** Sends a Host event to some views (all by default). */
  send<K extends EventKey>(key: K, payload: EventPayload<K>, views?: readonly WindowView[]): void {
    for (const [view, window] of this.entries()) {
      if (views && !views.includes(view)) continue;
      window.webContents.send(EVENT_CHANNELS[key], payload);
    }
  }
}
