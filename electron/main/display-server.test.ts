import { describe, expect, it } from 'vitest';
import { chooseDisplayServer, relaunchWithX11 } from './display-server.ts';

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

describe('relaunchWithX11', () => {
  it('starts the same app with the same arguments plus the switch, which the next start keeps', () => {
    const argv = ['/opt/Podium/podium', '/data/报告.docx'];
    const again = relaunchWithX11(argv, '/opt/Podium/podium', {});
    expect(again).toEqual({ execPath: '/opt/Podium/podium', args: ['/data/报告.docx', '--ozone-platform=x11'] });
    // no relaunch loop: the relaunched process sees its own switch
    expect(chooseDisplayServer('linux', [argv[0] as string, ...again.args], { XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' }).forceX11).toBe(false);
  });

  it('an AppImage relaunches through its own file', () => {
    expect(relaunchWithX11(['/tmp/.mount_Podium/podium'], '/tmp/.mount_Podium/podium', { APPIMAGE: '/home/op/Podium.AppImage' }).execPath).toBe('/home/op/Podium.AppImage');
  });
});
