/**
 * A stand-in for the `electron` module, for tests only (Electron's binary cannot run
 * here). It is meant to be no kinder than Electron 45, following its documented
 * behaviour and its source (electron/electron: shell/browser/native_window_views.cc,
 * native_window_mac.mm, ui/cocoa/electron_ns_window_delegate.mm, lib/browser/api/menu.ts,
 * menu-item.ts, docs/api/*.md):
 *
 * - Fullscreen, per platform. Windows: `setFullScreen` emits `enter-`/`leave-full-screen`
 *   synchronously *before* the state changes (even when nothing changes). macOS: the
 *   transition is an animation; the state and the event come when it ends, a request made
 *   during it is queued, and `setBounds` is ignored while fullscreen or animating. Linux:
 *   the window manager answers later (state, then event); a hidden window cannot leave
 *   fullscreen. A fullscreen window ignores `setBounds` everywhere; sizes are clamped to the
 *   window's minimum.
 * - `screen` events carry their arguments: `display-added` (event, display),
 *   `display-removed` (event, display), `display-metrics-changed` (event, display, changedMetrics).
 *   Unplugging a display moves the windows on it to the primary display, as the OS does.
 * - `close()` emits `close` (cancellable) now and `closed` later; a destroyed window's methods
 *   throw "Object has been destroyed", as Electron's do.
 * - `Menu.buildFromTemplate` checks what Electron checks (array, label/role/type per item,
 *   submenus recursively) and what Electron silently ignores but we never want: unknown roles,
 *   types and accelerators it cannot parse.
 * - `webContents.send` structured-clones its arguments (a function or a class instance's
 *   prototype does not survive; a function throws).
 * - `app.requestSingleInstanceLock(additionalData)` keeps the data; `second-instance` and
 *   `open-file` are emitted by the test with Electron's arguments; `whenReady` resolves only
 *   when the test says the app is ready.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';

export type StandInPlatform = 'win32' | 'darwin' | 'linux';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StandInDisplay {
  id: number;
  bounds: Rect;
  workArea: Rect;
  scaleFactor: number;
  rotation: number;
  internal: boolean;
}

/** How long the stand-in's macOS fullscreen animation and Linux window-manager round trip take. */
export const MAC_FULLSCREEN_ANIMATION_MS = 30;
export const LINUX_WM_DELAY_MS = 5;

function destroyedError(): TypeError {
  return new TypeError('Object has been destroyed');
}

