import { describe, expect, it, vi } from 'vitest';
import { laptopAndProjector, StandInWorld, type StandInPlatform, type StandInWindow } from './electron-stand-in.ts';
import type { WindowPlacement } from './placement.ts';
import { WindowMover } from './window-mover.ts';

const PLATFORMS: StandInPlatform[] = ['win32', 'darwin', 'linux'];

function setup(platform: StandInPlatform) {
  const world = new StandInWorld({ platform, displays: laptopAndProjector() });
  world.app.becomeReady();
  const window = new (world.module().BrowserWindow as new (o: object) => StandInWindow)({ width: 960, height: 540, minWidth: 480, minHeight: 270, show: true });
  const mover = new WindowMover(window, { displayOf: (bounds) => world.screen.getDisplayMatching(bounds).id, warn: () => undefined });
  const [laptop, projector] = world.screen.getAllDisplays();
  if (!laptop || !projector) throw new Error('two displays expected');
  const hall: WindowPlacement = { displayId: projector.id, bounds: projector.bounds, fullscreen: true };
  const onLaptop: WindowPlacement = { displayId: laptop.id, bounds: { x: 760, y: 200, width: 680, height: 383 }, fullscreen: false };
  const laptopFull: WindowPlacement = { displayId: laptop.id, bounds: laptop.bounds, fullscreen: true };
  return { world, window, mover, hall, onLaptop, laptopFull };
}

/** Whether the window ended where the target says, as the user would see it. */
function where(window: StandInWindow) {
  return { fullscreen: window.isFullScreen(), displayId: window.display().id, bounds: window.getBounds() };
}

describe.each(PLATFORMS)('WindowMover on %s', (platform) => {
  it('puts a window fullscreen on the hall display', async () => {
    const { window, mover, hall } = setup(platform);
    mover.moveTo(hall);
    await mover.settled();
    expect(where(window)).toMatchObject({ fullscreen: true, displayId: hall.displayId });
  });

  it('moves a fullscreen window to another display: leaves fullscreen, moves, re-enters there', async () => {
    const { window, mover, hall, laptopFull } = setup(platform);
    mover.moveTo(hall);
    await mover.settled();
    mover.moveTo(laptopFull);
    await mover.settled();
    expect(where(window)).toMatchObject({ fullscreen: true, displayId: laptopFull.displayId });
    // Every setBounds that mattered was honoured (none was thrown away during a transition).
    expect(window.boundsLog.filter((entry) => !entry.applied)).toEqual([]);
  });

  it('takes a fullscreen window back to a plain window with the exact bounds', async () => {
    const { window, mover, hall, onLaptop } = setup(platform);
    mover.moveTo(hall);
    await mover.settled();
    mover.moveTo(onLaptop);
    await mover.settled();
    expect(where(window)).toEqual({ fullscreen: false, displayId: onLaptop.displayId, bounds: onLaptop.bounds });
  });

  it('leaves a window that is already in place alone: no fullscreen toggle, no setBounds', async () => {
    const { window, mover, hall } = setup(platform);
    mover.moveTo(hall);
    await mover.settled();
    const boundsCalls = window.boundsLog.length;
    const toggles = vi.fn();
    window.on('leave-full-screen', toggles);
    window.on('enter-full-screen', toggles);
    mover.moveTo(hall);
    await mover.settled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(toggles).not.toHaveBeenCalled();
    expect(window.boundsLog.length).toBe(boundsCalls);
  });

  it('a new target given mid-move wins, without two moves fighting over the window', async () => {
    const { window, mover, hall, onLaptop, laptopFull } = setup(platform);
    mover.moveTo(hall);
    await mover.settled();
    mover.moveTo(laptopFull);
    mover.moveTo(onLaptop);
    await mover.settled();
    expect(where(window)).toEqual({ fullscreen: false, displayId: onLaptop.displayId, bounds: onLaptop.bounds });
  });

  it('a window closed mid-move ends the move quietly', async () => {
    const { window, mover, hall, laptopFull } = setup(platform);
    mover.moveTo(hall);
    await mover.settled();
    mover.moveTo(laptopFull);
    window.destroy();
    await mover.settled();
    expect(mover.isMoving()).toBe(false);
  });
});

describe('the stand-in is as strict as Electron (so the mover tests above can fail)', () => {
  it('Windows: leave-full-screen fires inside setFullScreen, before the state changes', () => {
    const { window } = setup('win32');
    window.setFullScreen(true);
    let stateAtEvent: boolean | undefined;
    window.once('leave-full-screen', () => (stateAtEvent = window.isFullScreen()));
    window.setFullScreen(false);
    expect(stateAtEvent).toBe(true);
    expect(window.isFullScreen()).toBe(false);
  });

  it('Windows: a setBounds made inside leave-full-screen is thrown away', () => {
    const { window, onLaptop } = setup('win32');
    window.setFullScreen(true);
    window.once('leave-full-screen', () => window.setBounds(onLaptop.bounds));
    window.setFullScreen(false);
    expect(window.boundsLog.at(-1)?.applied).toBe(false);
  });

  it('macOS: the transition is animated; setBounds during it is ignored; the event comes at its end', async () => {
    const { window, onLaptop } = setup('darwin');
    const entered = new Promise((resolve) => window.once('enter-full-screen', resolve));
    window.setFullScreen(true);
    expect(window.isFullScreen()).toBe(false);
    window.setBounds(onLaptop.bounds);
    expect(window.boundsLog.at(-1)?.applied).toBe(false);
    await entered;
    expect(window.isFullScreen()).toBe(true);
  });

  it('macOS: entering fullscreen changes the display\'s work area (display-metrics-changed with workArea only)', async () => {
    const { world, window } = setup('darwin');
    const changes: string[][] = [];
    world.screen.on('display-metrics-changed', (_event: unknown, _display: unknown, changed: string[]) => changes.push(changed));
    window.setFullScreen(true);
    await new Promise((resolve) => window.once('enter-full-screen', resolve));
    expect(changes).toEqual([['workArea']]);
  });

  it('Linux: the window manager answers later; a hidden window cannot leave fullscreen', async () => {
    const { world } = setup('linux');
    const hidden = new (world.module().BrowserWindow as new (o: object) => StandInWindow)({ show: false });
    hidden.setFullScreen(true);
    expect(hidden.isFullScreen()).toBe(false);
    await new Promise((resolve) => hidden.once('enter-full-screen', resolve));
    expect(hidden.isFullScreen()).toBe(true);
  });

  it('close() emits closed on a later turn; then the window and its contents throw', async () => {
    const { window } = setup('linux');
    const closed = new Promise((resolve) => window.once('closed', resolve));
    window.close();
    expect(window.isDestroyed()).toBe(false);
    await closed;
    expect(window.isDestroyed()).toBe(true);
    expect(() => window.getBounds()).toThrow(/Object has been destroyed/);
    expect(() => window.webContents.send('x', 1)).toThrow(/Object has been destroyed/);
  });

  it('send() structured-clones: a function in a payload throws', () => {
    const { window } = setup('linux');
    expect(() => window.webContents.send('podium:x', { run: () => 1 })).toThrow();
    window.webContents.send('podium:x', { when: new Date(0) });
    expect(window.webContents.sent.at(-1)?.payload).toEqual({ when: new Date(0) });
  });
});
