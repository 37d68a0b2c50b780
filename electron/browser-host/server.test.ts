import { request } from 'node:http';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, FILE_NAME_HEADER } from '../common/browser-api.ts';
import type { DeckUpdate, RecentFile } from '../common/contract.ts';
import { resolveInside } from './static-files.ts';
import { startBrowserHost, type BrowserHost } from './server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can send the headers a browser would not let a page forge. */
function call(host: BrowserHost, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  const url = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

let dir: string;
let host: BrowserHost;
let origin: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-host-'));
  const renderer = join(dir, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'presenter.html'), '<!doctype html><title>p</title>');
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>a</title>');
  await writeFile(join(renderer, 'assets', 'app.js'), 'export {};');
  await writeFile(join(renderer, '.secret'), 'no');
  await writeFile(join(dir, 'outside.txt'), 'outside the renderer');
  await writeFile(join(dir, 'report.txt'), '一、总体要求\n\n我们要坚持稳中求进，全面完成各项任务。\n');
  host = await startBrowserHost({ file: join(dir, 'report.txt'), rendererDir: renderer, recentFilesPath: join(dir, 'recent.json'), debounceMs: 20 });
  origin = host.url.replace(/\/$/, '');
});

afterAll(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('browser host', () => {
  it('listens on 127.0.0.1 only and serves the views with the CSP and hardening headers', async () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    const page = await call(host, '/presenter.html', { headers: { Host: new URL(host.url).host } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    const root = await call(host, '/', { headers: { Host: new URL(host.url).host } });
    expect(root.body).toContain('<title>p</title>');
  });

  it('serves nothing outside the renderer folder, and no dotfiles', async () => {
    const h = { Host: new URL(host.url).host };
    for (const path of ['/../outside.txt', '/%2e%2e/outside.txt', '/assets/..%2f..%2foutside.txt', '/.secret', '/assets/%00.js', '/nothing.html']) {
      expect((await call(host, path, { headers: h })).status, path).toBe(404);
    }
    expect(resolveInside('/srv/app', '/../etc/passwd')).toBeUndefined();
    expect(resolveInside('/srv/app', '/a/b.js')).toBe('/srv/app/a/b.js');
  });

  it('refuses other hosts (DNS rebinding), cross-site requests and writes from other origins', async () => {
    expect((await call(host, API.deck, { headers: { Host: 'evil.example' } })).status).toBe(421);
    expect((await call(host, API.deck, { headers: { Host: new URL(host.url).host, 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    const post = await call(host, API.openRecent, {
      method: 'POST',
      headers: { Host: new URL(host.url).host, Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: join(dir, 'report.txt') }),
    });
    expect(post.status).toBe(403);
  });

  it('gives the current deck, remembers the opened file, and opens only recent files by path', async () => {
    const h = { Host: new URL(host.url).host, Origin: origin };
    const deck = JSON.parse((await call(host, API.deck, { headers: h })).body) as DeckUpdate;
    expect(deck.ok).toBe(true);
    const recent = JSON.parse((await call(host, API.recent, { headers: h })).body) as RecentFile[];
    expect(recent.map((r) => r.name)).toEqual(['report.txt']);
    const other = await call(host, API.openRecent, { method: 'POST', headers: { ...h, 'Content-Type': 'application/json' }, body: JSON.stringify({ path: join(dir, 'outside.txt') }) });
    expect(other.status).toBe(404);
    const again = await call(host, API.openRecent, { method: 'POST', headers: { ...h, 'Content-Type': 'application/json' }, body: JSON.stringify({ path: join(dir, 'report.txt') }) });
    expect((JSON.parse(again.body) as DeckUpdate).ok).toBe(true);
    const bad = await call(host, API.openRecent, { method: 'POST', headers: h, body: '{"path":' });
    expect(bad.status).toBe(400);
  });

  it('points pages at the deck to preload, and answers font requests it cannot serve with the reason', async () => {
    const h = { Host: new URL(host.url).host, Origin: origin };
    expect((await call(host, '/index.html', { headers: h })).headers.link).toBe(`<${API.deck}>; rel=preload; as=fetch; crossorigin=anonymous`);
    expect((await call(host, '/assets/app.js', { headers: h })).headers.link).toBeUndefined();
    const post = (body: string) => call(host, API.fonts, { method: 'POST', headers: { ...h, 'Content-Type': 'application/json' }, body });
    expect((await post('{"faces":')).status).toBe(400);
    const noFaces = await post(JSON.stringify({ faces: [], text: 'a' }));
    expect(noFaces.status).toBe(400);
    expect(noFaces.body).toMatch(/"faces"/);
    // This test renderer has no fonts.json: the reason names the file and the fix.
    const unbuilt = await post(JSON.stringify({ faces: [{ family: 'Noto Sans SC', weight: 400 }], text: '讲台' }));
    expect(unbuilt.status).toBe(500);
    expect(unbuilt.body).toMatch(/fonts\.json.*npm run build:renderer/);
  });

  it('compiles dropped bytes, and says what is wrong with a file it cannot read', async () => {
    const h = { Host: new URL(host.url).host, Origin: origin, 'Content-Type': 'application/octet-stream' };
    const good = await call(host, API.openBytes, { method: 'POST', headers: { ...h, [FILE_NAME_HEADER]: encodeURIComponent('讲话.txt') }, body: Buffer.from('二、主要任务\n\n抓好项目建设。\n') });
    const update = JSON.parse(good.body) as DeckUpdate;
    expect(update.ok && update.source.name).toBe('讲话.txt');
    const binary = await call(host, API.openBytes, { method: 'POST', headers: { ...h, [FILE_NAME_HEADER]: 'scan.txt' }, body: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 0, 0]) });
    const failed = JSON.parse(binary.body) as DeckUpdate;
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error.file).toBe('scan.txt');
    // The last good deck is still what the views get.
    const shown = JSON.parse((await call(host, API.deck, { headers: h })).body) as DeckUpdate;
    expect(shown.ok && shown.source.name).toBe('讲话.txt');
    expect((await call(host, API.openBytes, { method: 'POST', headers: h, body: 'x' })).status).toBe(400);
  });

  it('streams deck updates as Server-Sent Events, starting with the error a view connecting late must know of', async () => {
    const url = new URL(host.url);
    const updates = await new Promise<DeckUpdate[]>((resolve, reject) => {
      const seen: DeckUpdate[] = [];
      const req = request({ host: '127.0.0.1', port: url.port, path: API.events, headers: { Host: url.host } }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          for (let end = text.indexOf('\n\n'); end >= 0; end = text.indexOf('\n\n')) {
            const frame = text.slice(0, end);
            text = text.slice(end + 2);
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (frame.includes('event: deck') && data) seen.push(JSON.parse(data) as DeckUpdate);
          }
          if (seen.some((u) => u.ok)) {
            req.destroy();
            resolve(seen);
          }
        });
      });
      req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)));
      req.end();
      setTimeout(() => void host.session.open(join(dir, 'report.txt')), 100);
    });
    // The previous test left a failed open as the latest update: it comes first, then the new deck.
    expect(updates.map((u) => u.ok)).toEqual([false, true]);
  });
});
