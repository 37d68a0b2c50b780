/**
 * Linux only: which display server Electron should use. Since Electron 38 it runs as a
 * native Wayland client in a Wayland session (`--ozone-platform` defaults to `auto`), and a
 * Wayland client may not choose where its windows go — the hall's window could not be put on
 * the projector. So Podium asks for X11 (XWayland) whenever XWayland is there (DISPLAY is
 * set), and otherwise says plainly that the windows must be moved by hand.
 *
 * The platform is chosen before the main script runs (ElectronMainDelegate::PreSandboxStartup
 * calls ui::SetOzonePlatformForLinuxIfNeeded), so `app.commandLine.appendSwitch` would be too
 * late: the app relaunches itself once with `--ozone-platform=x11`, which the relaunched
 * process then finds in its argv and keeps.
 */

export interface DisplayServerChoice {
  /** Relaunch with `--ozone-platform=x11` (see relaunchWithX11). */
  forceX11: boolean;
  /** Native Wayland: windows cannot be placed on a display; tell the operator. */
  placementLimited: boolean;
}

const NONE: DisplayServerChoice = { forceX11: false, placementLimited: false };

export function chooseDisplayServer(platform: NodeJS.Platform, argv: readonly string[], env: Readonly<Record<string, string | undefined>>): DisplayServerChoice {
  if (platform !== 'linux') return NONE;
  // The user's own --ozone-platform wins.
  const explicit = argv.map((arg) => /^--ozone-platform=(.*)$/.exec(arg)?.[1]).find((value) => value !== undefined);
  const waylandSession = env.XDG_SESSION_TYPE === 'wayland' || (Boolean(env.WAYLAND_DISPLAY) && !env.DISPLAY);
  if (explicit !== undefined) return { forceX11: false, placementLimited: explicit === 'wayland' || (explicit === 'auto' && waylandSession) };
  if (!waylandSession) return NONE;
  return env.DISPLAY ? { forceX11: true, placementLimited: false } : { forceX11: false, placementLimited: true };
}

export const X11_SWITCH = '--ozone-platform=x11';

/**
 * How to start again on X11: the same arguments plus the switch. An AppImage must be started
 * through its own file (APPIMAGE): the executable inside it is gone once this process exits.
 */
export function relaunchWithX11(argv: readonly string[], execPath: string, env: Readonly<Record<string, string | undefined>>): { execPath: string; args: string[] } {
  return { execPath: env.APPIMAGE || execPath, args: [...argv.slice(1), X11_SWITCH] };
}
