/**
 * The same attacks against every HTTP server Podium starts — the browser host and the CLI's
 * print server — as a local attacker or a hostile web page would make them: foreign and odd
 * Host values, cross-site requests of every kind, missing and forged Origin, no or a wrong
 * token, another local user, traversal, symbolic links, oversized and slow bodies.
 * Zip bombs: the upload case below (and slides/node/docx-limits.test.ts for the reader's limits).
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_HEADER, API, FILE_NAME_HEADER } from '../../slides/core/browser-api.ts';
import { startPrintServer, type PrintServer } from '../../slides/export/print-server.ts';
import { deflatedRepeat, makeZip } from '../../slides/node/fixtures/make-zip.ts';
import { call, launchCode, pageHeaders, redeem, type Reply } from '../../slides/node/http/test-client.ts';
import { startBrowserHost, type BrowserHost } from './server.ts';

interface Target {
  name: string;
  url: string;
  launchUrl(page: string): string;
  token: string;
  /** API calls that read or change something, as our own pages make them. */
  calls: Array<{ method: string; path: string; body?: string; headers?: Record<string, string> }>;
}

let dir: string;
let host: BrowserHost;
let printer: PrintServer;
const targets: Target[] = [];
const REPORT = '一、总体要求\n\n我们要坚持稳中求进，全面完成各项任务。机密内容。\n';
const SLOW_MS = 1500;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-attack-'));
  await chmod(dir, 0o755);
  const renderer = join(dir, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  for (const page of ['presenter.html', 'index.html', 'print.html']) await writeFile(join(renderer, page), `<!doctype html><title>${page}</title>`);
  await writeFile(join(renderer, 'assets', 'app.js'), 'export {};');
  await writeFile(join(renderer, '.secret.js'), 'no');
  await mkdir(join(dir, 'private'));
  await writeFile(join(dir, 'private', 'keys.js'), 'outside the renderer');
  await writeFile(join(dir, 'outside.js'), 'outside the renderer');
  // Links inside the served folder, to outside files and folders and to a file inside.
  await symlink(join(dir, 'outside.js'), join(renderer, 'assets', 'link-out.js'));
  await symlink(join(dir, 'private'), join(renderer, 'assets', 'linked-dir'));
  await symlink(join(renderer, 'assets', 'app.js'), join(renderer, 'assets', 'link-in.js'));
  await writeFile(join(dir, 'report.txt'), REPORT);
  host = await startBrowserHost({ file: join(dir, 'report.txt'), rendererDir: renderer, recentFilesPath: null, debounceMs: 20, requestTimeoutMs: SLOW_MS });
  printer = await startPrintServer(renderer, { requestTimeoutMs: SLOW_MS });
  const deck = host.session.current?.deck;
  if (!deck) throw new Error('the report did not compile');
  printer.setDeck(deck);
  const fonts = { method: 'POST', path: API.fonts, body: JSON.stringify({ faces: [{ family: 'Noto Sans SC', weight: 400 }], text: '讲台' }), headers: { 'Content-Type': 'text/plain' } };
  targets.push(
    {
      name: 'browser host',
      url: host.url,
      launchUrl: host.launchUrl,
      token: await redeem(host.url, host.launchUrl('presenter.html')),
      calls: [
        { method: 'GET', path: API.deck },
        { method: 'GET', path: API.recent },
        { method: 'GET', path: API.events },
        fonts,
        { method: 'POST', path: API.openBytes, body: 'HIJACKED', headers: { [FILE_NAME_HEADER]: 'x.txt', 'Content-Type': 'text/plain' } },
        { method: 'POST', path: API.openRecent, body: JSON.stringify({ path: join(dir, 'report.txt') }), headers: { 'Content-Type': 'text/plain' } },
        { method: 'POST', path: API.revision, body: '一、总体要求\n\nHIJACKED\n', headers: { [FILE_NAME_HEADER]: 'x.txt', 'Content-Type': 'text/plain' } },
      ],
    },
    { name: 'print server', url: printer.url, launchUrl: printer.launchUrl, token: await redeem(printer.url, printer.launchUrl('print.html?kind=notes')), calls: [{ method: 'GET', path: API.deck }, fonts] },
  );
});