function area(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

// ---------------------------------------------------------------- accelerators

const MODIFIERS = new Set(['command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta']);
const NAMED_KEYS = new Set([
  'plus', 'space', 'tab', 'capslock', 'numlock', 'scrolllock', 'backspace', 'delete', 'insert', 'return', 'enter',
  'up', 'down', 'left', 'right', 'home', 'end', 'pageup', 'pagedown', 'escape', 'esc', 'volumeup', 'volumedown',
  'volumemute', 'medianexttrack', 'mediaprevioustrack', 'mediastop', 'mediaplaypause', 'printscreen',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
]);

/** Parses an accelerator as docs/api/accelerator.md describes it; throws on anything else. */
export function parseAccelerator(accelerator: string): { modifiers: string[]; key: string } {
  const parts = accelerator.split('+');
  // "Plus" is the key '+'; a literal trailing '+' ("Ctrl++") is not an accelerator.
  const key = parts.pop() ?? '';
  const modifiers = parts.map((m) => m.toLowerCase());
  for (const modifier of modifiers) if (!MODIFIERS.has(modifier)) throw new TypeError(`Invalid accelerator "${accelerator}": unknown modifier "${modifier}"`);
  const lower = key.toLowerCase();
  const ok = /^[a-z0-9]$/.test(lower) || /^f([1-9]|1[0-9]|2[0-4])$/.test(lower) || /^num[0-9]$/.test(lower) || NAMED_KEYS.has(lower) || /^[)!@#$%^&*(:;<=>,_\-.?/~`{}[\]|\\"']$/.test(key);
  if (!ok) throw new TypeError(`Invalid accelerator "${accelerator}": unknown key "${key}"`);
  return { modifiers, key: lower };
}

// ---------------------------------------------------------------- menus

const MENU_ROLES = new Set([
  'about', 'close', 'copy', 'cut', 'delete', 'forcereload', 'front', 'help', 'hide', 'hideothers', 'minimize', 'paste',
  'pasteandmatchstyle', 'quit', 'redo', 'reload', 'resetzoom', 'selectall', 'services', 'recentdocuments',
  'clearrecentdocuments', 'showsubstitutions', 'togglesmartquotes', 'togglesmartdashes', 'toggletextreplacement',
  'startspeaking', 'stopspeaking', 'toggledevtools', 'togglefullscreen', 'undo', 'unhide', 'window', 'zoom', 'zoomin',
  'zoomout', 'togglespellchecker', 'appmenu', 'filemenu', 'editmenu', 'viewmenu', 'windowmenu', 'sharemenu',
]);
const MENU_TYPES = new Set(['normal', 'separator', 'submenu', 'checkbox', 'radio', 'header', 'palette']);

export interface StandInMenuItem {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  enabled?: boolean;
  checked?: boolean;
  click?: (...args: unknown[]) => void;
  submenu?: StandInMenuItem[];
  [key: string]: unknown;
}

export class StandInMenu {
  constructor(readonly items: StandInMenuItem[]) {}
}

/** Menu.buildFromTemplate's checks (lib/browser/api/menu.ts, menu-item.ts), plus roles, types and accelerators. */
export function buildMenuFromTemplate(template: unknown, where = 'menu'): StandInMenu {
  if (!Array.isArray(template)) throw new TypeError('Invalid template for Menu: Menu template must be an array');
  const valid = template.every(
    (item: unknown) =>
      item != null && typeof item === 'object' && (Object.hasOwn(item, 'label') || Object.hasOwn(item, 'role') || (item as { type?: unknown }).type === 'separator'),
  );
  if (!valid) throw new TypeError('Invalid template for MenuItem: must have at least one of label, role or type');
  const items = (template as StandInMenuItem[]).map((item, index) => {
    const at = `${where}[${index}]${item.id ? ` (${item.id})` : ''}`;
    if (item.role !== undefined && !MENU_ROLES.has(String(item.role).toLowerCase())) throw new TypeError(`${at}: unknown role "${String(item.role)}"`);
    if (item.type !== undefined && !MENU_TYPES.has(item.type)) throw new TypeError(`${at}: unknown type "${item.type}"`);
    if (item.accelerator !== undefined) parseAccelerator(item.accelerator);
    if (item.click !== undefined && typeof item.click !== 'function') throw new TypeError(`${at}: click must be a function`);
    const submenu = item.submenu === undefined ? undefined : buildMenuFromTemplate(item.submenu, `${at}.submenu`).items;
    if (item.type === 'submenu' && !submenu) throw new Error('Invalid submenu');
    return { ...item, ...(submenu ? { submenu } : {}) };
  });
  return new StandInMenu(items);
}

// ---------------------------------------------------------------- screen

export class StandInScreen extends EventEmitter {
  displays: StandInDisplay[];
  primaryId: number;

  constructor(
    private readonly world: StandInWorld,
    displays: StandInDisplay[],
  ) {
    super();
    this.displays = displays.map((d) => structuredClone(d));
    this.primaryId = this.displays[0]?.id ?? 0;
  }

  /** "This module cannot be used until the ready event of the app module is emitted." */
  private ready(): void {
    if (!this.world.app.isReady()) throw new Error('screen cannot be used before the app is ready');
  }

  getAllDisplays(): StandInDisplay[] {
    this.ready();
    return this.displays.map((d) => structuredClone(d));
  }

  getPrimaryDisplay(): StandInDisplay {
    this.ready();
    const primary = this.displays.find((d) => d.id === this.primaryId) ?? this.displays[0];
    if (!primary) throw new Error('no display');
    return structuredClone(primary);
  }

  /** The display the rectangle overlaps most (the nearest when it overlaps none), as Electron's. */
  getDisplayMatching(rect: Rect): StandInDisplay {
    this.ready();
    const scored = this.displays.map((d) => ({ d, overlap: area(d.bounds, rect) }));
    const best = scored.sort((a, b) => b.overlap - a.overlap)[0];
    if (best && best.overlap > 0) return structuredClone(best.d);
    return this.getDisplayNearestPoint({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
  }

  getDisplayNearestPoint(point: { x: number; y: number }): StandInDisplay {
    const distance = (d: StandInDisplay) => {
      const dx = Math.max(d.bounds.x - point.x, 0, point.x - (d.bounds.x + d.bounds.width));
      const dy = Math.max(d.bounds.y - point.y, 0, point.y - (d.bounds.y + d.bounds.height));
      return dx * dx + dy * dy;
    };
    const nearest = [...this.displays].sort((a, b) => distance(a) - distance(b))[0];
    if (!nearest) throw new Error('no display');
    return structuredClone(nearest);
  }

  // ----- what the tests do to the hardware

  plug(display: StandInDisplay): void {
    this.displays.push(structuredClone(display));
    this.emit('display-added', { preventDefault() {} }, structuredClone(display));
  }

  unplug(id: number): void {
    const gone = this.displays.find((d) => d.id === id);
    if (!gone) throw new Error(`no display ${id}`);
    this.displays = this.displays.filter((d) => d.id !== id);
    if (this.primaryId === id) this.primaryId = this.displays[0]?.id ?? 0;
    // The OS moves the windows that were on it onto the primary display before telling the app.
    this.world.rehomeWindows(gone, this.getPrimaryDisplay());
    this.emit('display-removed', { preventDefault() {} }, structuredClone(gone));
  }

  /** Changes a display and emits display-metrics-changed with the metrics that really changed. */
  change(id: number, patch: Partial<Pick<StandInDisplay, 'bounds' | 'workArea' | 'scaleFactor' | 'rotation'>>): string[] {
    const display = this.displays.find((d) => d.id === id);
    if (!display) throw new Error(`no display ${id}`);
    const changed = (Object.keys(patch) as Array<keyof typeof patch>).filter((key) => JSON.stringify(display[key]) !== JSON.stringify(patch[key]));
    Object.assign(display, structuredClone(patch));
    if (changed.length > 0) this.emit('display-metrics-changed', { preventDefault() {} }, structuredClone(display), changed);
    return changed;
  }

  private readonly workAreasBeforeFullscreen = new Map<number, Rect>();

  /**
   * macOS: a window in fullscreen takes its display's menu bar and Dock away, so the display's
   * work area changes (and display-metrics-changed says so, with ['workArea']); leaving gives them back.
   */
  macFullscreenChanged(id: number, entered: boolean): void {
    const display = this.displays.find((d) => d.id === id);
    if (!display) return;
    if (entered) {
      if (!this.workAreasBeforeFullscreen.has(id)) this.workAreasBeforeFullscreen.set(id, { ...display.workArea });
      this.change(id, { workArea: { ...display.bounds } });
    } else {
      const before = this.workAreasBeforeFullscreen.get(id);
      this.workAreasBeforeFullscreen.delete(id);
      if (before) this.change(id, { workArea: before });
    }
  }

  /** Swaps which display is primary and where they are (the OS's "swap displays"). */
  swapPositions(a: number, b: number): void {
    const da = this.displays.find((d) => d.id === a);
    const db = this.displays.find((d) => d.id === b);
    if (!da || !db) throw new Error('no such displays');
    const aBounds = da.bounds;
    const aWork = da.workArea;
    this.change(a, { bounds: { ...db.bounds, width: da.bounds.width, height: da.bounds.height }, workArea: { ...db.workArea, width: aWork.width, height: aWork.height } });
    this.change(b, { bounds: { ...aBounds, width: db.bounds.width, height: db.bounds.height }, workArea: { ...aWork, width: db.workArea.width, height: db.workArea.height } });
  }
}

// ---------------------------------------------------------------- windows

export interface StandInWindowOptions {
  show?: boolean;
  width?: number;
  height?: number;
  minWidth?: number;
  minHeight?: number;
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

export class StandInWebContents extends EventEmitter {
  sent: Array<{ channel: string; payload: unknown }> = [];
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  private destroyed = false;

  constructor(
    readonly owner: StandInWindow,
    private readonly world: StandInWorld,
  ) {
    super();
  }

  private live(): void {
    if (this.destroyed) throw destroyedError();
  }

  destroy(): void {
    this.destroyed = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Arguments go through structured clone, as Electron's IPC serialises them (functions throw). */
  send(channel: string, ...args: unknown[]): void {
    this.live();
    if (typeof channel !== 'string') throw new TypeError('Missing required channel argument');
    const cloned = args.map((arg) => structuredClone(arg));
    this.sent.push({ channel, payload: cloned[0] });
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }

  executeJavaScript(): Promise<unknown> {
    this.live();
    return Promise.resolve(this.world.printStates.shift() ?? { ready: 'pdf', progress: '1', error: null });
  }

  printToPDF(options: unknown): Promise<Buffer> {
    this.live();
    this.world.printOptions.push(options);
    return Promise.resolve(Buffer.from(this.world.minimalPdf, 'latin1'));
  }
}

export class StandInWindow extends EventEmitter {
  readonly webContents: StandInWebContents;
  url = '';
  /** Bounds in the normal (windowed) state. */
  normalBounds: Rect;
  private fullscreen = false;
  private transitioning = false;
  private readonly pending: boolean[] = [];
  private visible: boolean;
  private destroyed = false;
  private minimized = false;
  private focused = false;
  /** What the tests read: every setBounds call and whether the platform honoured it. */
  readonly boundsLog: Array<{ bounds: Rect; applied: boolean }> = [];

  constructor(
    readonly options: StandInWindowOptions,
    private readonly world: StandInWorld,
  ) {
    super();
    if (!world.app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
    this.visible = options.show !== false;
    const primary = world.screen.getPrimaryDisplay().workArea;
    const width = Math.max(options.width ?? 800, options.minWidth ?? 0);
    const height = Math.max(options.height ?? 600, options.minHeight ?? 0);
    this.normalBounds = { x: primary.x + Math.round((primary.width - width) / 2), y: primary.y + Math.round((primary.height - height) / 2), width, height };
    this.webContents = new StandInWebContents(this, world);
    world.windows.push(this);
    world.log.push('new BrowserWindow');
    world.app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
  }

  get platform(): StandInPlatform {
    return this.world.platform;
  }

  private live(): void {
    if (this.destroyed) throw destroyedError();
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  loadURL(url: string): Promise<void> {
    this.live();
    this.url = url;
    // The first paint comes later, never inside loadURL.
    setTimeout(() => {
      if (!this.destroyed) this.emit('ready-to-show');
    }, 1);
    return Promise.resolve();
  }

  /** The display the window is on (the one it overlaps most). */
  display(): StandInDisplay {
    return this.world.screen.getDisplayMatching(this.normalBounds);
  }

  getBounds(): Rect {
    this.live();
    return this.fullscreen ? { ...this.world.screen.getDisplayMatching(this.normalBounds).bounds } : { ...this.normalBounds };
  }

  getNormalBounds(): Rect {
    this.live();
    return { ...this.normalBounds };
  }

  setBounds(bounds: Partial<Rect>): void {
    this.live();
    const next: Rect = { ...this.normalBounds, ...bounds };
    next.width = Math.max(next.width, this.options.minWidth ?? 0);
    next.height = Math.max(next.height, this.options.minHeight ?? 0);
    // NativeWindowMac::SetBounds: "Do nothing if in fullscreen mode" (and the animation owns the frame).
    const applied = !this.fullscreen && !this.transitioning;
    this.boundsLog.push({ bounds: next, applied });
    if (applied) this.normalBounds = next;
  }

  isFullScreen(): boolean {
    this.live();
    return this.fullscreen;
  }

  setFullScreen(flag: boolean): void {
    this.live();
    if (this.platform === 'win32') {
      // native_window_views.cc: notify first, then change the state ("so we can handle the size event").
      this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
      if (this.destroyed) return;
      this.fullscreen = flag;
      if (flag) this.visible = true;
      return;
    }
    if (this.platform === 'darwin') {
      if (this.transitioning) {
        if (this.pending.at(-1) !== flag) this.pending.push(flag);
        return;
      }
      if (flag === this.fullscreen) return;
      this.transitioning = true;
      setTimeout(() => this.finishMacTransition(flag), MAC_FULLSCREEN_ANIMATION_MS);
      return;
    }
    // Linux: a hidden window can only be shown fullscreen; the window manager answers later.
    if (!this.visible) {
      if (!flag) return;
      this.visible = true;
    }
    setTimeout(() => {
      if (this.destroyed || this.fullscreen === flag) return;
      this.fullscreen = flag;
      this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
    }, LINUX_WM_DELAY_MS);
  }

  private finishMacTransition(flag: boolean): void {
    if (this.destroyed) return;
    this.transitioning = false;
    this.fullscreen = flag;
    if (flag) this.visible = true;
    this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
    this.world.screen.macFullscreenChanged(this.display().id, flag);
    const next = this.pending.shift();
    if (next !== undefined) this.setFullScreen(next);
  }

  /** For the OS moving a window off an unplugged display. */
  moveTo(display: StandInDisplay): void {
    const { width, height } = this.normalBounds;
    this.normalBounds = {
      x: display.workArea.x + Math.max(0, Math.round((display.workArea.width - width) / 2)),
      y: display.workArea.y + Math.max(0, Math.round((display.workArea.height - height) / 2)),
      width: Math.min(width, display.workArea.width),
      height: Math.min(height, display.workArea.height),
    };
  }

  isVisible(): boolean {
    this.live();
    return this.visible;
  }

  show(): void {
    this.live();
    this.visible = true;
    this.minimized = false;
    this.emit('show');
  }

  hide(): void {
    this.live();
    this.visible = false;
  }

  focus(): void {
    this.live();
    this.focused = true;
    for (const other of this.world.windows) if (other !== this) other.focused = false;
  }

  isFocused(): boolean {
    this.live();
    return this.focused;
  }

  minimize(): void {
    this.live();
    this.minimized = true;
  }

  isMinimized(): boolean {
    this.live();
    return this.minimized;
  }

  restore(): void {
    this.live();
    this.minimized = false;
  }

  reload(): void {
    this.live();
  }

  setProgressBar(value: number): void {
    this.live();
    this.world.progress.push(value);
  }

  /** `close` now (cancellable), then `closed` on a later turn; afterwards every method throws. */
  close(): void {
    this.live();
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    this.emit('close', event);
    if (event.defaultPrevented) return;
    setTimeout(() => this.destroy(), 0);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
    this.world.windowClosed(this);
  }

  static fromWebContents(contents: StandInWebContents): StandInWindow | null {
    return contents.owner;
  }
}

// ---------------------------------------------------------------- app

export class StandInApp extends EventEmitter {
  isPackaged = false;
  singleInstanceData: unknown = 'not requested';
  private readyResolve!: () => void;
  private readonly ready = new Promise<void>((resolve) => {
    this.readyResolve = resolve;
  });
  private isReadyNow = false;

  constructor(private readonly world: StandInWorld) {
    super();
  }

  enableSandbox(): void {
    this.world.log.push('app.enableSandbox');
  }

  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    // Electron sends it over a pipe as JSON: only what survives JSON arrives.
    this.singleInstanceData = additionalData === undefined ? undefined : JSON.parse(JSON.stringify(additionalData));
    this.world.log.push('app.requestSingleInstanceLock');
    return this.world.hasLock;
  }

  whenReady(): Promise<void> {
    this.world.log.push('app.whenReady');
    return this.ready;
  }

  isReady(): boolean {
    return this.isReadyNow;
  }

  /** The test's "Electron finished starting". */
  becomeReady(): void {
    this.isReadyNow = true;
    this.emit('ready', { preventDefault() {} }, {});
    this.readyResolve();
  }

  getPath(name: string): string {
    return path.join(this.world.userData, name);
  }

  getVersion(): string {
    return '0.1.0';
  }

  /** A Chinese system: the menus start in Chinese (an English one would start in English). */
  getLocale(): string {
    return 'zh-CN';
  }

  addRecentDocument(p: string): void {
    this.world.log.push(`addRecentDocument ${p}`);
  }

  clearRecentDocuments(): void {}

  quit(): void {
    this.world.log.push('app.quit');
  }

  exit(code: number): void {
    this.world.log.push(`app.exit ${code}`);
  }

  relaunch(options?: { execPath?: string; args?: string[] }): void {
    this.world.log.push(`app.relaunch ${JSON.stringify(options ?? {})}`);
  }

  /** What macOS does when a file is double-clicked or dropped on the dock; returns whether the app handled it. */
  openFile(filePath: string): boolean {
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    this.emit('open-file', event, filePath);
    return event.defaultPrevented;
  }

  /** Another launch of the app, with its argv, working directory and requestSingleInstanceLock data. */
  secondInstance(argv: string[], workingDirectory: string, additionalData: unknown): void {
    this.emit('second-instance', { preventDefault() {} }, argv, workingDirectory, JSON.parse(JSON.stringify(additionalData ?? null)));
  }
}

// ---------------------------------------------------------------- the world

export class StandInWorld {
  platform: StandInPlatform;
  readonly log: string[] = [];
  userData = '';
  hasLock = true;
  readonly windows: StandInWindow[] = [];
  readonly app: StandInApp;
  readonly screen: StandInScreen;
  schemes: unknown[] = [];
  protocolHandler: undefined | ((request: Request) => Promise<Response>);
  readonly ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  readonly menus: StandInMenuItem[][] = [];
  permissionRequest: undefined | ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void);
  permissionCheck: undefined | ((wc: unknown, permission: string) => boolean);
  beforeRequest: undefined | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void);
  /** What the print view's ready probe returns, in turn (then: ready). */
  printStates: Array<{ ready: string | null; progress: string | null; error: string | null }> = [];
  readonly printOptions: unknown[] = [];
  saveChoice: { canceled: boolean; filePath?: string } = { canceled: true };
  openChoice: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] };
  readonly messages: Array<{ type?: string; message: string; detail?: string }> = [];
  readonly progress: number[] = [];
  // A minimal PDF with a classic trailer, as Chromium writes them, for the exporter to stamp.
  readonly minimalPdf: string;

  constructor(options: { platform: StandInPlatform; displays: StandInDisplay[] }) {
    this.platform = options.platform;
    this.app = new StandInApp(this);
    this.screen = new StandInScreen(this, options.displays);
    const body = '%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type /Pages /Kids [] /Count 0>>\nendobj\n';
    this.minimalPdf = `${body}xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer\n<</Size 3 /Root 1 0 R>>\nstartxref\n${body.length}\n%%EOF\n`;
  }

  /** Live (not destroyed) windows. */
  liveWindows(): StandInWindow[] {
    return this.windows.filter((w) => !w.isDestroyed());
  }

  rehomeWindows(gone: StandInDisplay, to: StandInDisplay): void {
    for (const window of this.liveWindows()) if (area(window.normalBounds, gone.bounds) > 0) window.moveTo(to);
  }

  windowClosed(_window: StandInWindow): void {
    if (this.liveWindows().length === 0) this.app.emit('window-all-closed');
  }

  private defaultSession() {
    if (!this.app.isReady()) throw new Error('session.defaultSession before the app is ready');
    return {
      setPermissionRequestHandler: (h: StandInWorld['permissionRequest']) => (this.permissionRequest = h),
      setPermissionCheckHandler: (h: StandInWorld['permissionCheck']) => (this.permissionCheck = h),
      setDevicePermissionHandler: () => undefined,
      webRequest: { onBeforeRequest: (h: StandInWorld['beforeRequest']) => (this.beforeRequest = h) },
    };
  }

  /** The module the main process imports as `electron`. */
  module(): Record<string, unknown> {
    const BrowserWindow = bindWindowClass(this);
    const sessionFor = () => this.defaultSession();
    return {
      app: this.app,
      screen: this.screen,
      BrowserWindow,
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => {
          if (this.app.isReady()) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
          this.log.push('protocol.registerSchemesAsPrivileged');
          this.schemes = schemes;
        },
        handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
          if (!this.app.isReady()) throw new Error('protocol.handle before the app is ready');
          this.log.push('protocol.handle');
          this.protocolHandler = handler;
        },
      },
      session: {
        get defaultSession() {
          return sessionFor();
        },
      },
      ipcMain: {
        handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
          if (this.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
          this.ipcHandlers.set(channel, handler);
        },
      },
      Menu: {
        buildFromTemplate: (template: unknown) => buildMenuFromTemplate(template),
        setApplicationMenu: (menu: StandInMenu | null) => {
          if (menu !== null && !(menu instanceof StandInMenu)) throw new TypeError('Invalid menu');
          this.menus.push(menu?.items ?? []);
        },
      },
      dialog: {
        showMessageBox: (...args: unknown[]) => {
          const options = (args.length > 1 ? args[1] : args[0]) as { type?: string; message: string; detail?: string };
          this.messages.push({ type: options.type, message: options.message, detail: options.detail });
          return Promise.resolve({ response: 0, checkboxChecked: false });
        },
        showOpenDialog: () => Promise.resolve(this.openChoice),
        showSaveDialog: () => Promise.resolve(this.saveChoice),
      },
      shell: { showItemInFolder: () => undefined },
    };
  }
}

/** `new BrowserWindow(options)` as the main process writes it, in this world. */
function bindWindowClass(world: StandInWorld) {
  return class BrowserWindow extends StandInWindow {
    constructor(options: StandInWindowOptions) {
      super(options, world);
    }
  };
}

/** Two displays: a laptop (built-in, primary, Retina) and a projector to its right. */
export function laptopAndProjector(): StandInDisplay[] {
  return [
    { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 }, scaleFactor: 2, rotation: 0, internal: true },
    { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1040 }, scaleFactor: 1, rotation: 0, internal: false },
  ];
}
