import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentType, isAppUrl, resolveAppPath, viewOfUrl, viewUrl } from './app-url.ts';

const root = path.resolve('/srv/podium/dist/renderer');

function fileOf(url: string): string | undefined {
  const r = resolveAppPath(root, url);
  return r.ok ? r.file : undefined;
}

describe('resolveAppPath', () => {
  it('maps pages and assets inside the renderer folder', () => {
    expect(fileOf('podium://app/presenter.html')).toBe(path.join(root, 'presenter.html'));
    expect(fileOf('podium://app/assets/index-abc.js?x=1#top')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(fileOf('podium://app/')).toBe(path.join(root, 'index.html'));
    expect(fileOf('podium://app')).toBe(path.join(root, 'index.html'));
  });

  it('decodes percent-escapes, including CJK file names', () => {
    expect(fileOf('podium://app/assets/%E8%AE%B2%E5%8F%B0.png')).toBe(path.join(root, 'assets', '讲台.png'));
  });

  it.each([
    'podium://app/../../etc/passwd',
    'podium://app/%2e%2e/%2e%2e/etc/passwd',
    'podium://app/..%2F..%2Fetc%2Fpasswd',
    'podium://app/assets/..%2F..%2F..%2Fsecret',
    'podium://app/%2E%2E%2Fsecret',
    'podium://app/..%5C..%5Csecret',
    'podium://app/assets%5C..%5C..%5Csecret',
    'podium://app/%2Fetc%2Fpasswd',
    'podium://app/index.html%00.png',
  ])('never leaves the renderer folder: %s', (url) => {
    const r = resolveAppPath(root, url);
    if (r.ok) expect(r.file.startsWith(root + path.sep)).toBe(true);
    else expect(r.status).toBeGreaterThanOrEqual(400);
  });

  it('refuses the leaving ones with 403 and says why', () => {
    const r = resolveAppPath(root, 'podium://app/..%2F..%2Fetc%2Fpasswd');
    expect(r).toEqual({ ok: false, status: 403, reason: 'path leaves the app folder' });
    expect(resolveAppPath(root, 'podium://app/a%5Cb')).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses other origins and malformed escapes', () => {
    expect(resolveAppPath(root, 'podium://evil/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'https://app/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'podium://app/%E8%AE')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppPath(root, 'not a url')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('app URLs and views', () => {
  it('builds view URLs with a query', () => {
    expect(viewUrl('presenter')).toBe('podium://app/presenter.html');
    expect(viewUrl('print', { kind: 'handout', perPage: '3' })).toBe('podium://app/print.html?kind=handout&perPage=3');
  });

  it('recognises our origin only', () => {
    expect(isAppUrl('podium://app/index.html')).toBe(true);
    expect(isAppUrl('podium://app.evil.com/index.html')).toBe(false);
    expect(isAppUrl('podium://other/index.html')).toBe(false);
    expect(isAppUrl('http://127.0.0.1/')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });

  it('names the view of a page URL', () => {
    expect(viewOfUrl('podium://app/index.html')).toBe('audience');
    expect(viewOfUrl('podium://app/')).toBe('audience');
    expect(viewOfUrl('podium://app/presenter.html?x=1')).toBe('presenter');
    expect(viewOfUrl('podium://app/assets/x.js')).toBeUndefined();
    expect(viewOfUrl('https://example.com/presenter.html')).toBeUndefined();
  });

  it('serves fonts, scripts and pages with their types', () => {
    expect(contentType('a/b.WOFF2')).toBe('font/woff2');
    expect(contentType('index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('x.js')).toMatch(/^text\/javascript/);
    expect(contentType('x.unknown')).toBe('application/octet-stream');
  });
});
