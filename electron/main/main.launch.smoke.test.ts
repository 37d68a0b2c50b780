/**
 * How the shipped main bundle handles being launched, against the strict Electron stand-in:
 * a second launch refused the lock quits at once and hands its file over in the lock's
 * additional data; in the primary instance, launch requests that arrive while Electron is
 * still starting (macOS `open-file` before `ready`, a quick second launch) are not lost; on Linux a
 * Wayland session relaunches on XWayland, or, without it, says the windows must be placed by hand.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DeckUpdate } from '../common/contract.ts';
import { INVOKE_CHANNELS } from '../common/ipc.ts';
import { buildElectron } from '../../build/scripts/build-electron.ts';
import { BUNDLED_DECK_PATH } from '../../slides/node/bundled.ts';
import type { StandInWorld } from './electron-stand-in.ts';

const hoisted = vi.hoisted(() => {
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent-electron-dist';
  return { world: undefined as StandInWorld | undefined };
});

vi.mock('electron', async () => {
  const { StandInWorld: World, laptopAndProjector: displays } = await import('./electron-stand-in.ts');
  hoisted.world ??= new World({ platform: 'darwin', displays: displays() });
  return hoisted.world.module();
});

function theWorld(): StandInWorld {
  if (!hoisted.world) throw new Error('the electron stand-in was never loaded');
  return hoisted.world;
}

let dir: string;
let mainFile: string;

beforeAll(async () => {
  await import('electron');
  dir = await mkdtemp(path.join(os.tmpdir(), 'podium-main-launch-'));
  theWorld().userData = path.join(dir, 'user');
  mainFile = (await buildElectron(path.join(dir, 'app/electron'))).main;
  await mkdir(path.join(dir, 'app/renderer'), { recursive: true });
  for (const page of ['index.html', 'presenter.html']) await writeFile(path.join(dir, 'app/renderer', page), '<!doctype html><title>view</title>');
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('launching the main bundle', () => {
  if (process.platform !== 'linux') console.warn('main.launch.smoke.test.ts: the Wayland relaunch case is skipped: the bundle decides from process.platform, and this is not Linux');
  it.runIf(process.platform === 'linux')('Linux Wayland session with XWayland: starts again on X11 before taking the lock, nothing else', async () => {
    const world = theWorld();
    const saved = { XDG_SESSION_TYPE: process.env.XDG_SESSION_TYPE, DISPLAY: process.env.DISPLAY };
    process.env.XDG_SESSION_TYPE = 'wayland';
    process.env.DISPLAY = ':0';
    try {
      const copy = path.join(path.dirname(mainFile), 'main-wayland.js');
      await copyFile(mainFile, copy);
      await import(copy);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    const relaunch = world.log.find((entry) => entry.startsWith('app.relaunch '));
    expect(relaunch).toContain('--ozone-platform=x11');
    expect(world.log).toContain('app.exit 0');
    expect(world.log).not.toContain('app.requestSingleInstanceLock');
    expect(world.windows).toEqual([]);
    world.app.removeAllListeners();
    world.log.length = 0;
  });

  it('without the single-instance lock: quits at once, never waits for ready, opens nothing', async () => {
    const world = theWorld();
    world.hasLock = false;
    // A copy beside the bundle: a module of its own (the primary instance below is another).
    const refused = path.join(path.dirname(mainFile), 'main-refused.js');
    await copyFile(mainFile, refused);
    await import(refused);
    expect(world.log).toContain('app.requestSingleInstanceLock');
    expect(world.log).toContain('app.quit');
    expect(world.log).not.toContain('app.whenReady');
    expect(world.windows).toEqual([]);
    // What it handed over is our launch request, as JSON.
    expect(world.app.singleInstanceData).toMatchObject({ podiumLaunch: 1 });
    world.app.removeAllListeners();
    world.log.length = 0;
  });

  it('primary instance: a file from Finder and a second launch, both before ready, are kept and the newest opened; on native Wayland the operator is told to place the hall by hand', async () => {
    const world = theWorld();
    world.hasLock = true;
    // Also (Linux): a native Wayland session without XWayland, where the operator is told to place the hall by hand.
    const saved = { XDG_SESSION_TYPE: process.env.XDG_SESSION_TYPE, DISPLAY: process.env.DISPLAY, WAYLAND_DISPLAY: process.env.WAYLAND_DISPLAY };
    process.env.XDG_SESSION_TYPE = 'wayland';
    process.env.WAYLAND_DISPLAY = 'wayland-0';
    delete process.env.DISPLAY;
    try {
      await import(mainFile);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    const fromFinder = path.join(dir, 'from-finder.md');
    const fromSecondLaunch = path.join(dir, 'second-launch.md');
    await copyFile(BUNDLED_DECK_PATH, fromFinder);
    await copyFile(BUNDLED_DECK_PATH, fromSecondLaunch);
    expect(world.app.openFile(fromFinder)).toBe(true);
    world.app.secondInstance(['/Applications/Podium.app/Contents/MacOS/Podium', '--flag'], '/', { podiumLaunch: 1, file: fromSecondLaunch });
    world.app.becomeReady();

    await vi.waitFor(() => expect(world.liveWindows().filter((w) => w.url.endsWith('index.html')).length).toBe(1), { timeout: 10_000 });
    const presenter = world.liveWindows().find((w) => w.url.endsWith('presenter.html'));
    if (!presenter) throw new Error('no presenter window');
    const currentDeck = world.ipcHandlers.get(INVOKE_CHANNELS.currentDeck);
    const update = (await currentDeck?.({ sender: presenter.webContents, senderFrame: { url: presenter.url, parent: null } })) as DeckUpdate;
    expect(update.ok && update.source.name).toBe('second-launch.md');
    // One show, not one per request.
    expect(world.liveWindows().length).toBe(2);
    if (process.platform === 'linux') {
      await vi.waitFor(() => expect(world.messages.map((m) => m.message).join('\n')).toMatch(/Wayland.*XWayland/));
      expect(world.messages.at(-1)?.detail).toMatch(/F11/);
      expect(world.log.some((entry) => entry.startsWith('app.relaunch'))).toBe(false);
    }
  });
});
