import { describe, expect, it } from 'vitest';
import { chooseDisplayServer } from './display-server.ts';

describe('chooseDisplayServer', () => {
  const wayland = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' };

  it('a Wayland session with XWayland: run on X11 so windows can be placed', () => {
    expect(chooseDisplayServer('linux', ['/opt/podium'], { ...wayland, DISPLAY: ':0' })).toEqual({ forceX11: true, placementLimited: false });
  });

  it('Wayland without XWayland: stay native and say the limit', () => {
    expect(chooseDisplayServer('linux', ['/opt/podium'], wayland)).toEqual({ forceX11: false, placementLimited: true });
    expect(chooseDisplayServer('linux', ['/opt/podium'], { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ forceX11: false, placementLimited: true });
  });

  it('X11 sessions, Windows and macOS: nothing to do', () => {
    expect(chooseDisplayServer('linux', ['/opt/podium'], { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' })).toEqual({ forceX11: false, placementLimited: false });
    expect(chooseDisplayServer('win32', ['podium.exe'], wayland)).toEqual({ forceX11: false, placementLimited: false });
    expect(chooseDisplayServer('darwin', ['Podium'], wayland)).toEqual({ forceX11: false, placementLimited: false });
  });

  it("the user's own --ozone-platform is kept", () => {
    expect(chooseDisplayServer('linux', ['/opt/podium', '--ozone-platform=wayland'], { ...wayland, DISPLAY: ':0' })).toEqual({ forceX11: false, placementLimited: true });
    expect(chooseDisplayServer('linux', ['/opt/podium', '--ozone-platform=x11'], wayland)).toEqual({ forceX11: false, placementLimited: false });
  });
});
