/**
 * Podium's main process. Each concern is a setupX() module, called in order; the
 * decisions they make live in plain, unit-tested functions beside them.
 */
import { app } from 'electron';
import { INFO_ARG_PREFIX } from '../common/ipc.ts';
import type { HostInfo } from '../common/contract.ts';
import { createCommands } from './commands.ts';
import { setupDeck } from './deck.ts';
import { setupDisplays } from './displays.ts';
import { setupIpc } from './ipc.ts';
import { parseLaunchArgs } from './launch-args.ts';
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

// macOS sends the file a user double-clicked before `ready`: keep it until the deck exists.
let openFile = (filePath: string) => {
  pendingFile = filePath;
};
let pendingFile: string | undefined;
app.on('open-file', (event, filePath) => {
  event.preventDefault();
  openFile(filePath);
});

if (!app.requestSingleInstanceLock()) {
  // Podium is already running: it receives our file through 'second-instance'.
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

  setupScheme(paths.renderer);
  setupSecurity();
  const launch = parseLaunchArgs(process.argv, { packaged: app.isPackaged, cwd: process.cwd() });
  const { storage, warnings } = await setupStorage(app.getPath('userData'), launch.lang ?? langFromLocale(app.getLocale()) ?? 'en');
  // Asked for on the command line: the user's choice, as if picked in the menu.
  if (launch.lang) await storage.settings.set(UI_LANG_SETTING, launch.lang);

  const windows = new ViewWindows({ paths, infoArgument: infoArgument(), devTools: !app.isPackaged });

  // The deck and the commands rebuild the menu, which is built from them: tie the knot late.
  const menuRef: { current?: MenuControl } = {};
  const rebuildMenu = () => menuRef.current?.rebuild();
  const deck = setupDeck({ windows, storage, lang: () => storage.lang(), onRecentChanged: rebuildMenu, initialFile: launch.file ?? pendingFile });
  openFile = (filePath) => void deck.openPath(filePath);
  const displays = setupDisplays(windows, () => deck.aspect());
  const fonts = new FontSubsetter(paths.renderer);
  void fonts.warm();
  const commands = createCommands({ windows, displays, deck, storage, fonts, rebuildMenu });
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
    displays.apply();
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

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const { file } = parseLaunchArgs(argv, { packaged: app.isPackaged, cwd: workingDirectory });
    if (file) void deck.openPath(file);
    windows.open('presenter');
  });
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
}
