/**
 * Applies the security decisions of security-policy.ts to every web contents the
 * app ever creates and to the default session: no new windows, no navigation away,
 * no webviews, no permissions, no request leaving the app's origin.
 */
import { app, session } from 'electron';
import { isAllowedNavigation, isAllowedRequest, isPermissionGranted } from './security-policy.ts';

export function setupSecurity(): void {
  const ses = session.defaultSession;

  ses.setPermissionRequestHandler((_webContents, permission, callback) => {
    callback(isPermissionGranted(permission));
  });
  ses.setPermissionCheckHandler((_webContents, permission) => isPermissionGranted(permission));
  // Device pickers (HID, serial, USB, Bluetooth) are never offered.
  ses.setDevicePermissionHandler(() => false);

  // No remote content: anything not served by our scheme (or in-page data/blob) is cancelled before it leaves.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) console.warn(`podium: blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      console.warn(`podium: denied a new window for ${url}`);
      return { action: 'deny' };
    });
    const guard = (event: { preventDefault(): void }, url: string) => {
      if (!isAllowedNavigation(url)) {
        event.preventDefault();
        console.warn(`podium: denied navigation to ${url}`);
      }
    };
    contents.on('will-navigate', (event) => guard(event, event.url));
    contents.on('will-frame-navigate', (event) => guard(event, event.url));
    contents.on('will-redirect', (event) => guard(event, event.url));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
