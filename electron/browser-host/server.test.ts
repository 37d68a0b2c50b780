import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, FILE_NAME_HEADER } from '../../slides/core/browser-api.ts';
import type { DeckUpdate, RecentFile } from '../common/contract.ts';
import { call, pageHeaders, redeem } from '../../slides/node/http/test-client.ts';
import { startBrowserHost, type BrowserHost } from './server.ts';

let dir: string;
let host: BrowserHost;
let token: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-host-'));
  const renderer = join(dir, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'presenter.html'), '<!doctype html><title>p</title>');
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>a</title>');
  await writeFile(join(renderer, 'assets', 'app.js'), 'export {};');
  await writeFile(join(dir, 'outside.txt'), 'outside the renderer');
  await writeFile(join(dir, 'report.txt'), '一、总体要求\n\n我们要坚持稳中求进，全面完成各项任务。\n');
  host = await startBrowserHost({ file: join(dir, 'report.txt'), rendererDir: renderer, recentFilesPath: join(dir, 'recent.json'), debounceMs: 20 });
  token = await redeem(host.url, host.launchUrl('presenter.html'));
});

afterAll(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

const api = (path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) =>
  call(host.url, path, { ...options, headers: { ...pageHeaders(host.url, token), ...options.headers } });

describe('browser host', () => {
  it('listens on 127.0.0.1 only and serves the presenter at /', async () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    const root = await call(host.url, '/', { headers: { Host: new URL(host.url).host } });
    expect(root.body).toContain('<title>p</title>');
    expect(new URL(host.launchUrl('index.html')).pathname).toBe('/index.html');
  });

  it('gives the current deck, remembers the opened file, and opens only recent files by path', async () => {
    const deck = JSON.parse((await api(API.deck)).body) as DeckUpdate;
    expect(deck.ok).toBe(true);
    const recent = JSON.parse((await api(API.recent)).body) as RecentFile[];
    expect(recent.map((r) => r.name)).toEqual(['report.txt']);
    const json = { 'Content-Type': 'application/json' };
    expect((await api(API.openRecent, { method: 'POST', headers: json, body: JSON.stringify({ path: join(dir, 'outside.txt') }) })).status).toBe(404);
    const again = await api(API.openRecent, { method: 'POST', headers: json, body: JSON.stringify({ path: join(dir, 'report.txt') }) });
    expect((JSON.parse(again.body) as DeckUpdate).ok).toBe(true);
    expect((await api(API.openRecent, { method: 'POST', body: '{"path":' })).status).toBe(400);
    expect((await api(API.openRecent, { method: 'POST', body: '{"path": 7}' })).status).toBe(400);
  });

  it('answers font requests it cannot serve with the reason', async () => {
    const post = (body: string) => api(API.fonts, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
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
    const h = { 'Content-Type': 'application/octet-stream' };
    const good = await api(API.openBytes, { method: 'POST', headers: { ...h, [FILE_NAME_HEADER]: encodeURIComponent('讲话.txt') }, body: Buffer.from('二、主要任务\n\n抓好项目建设。\n') });
    const update = JSON.parse(good.body) as DeckUpdate;
    expect(update.ok && update.source.name).toBe('讲话.txt');
    const binary = await api(API.openBytes, { method: 'POST', headers: { ...h, [FILE_NAME_HEADER]: 'scan.txt' }, body: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 0, 0]) });
    const failed = JSON.parse(binary.body) as DeckUpdate;
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error.file).toBe('scan.txt');
    // The last good deck is still what the views get.
    const shown = JSON.parse((await api(API.deck)).body) as DeckUpdate;
    expect(shown.ok && shown.source.name).toBe('讲话.txt');
  });

  it.each([
    ['no name', undefined, /Missing X-Podium-File-Name/],
    ['bad percent-encoding (was 500 "URI malformed")', '%E8%AE', /not valid percent-encoding/],
    ['a lone %', 'report%.txt', /not valid percent-encoding/],
    ['a NUL in the name (the IPC check refuses control characters)', 'a%00.md', /control characters/],
    ['a newline in the name', 'a%0Ab.md', /control characters/],
    ['a path instead of a name', encodeURIComponent('../../etc/report.txt'), /bare file name/],
    ['a name over 255 characters', 'a'.repeat(300) + '.txt', /1–255 characters/],
  ])('refuses an upload with %s: 400 and why', async (_what, name, message) => {
    const reply = await api(API.openBytes, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', ...(name === undefined ? {} : { [FILE_NAME_HEADER]: name }) }, body: 'x' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(message);
  });

  it('streams deck updates as Server-Sent Events, starting with the error a view connecting late must know of', async () => {
    const url = new URL(host.url);
    const updates = await new Promise<DeckUpdate[]>((resolve, reject) => {
      const seen: DeckUpdate[] = [];
      const req = request({ host: '127.0.0.1', port: url.port, path: API.events, headers: pageHeaders(host.url, token) }, (res) => {
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
    // An earlier test left a failed open as the latest update: it comes first, then the new deck.
    expect(updates.map((u) => u.ok)).toEqual([false, true]);
  });
});