afterAll(async () => {
  await host?.close();
  await printer?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The security headers every answer carries, refusals included. */
function expectHardened(reply: Reply, what: string): void {
  expect(reply.headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(reply.headers['x-frame-options'], what).toBe('DENY');
  expect(reply.headers['x-content-type-options'], what).toBe('nosniff');
  expect(reply.headers['referrer-policy'], what).toBe('no-referrer');
  expect(reply.headers['access-control-allow-origin'], what).toBeUndefined();
}

/** The request a call makes, with `headers` instead of a page's (the call's own Content-Type etc. kept). */
function attack(target: Target, c: Target['calls'][number], headers: Record<string, string>): Promise<Reply> {
  return call(target.url, c.path, { method: c.method, headers: { ...c.headers, ...headers }, ...(c.body === undefined ? {} : { body: c.body }) });
}

/** Whether the report's text (or the deck, or the recent paths) leaked into a reply. */
function leaks(reply: Reply): boolean {
  return /稳中求进|机密|report\.txt|"slides"/.test(reply.body);
}

describe.each(['browser host', 'print server'])('%s', (name) => {
  const target = (): Target => targets.find((t) => t.name === name) as Target;

  it('serves our own pages, and the API to a page with the token (the baseline the attacks are measured against)', async () => {
    const t = target();
    const page = await call(t.url, '/', { headers: { Host: new URL(t.url).host } });
    expect(page.status).toBe(200);
    expectHardened(page, 'page');
    const deck = await call(t.url, API.deck, { headers: pageHeaders(t.url, t.token) });
    expect(deck.status).toBe(200);
    expect(leaks(deck)).toBe(true);
    expectHardened(deck, 'deck');
  });

  it.each([
    ['a foreign name (DNS rebinding)', 'evil.test:PORT'],
    ['a foreign name on port 80', 'evil.test'],
    ['our address without the port', '127.0.0.1'],
    ['our address with port 80', '127.0.0.1:80'],
    ['another port', '127.0.0.1:9'],
    ['the IPv6 loopback', '[::1]:PORT'],
    ['0.0.0.0', '0.0.0.0:PORT'],
    ['a trailing dot', 'localhost.:PORT'],
    ['a decimal IP', '2130706433:PORT'],
    ['a subdomain of localhost', 'evil.localhost:PORT'],
    ['an empty Host', ''],
  ])('answers 421 to Host: %s, for pages and for every API call (even with the token)', async (_what, forged) => {
    const t = target();
    const hostHeader = forged.replace('PORT', new URL(t.url).port);
    const page = await call(t.url, '/', { headers: { Host: hostHeader } });
    expect(page.status).toBe(421);
    expectHardened(page, 'refusal');
    for (const c of t.calls) {
      const reply = await attack(t, c, { ...pageHeaders(t.url, t.token), Host: hostHeader, Origin: `http://${hostHeader}` });
      expect(reply.status, `${c.method} ${c.path}`).toBe(421);
      expect(leaks(reply)).toBe(false);
    }
  });

  it('answers 421 to a request with no Host at all (HTTP/1.0)', async () => {
    const t = target();
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(t.url).port), '127.0.0.1', () => socket.end(`GET ${API.deck} HTTP/1.0\r\n${ACCESS_TOKEN_HEADER}: ${t.token}\r\nSec-Fetch-Site: same-origin\r\n\r\n`));
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 421/);
  });

  it.each([
    ['a fetch from another site', { 'Sec-Fetch-Site': 'cross-site', Origin: 'http://evil.test' }],
    ['a fetch from another local port (same-site)', { 'Sec-Fetch-Site': 'same-site', Origin: 'http://127.0.0.1:9' }],
    ['an <img>/<script>/<link> from another site (no Origin)', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a form post from another site (text/plain, no preflight)', { 'Sec-Fetch-Site': 'cross-site', Origin: 'http://evil.test', 'Content-Type': 'text/plain' }],
    ['a sandboxed frame or data: page (Origin: null)', { Origin: 'null' }],
    ['a forged Origin without Sec-Fetch-Site (an old browser, or curl)', { Origin: 'http://evil.test' }],
    ['no Origin and no Sec-Fetch-Site (curl)', {}],
    ['Sec-Fetch-Site: none (the address typed in)', { 'Sec-Fetch-Site': 'none' }],
  ])('refuses %s: 403 for every API call, even with the token', async (_what, forged) => {
    const t = target();
    for (const c of t.calls) {
      const reply = await attack(t, c, { Host: new URL(t.url).host, [ACCESS_TOKEN_HEADER]: t.token, ...forged });
      expect(reply.status, `${c.method} ${c.path}`).toBe(403);
      expect(leaks(reply)).toBe(false);
      expectHardened(reply, 'refusal');
    }
  });

  it('refuses every API call without the token, with a wrong one, or with another server\'s (all headers a page sends, forged)', async () => {
    const t = target();
    const other = targets.find((x) => x !== t) as Target;
    for (const token of [undefined, '', 'guessed', `${t.token}x`, other.token]) {
      for (const c of t.calls) {
        const reply = await attack(t, c, pageHeaders(t.url, token === undefined ? undefined : token || ' '));
        expect(reply.status, `${c.method} ${c.path} with ${JSON.stringify(token)}`).toBe(403);
        expect(leaks(reply)).toBe(false);
      }
    }
    // The views' deck did not change: no forged open went through.
    expect(JSON.parse((await call(t.url, API.deck, { headers: pageHeaders(t.url, t.token) })).body)).toMatchObject({ ok: true });
  });

  it('trades a launch code for the token once, and nothing else for it', async () => {
    const t = target();
    const json = { ...pageHeaders(t.url), 'Content-Type': 'application/json' };
    const url = t.launchUrl('index.html');
    expect(url).toMatch(/#podium-launch=[\w-]{43}$/);
    expect(await redeem(t.url, url)).toBe(t.token);
    const again = await call(t.url, API.session, { method: 'POST', headers: json, body: JSON.stringify({ code: launchCode(url) }) });
    expect(again.status).toBe(403);
    expect(again.body).toMatch(/already used or has lapsed/);
    expect(again.body).not.toContain(t.token);
    for (const body of [JSON.stringify({ code: 'guessed' }), JSON.stringify({ code: t.token }), '{}', 'null', '[]', '{"code":']) {
      expect((await call(t.url, API.session, { method: 'POST', headers: json, body })).status, body).toBeGreaterThanOrEqual(400);
    }
    // Cross-site, the exchange is refused before the code is looked at (and the code stays unspent).
    const fresh = t.launchUrl('index.html');
    const cross = await call(t.url, API.session, { method: 'POST', headers: { ...json, Origin: 'http://evil.test', 'Sec-Fetch-Site': 'cross-site' }, body: JSON.stringify({ code: launchCode(fresh) }) });
    expect(cross.status).toBe(403);
    expect(await redeem(t.url, fresh)).toBe(t.token);
  });

  it('serves nothing outside the renderer folder: traversal, dotfiles, odd encodings', async () => {
    const t = target();
    const h = { Host: new URL(t.url).host };
    for (const path of [
      '/../outside.js',
      '/%2e%2e/outside.js',
      '/assets/..%2f..%2foutside.js',
      '/assets/%2e%2e%2f%2e%2e%2foutside.js',
      '/..%5coutside.js',
      '/.secret.js',
      '/assets/%00.js',
      '/%E8%AE.js',
      '//etc/passwd',
      '/nothing.html',
    ]) {
      const reply = await call(t.url, path, { headers: h });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
      expectHardened(reply, path);
    }
  });

  it('does not follow symbolic links inside the served folder', async () => {
    const t = target();
    const h = { Host: new URL(t.url).host };
    expect((await call(t.url, '/assets/app.js', { headers: h })).status).toBe(200);
    for (const path of ['/assets/link-out.js', '/assets/linked-dir/keys.js', '/assets/link-in.js']) {
      const reply = await call(t.url, path, { headers: h });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });

  it('refuses oversized bodies with 413 (declared or streamed), and stays up', async () => {
    const t = target();
    const big = { ...pageHeaders(t.url, t.token), 'Content-Type': 'application/json' };
    const declared = await call(t.url, API.fonts, { method: 'POST', headers: { ...big, 'Content-Length': String(64 * 1024 * 1024) }, body: '{' });
    expect(declared.status).toBe(413);
    const exchange = await call(t.url, API.session, { method: 'POST', headers: { ...pageHeaders(t.url), 'Content-Type': 'application/json' }, body: JSON.stringify({ code: 'x'.repeat(4096) }) });
    expect(exchange.status).toBe(413);
    expect((await call(t.url, API.deck, { headers: pageHeaders(t.url, t.token) })).status).toBe(200);
  });

  it('closes a connection whose request trickles in (slowloris), and stays up', async () => {
    const t = target();
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(t.url).port), '127.0.0.1', () => {
        socket.write(`POST ${API.fonts} HTTP/1.1\r\nHost: ${new URL(t.url).host}\r\nOrigin: ${new URL(t.url).origin}\r\nSec-Fetch-Site: same-origin\r\n${ACCESS_TOKEN_HEADER}: ${t.token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`);
        const drip = setInterval(() => socket.write(' '), 200);
        socket.on('close', () => clearInterval(drip));
      });
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      socket.on('close', () => resolve(text));
      socket.on('error', (error) => (/ECONNRESET|EPIPE/.test(error.message) ? resolve(text) : reject(error)));
    });
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(SLOW_MS - 100);
    expect(took).toBeLessThan(SLOW_MS + 5000);
    expect(answer === '' || /^HTTP\/1\.1 408/.test(answer)).toBe(true);
    expect((await call(t.url, API.deck, { headers: pageHeaders(t.url, t.token) })).status).toBe(200);
  });

  const runsAsRoot = process.getuid?.() === 0;
  const nobody = runsAsRoot ? spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout.trim() : '';
  if (!runsAsRoot) console.warn('attack-table.test.ts: the "another local user" case is skipped: it needs root to run a client as another uid (the token cases above cover what that user could send)');
  else if (!nobody) console.warn('attack-table.test.ts: the "another local user" case is skipped: this machine has no user "nobody" to run the client as');
  it.skipIf(!runsAsRoot || !nobody)('gives another local user who finds the port nothing, and lets them change nothing', async () => {
    const t = target();
    // That user's client sends everything a page would, forged: only the token is missing.
    const script = `
      const http = require('node:http');
      const [url, calls] = JSON.parse(process.argv[1]);
      const origin = new URL(url);
      const one = (c) => new Promise((resolve) => {
        const req = http.request({ host: '127.0.0.1', port: origin.port, path: c.path, method: c.method,
          headers: { ...(c.headers || {}), Host: origin.host, Origin: origin.origin, 'Sec-Fetch-Site': 'same-origin' } }, (res) => {
          let body = ''; res.on('data', (d) => (body += d)); res.on('end', () => resolve({ status: res.statusCode, body }));
        });
        req.on('error', (e) => resolve({ status: 0, body: e.message }));
        if (c.body) req.write(c.body);
        req.end();
      });
      (async () => {
        const out = [];
        for (const c of calls) out.push(await one(c));
        out.push(await one({ method: 'POST', path: '/api/session', body: JSON.stringify({ code: 'guess' }), headers: { 'Content-Type': 'application/json' } }));
        process.stdout.write(JSON.stringify({ uid: process.getuid(), out }));
      })();`;
    // Not spawnSync: the servers answering it live in this process.
    const run = await promisify(execFile)(process.execPath, ['-e', script, JSON.stringify([t.url, t.calls])], { uid: Number(nobody), gid: Number(nobody), encoding: 'utf8', cwd: '/', timeout: 20_000 });
    expect(run.stderr).toBe('');
    const { uid, out } = JSON.parse(run.stdout) as { uid: number; out: Reply[] };
    expect(uid).toBe(Number(nobody));
    for (const reply of out) {
      expect(reply.status).toBe(403);
      expect(leaks(reply)).toBe(false);
    }
    const deck = JSON.parse((await call(t.url, API.deck, { headers: pageHeaders(t.url, t.token) })).body) as { ok: boolean; source?: { name: string } };
    expect(deck.ok && deck.source?.name).not.toBe('x.txt');
  });
});

/** Only the browser host takes uploads (the print server has no upload route). */
describe('browser host uploads', () => {
  it('refuses a dropped zip bomb (.docx) with the reader\'s message, keeps the last good deck, and stays up', async () => {
    const t = targets[0] as Target;
    const xml = '<w:p><w:r><w:t>稳中求进</w:t></w:r></w:p>';
    const bomb = makeZip([{ name: 'word/document.xml', data: deflatedRepeat(xml, 36 * 1024 * 1024) }]);
    const reply = await call(t.url, API.openBytes, { method: 'POST', headers: { ...pageHeaders(t.url, t.token), [FILE_NAME_HEADER]: 'bomb.docx', 'Content-Type': 'application/octet-stream' }, body: bomb });
    const update = JSON.parse(reply.body) as { ok: boolean; error?: { code: string; file: string; message: string } };
    expect(update).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', file: 'bomb.docx', message: expect.stringMatching(/expands to more than 20 MB/) } });
    const deck = JSON.parse((await call(t.url, API.deck, { headers: pageHeaders(t.url, t.token) })).body) as { ok: boolean; source?: { name: string } };
    expect(deck.ok && deck.source?.name).toBe('report.txt');
  });
});
