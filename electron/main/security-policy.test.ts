import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isAllowedRequest, isPermissionGranted, secureWebPreferences } from './security-policy.ts';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences({ preload: '/app/preload.cjs', additionalArguments: ['--podium-info=x'], devTools: false });

  it('sets the isolation options explicitly', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(prefs.preload).toBe('/app/preload.cjs');
    expect(prefs.additionalArguments).toEqual(['--podium-info=x']);
  });

  it('enables no Blink feature and no insecure switch', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(Object.entries(prefs).filter(([, v]) => v === undefined)).toEqual([]);
  });
});

describe('navigation and requests', () => {
  it('allows navigation inside the app only', () => {
    expect(isAllowedNavigation('podium://app/presenter.html')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'podium://evil/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
      '',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('lets pages load only their own assets and in-page data', () => {
    expect(isAllowedRequest('podium://app/assets/NotoSansSC.woff2')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:podium://app/1234')).toBe(true);
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1/', 'ws://localhost:1/', 'file:///C:/x.png', 'podium://cdn/x.js', 'ftp://x/']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('grants no permission', () => {
    for (const p of ['media', 'notifications', 'fullscreen', 'clipboard-read', 'geolocation', 'openExternal']) {
      expect(isPermissionGranted(p)).toBe(false);
    }
  });
});
