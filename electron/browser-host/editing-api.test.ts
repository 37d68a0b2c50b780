/** The browser host's editing API: same session and atomic writer as Electron; pictures only into and out of the deck's folder. */
import { request } from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, FILE_NAME_HEADER } from '../../slides/core/browser-api.ts';
import { pageHeaders, redeem } from '../../slides/node/http/test-client.ts';
import type { DeckUpdate, EditOutcome, PictureOutcome, RevisionOutcome } from '../common/contract.ts';
import { startBrowserHost, type BrowserHost } from './server.ts';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

let dir: string;
let host: BrowserHost;
let headers: Record<string, string>;

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<{ status: number; type: string; body: Buffer }> {
  const url = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, path, method: options.method ?? 'GET', headers: { ...headers, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const post = async <T>(path: string, body: string | Buffer, extra: Record<string, string> = {}): Promise<T> => {
  const reply = await call(path, { method: 'POST', body, headers: extra });
  expect(reply.status, reply.body.toString()).toBe(200);
  return JSON.parse(reply.body.toString('utf8')) as T;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-edit-api-'));
  const renderer = join(dir, 'renderer');
  await mkdir(renderer, { recursive: true });
  await writeFile(join(renderer, 'presenter.html'), '<!doctype html><title>p</title>');
  await mkdir(join(dir, 'talk'));
  await writeFile(join(dir, 'talk', 'report.txt'), '一、总体要求\n我们要坚持稳中求进，全面完成各项任务。今年的重点是项目建设。\n');
  await writeFile(join(dir, 'secret.png'), PNG);
  host = await startBrowserHost({ file: join(dir, 'talk', 'report.txt'), rendererDir: renderer, recentFilesPath: null, debounceMs: 20, draftsFolder: join(dir, 'drafts') });
  headers = pageHeaders(host.url, await redeem(host.url, host.launchUrl('presenter.html')));
});

afterAll(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('browser host editing API', () => {
  it('applies edits through the deck session and saves the deck beside the report', async () => {
    const deck = JSON.parse((await call(API.deck)).body.toString()) as DeckUpdate;
    if (!deck.ok) throw new Error('deck failed');
    const slide = deck.deck.slides.find((s) => s.kind === 'content');
    const outcome = await post<EditOutcome>(API.edit, JSON.stringify({ ops: [{ type: 'retitle', slideId: slide?.id, title: '稳中求进' }] }), { 'Content-Type': 'application/json' });
    expect(outcome).toMatchObject({ ok: true, createdDeck: join(dir, 'talk', 'report.md') });
    expect(await readFile(join(dir, 'talk', 'report.md'), 'utf8')).toContain('## 稳中求进');
  });

  it('refuses ops that are not edits before they reach the deck', async () => {
    const reply = await call(API.edit, { method: 'POST', body: JSON.stringify({ ops: [{ type: 'deleteEverything' }] }), headers: { 'Content-Type': 'application/json' } });
    expect(reply.status).toBe(400);
    expect(reply.body.toString()).toMatch(/type must be one of/);
  });

  it('takes pictures into the deck folder and serves them from there only', async () => {
    const added = await post<PictureOutcome>(API.picture, PNG, { [FILE_NAME_HEADER]: encodeURIComponent('../../厂房.png') });
    expect(added).toMatchObject({ ok: true, picture: { src: expect.stringMatching(/^pictures\/厂房-[0-9a-f]{10}\.png$/) } });
    if (!added.ok) throw new Error('refused');
    // The views find pictures under the deck's pictureBase: a per-launch secret path (an <img> sends no token).
    const deck = JSON.parse((await call(API.deck)).body.toString()) as DeckUpdate;
    const base = deck.ok ? (deck.deck.meta.pictureBase ?? '') : '';
    expect(base).toMatch(new RegExp(`^${API.deckFile}[\\w-]{43}/$`));
    const served = await call(`${base}${encodeURI(added.picture.src)}`);
    expect(served).toMatchObject({ status: 200, type: 'image/png' });
    expect(served.body.equals(PNG)).toBe(true);
    for (const path of ['../secret.png', '..%2Fsecret.png', '%2E%2E/secret.png', 'pictures/../../secret.png', '/etc/passwd']) {
      expect((await call(`${base}${path}`)).status, path).toBe(404);
    }
    // Without the secret, or with another, nothing: not even whether the picture exists.
    for (const prefix of [API.deckFile, `${API.deckFile}guessed/`, base.replace(/.\/$/, 'x/')]) {
      expect((await call(`${prefix}${encodeURI(added.picture.src)}`)).status, prefix).toBe(404);
    }
    const hostile = await post<PictureOutcome>(API.picture, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="5" height="5" onclick="alert(2)"/></svg>'), { [FILE_NAME_HEADER]: 'x.svg' });
    if (!hostile.ok) throw new Error(hostile.error.message);
    const svg = (await call(`${base}${hostile.picture.src}`)).body.toString();
    expect(svg).toContain('<rect');
    expect(svg).not.toMatch(/script|onclick|alert/);
    const bomb = await post<PictureOutcome>(API.picture, Buffer.from('not a picture'), { [FILE_NAME_HEADER]: 'x.png' });
    expect(bomb).toMatchObject({ ok: false, error: { code: 'PICTURE' } });
  });

  it('puts the deck\'s pictures inside the exports the export dialog makes (PPTX here; PDF and HTML in test/pictures.e2e.test.ts)', async () => {
    const added = await post<PictureOutcome>(API.picture, PNG, { [FILE_NAME_HEADER]: 'photo.png' });
    if (!added.ok) throw new Error('refused');
    const deck = JSON.parse((await call(API.deck)).body.toString()) as DeckUpdate;
    if (!deck.ok) throw new Error('deck failed');
    const slide = deck.deck.slides.find((s) => s.kind === 'content');
    await post<EditOutcome>(API.edit, JSON.stringify({ ops: [{ type: 'setPicture', slideId: slide?.id, picture: added.picture }] }), { 'Content-Type': 'application/json' });
    const outcome = await post<{ ok: boolean; files: string[]; message?: string }>(API.export, JSON.stringify({ formats: ['pptx'] }), { 'Content-Type': 'application/json' });
    expect(outcome.message).toBeUndefined();
    expect(outcome.ok).toBe(true);
    const pptx = outcome.files.find((f) => f.endsWith('.pptx')) ?? '';
    const zip = await JSZip.loadAsync(await readFile(pptx));
    expect(Object.keys(zip.files).some((name) => /^ppt\/media\/image-.*\.png$/.test(name))).toBe(true);
  });

  it('brings a revised draft into the deck (导入修订稿): the deck beside the report updated, its backup kept, the summary returned', async () => {
    const draft = '一、总体要求\n我们要坚持稳中求进，全面完成各项任务。今年的重点是项目建设和民生实事。\n';
    // Only the draft's own name counts: a path in the header is no path here.
    const outcome = await post<RevisionOutcome>(API.revision, Buffer.from(draft), { [FILE_NAME_HEADER]: encodeURIComponent('../../第二稿.txt') });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome).toMatchObject({ current: '第二稿.txt', deckFile: join(dir, 'talk', 'report.md'), backupFile: join(dir, 'talk', 'report.previous.md') });
    expect(outcome.summary.changed).toHaveLength(1);
    expect(await readFile(join(dir, 'talk', 'report.md'), 'utf8')).toContain('民生实事');
    const deck = JSON.parse((await call(API.deck)).body.toString()) as DeckUpdate;
    expect(deck.ok && deck.deck.revision?.current).toBe('第二稿.txt');
    const unnamed = await call(API.revision, { method: 'POST', body: draft });
    expect(unnamed.status).toBe(400);
  });

  it('refuses edit requests from other origins', async () => {
    const reply = await call(API.edit, { method: 'POST', body: '{"ops":[]}', headers: { Origin: 'http://evil.example' } });
    expect(reply.status).toBe(403);
  });
});
