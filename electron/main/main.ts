/**
 * Podium's main process. Each concern is a setupX() module, called in order; the
 * decisions they make live in plain, unit-tested functions beside them.
 */
import { app } from 'electron';
import { INFO_ARG_PREFIX } from '../common/ipc.ts';
import type { HostInfo } from '../common/contract.ts';
import { createCommands } from './commands.ts';
import { setupDeck } from './deck.ts';
import { reportPlacementLimit, setupDisplays } from './displays.ts';
import { setupIpc } from './ipc.ts';
import { chooseDisplayServer, relaunchWithX11 } from './display-server.ts';
import { launchData, parseLaunchArgs, readLaunchData, type LaunchArgs } from './launch-args.ts';
import { setupMenu, type MenuControl } from './menu.ts';
import { appPaths } from './paths.ts';
import { FontSubsetter } from '../../slides/node/font-subsetter.ts';
import { registerPrivilegedScheme, setupScheme } from './scheme.ts';
import { setupSecurity } from './security.ts';
import { reportStoreWarnings, setupStorage, UI_LANG_SETTING } from './storage.ts';
import { langFromLocale } from '../../slides/core/messages/locale.ts';
import { ViewWindows } from './windows.ts';

// Before `ready`: Electron's rules for privileged schemes and the global sandbox.
registerPrivilegedScheme();
app.enableSandbox();
// Linux: X11 (XWayland) when there is one, so the hall's window can be put on the projector.
// The display server is fixed before this script runs: start again with the switch, before taking the lock.
const displayServer = chooseDisplayServer(process.platform, process.argv, process.env);
const relaunching = displayServer.forceX11;
if (relaunching) {
  app.relaunch(relaunchWithX11(process.argv, process.execPath, process.env));
  app.exit(0);
}

// Launch requests — a file double-clicked in Finder (`open-file`, possibly before `ready`) or a
// second launch (`second-instance`) — are listened for now, before anything awaits, and wait
// in this queue until the show is up.
const launch = parseLaunchArgs(process.argv, { packaged: app.isPackaged, cwd: process.cwd() });
const queued: LaunchArgs[] = [];
let handleLaunch = (request: LaunchArgs) => {
  queued.push(request);
};
app.on('open-file', (event, filePath) => {
  event.preventDefault();
  handleLaunch({ file: filePath });
});
app.on('second-instance', (_event, _argv, _workingDirectory, additionalData) => {
  handleLaunch(readLaunchData(additionalData));
});

// The file travels in the lock's additional data: the running instance receives it in 'second-instance'.
if (relaunching) {
  // app.exit above ends this process; the relaunched one takes over.
} else if (!app.requestSingleInstanceLock(launchData(launch))) {
  app.quit();
} else {
  start().catch((error: unknown) => {
    console.error('podium: failed to start', error);
    app.exit(1);
  });
}

function infoArgument(): string {
  const info: HostInfo = { kind: 'electron', appVersion: app.getVersion(), platform: process.platform };
  return INFO_ARG_PREFIX + encodeURIComponent(JSON.stringify(info));
}

async function start(): Promise<void> {
  await app.whenReady();
  const paths = appPaths(import.meta.dirname);

  // Deck pictures are served from the open deck's folder, which the deck session (set up below) knows.
  const deckRef: { folder: () => string | undefined } = { folder: () => undefined };
  setupScheme(paths.renderer, () => deckRef.folder());
  setupSecurity();
  const { storage, warnings } = await setupStorage(app.getPath('userData'), launch.lang ?? langFromLocale(app.getLocale()) ?? 'en');
  // Asked for on the command line: the user's choice, as if picked in the menu.
  if (launch.lang) await storage.settings.set(UI_LANG_SETTING, launch.lang);

  const windows = new ViewWindows({ paths, infoArgument: infoArgument(), devTools: !app.isPackaged });
  // The newest request wins: a file opened from Finder while starting, else the command line's.
  const initialFile = queued.map((request) => request.file).findLast((file) => file !== undefined) ?? launch.file;

  // The deck and the commands rebuild the menu, which is built from them: tie the knot late.
  const menuRef: { current?: MenuControl } = {};
  const rebuildMenu = () => menuRef.current?.rebuild();
  const deck = setupDeck({ windows, storage, lang: () => storage.lang(), onRecentChanged: rebuildMenu, initialFile });
  deckRef.folder = () => deck.session.deckFolder();
  const displays = setupDisplays(windows, () => deck.aspect());
  const fonts = new FontSubsetter(paths.renderer);
  void fonts.warm();
  const commands = createCommands({ windows, displays, deck, storage, fonts, rendererDir: paths.renderer, rebuildMenu });
  menuRef.current = setupMenu(
    () => ({
      lang: storage.lang(),
      platform: process.platform,
      recent: storage.recent.list(),
      availableViews: windows.availableViews(),
      canSwap: displays.canSwap(),
      exporting: commands.isExporting(),
      devTools: !app.isPackaged,
    }),
    commands.actions,
  );
  displays.onChange(rebuildMenu);
  // A deck of the other aspect ratio reshapes the audience window when both share one display.
  let aspect = deck.aspect();
  deck.session.onUpdate(() => {
    if (deck.aspect() === aspect) return;
    aspect = deck.aspect();
    // Only the audience's shape depends on it (and in a show it is fullscreen, so it stays put).
    displays.apply(['audience']);
  });
  setupIpc(commands.ipc, (event) => windows.owns(event.sender));

  // Closing the presenter ends the show: the other views close with it.
  windows.onCreated((view, window) => {
    if (view === 'presenter') window.on('closed', () => windows.entries().forEach(([, other]) => other.close()));
  });
  const openShow = () => {
    windows.open('presenter');
    windows.open('audience');
    displays.apply();
  };
  openShow();

  // A later launch request: open its file (if any) and bring the show forward — reopened
  // when every window was closed (macOS keeps the app running without windows).
  handleLaunch = (request) => {
    if (request.file) void deck.openPath(request.file);
    if (windows.get('presenter')) windows.open('presenter');
    else openShow();
  };
  // Those that came while starting asked at most for the file already opened: bring the show forward.
  if (queued.length > 0) handleLaunch({});
  app.on('activate', () => {
    if (windows.entries().length === 0) openShow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Quit only once the stores' pending writes (a rehearsal run saved at the last slide) are on disk.
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    deck.session.close();
    void Promise.all([storage.settings.flush(), storage.recent.flush(), storage.rehearsals.flush()]).finally(() => {
      flushed = true;
      app.quit();
    });
  });

  await reportStoreWarnings(warnings, storage.lang());
  if (displayServer.placementLimited) await reportPlacementLimit(storage.lang());
}
