import { describe, expect, it } from 'vitest';
import { guardRequest, ownHosts, ownOrigins, type GuardedRequest } from './guard.ts';
import { HttpError } from './respond.ts';

const PORT = 41234;
const TOKEN = 'the-token';
const isToken = (presented: string): boolean => presented === TOKEN;

function status(request: GuardedRequest, port = PORT): number {
  try {
    guardRequest(request, port, isToken);
    return 200;
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
}

const own = { host: `127.0.0.1:${PORT}`, origin: `http://127.0.0.1:${PORT}`, 'sec-fetch-site': 'same-origin', 'x-podium-token': TOKEN };

describe('the guard of every local server', () => {
  it('knows its own names, with and without the default port', () => {
    expect(ownHosts(PORT)).toEqual([`127.0.0.1:${PORT}`, `localhost:${PORT}`]);
    expect(ownHosts(80)).toEqual(['127.0.0.1', '127.0.0.1:80', 'localhost', 'localhost:80']);
    expect(ownOrigins(80)).toEqual(['http://127.0.0.1', 'http://localhost']);
  });

  it('serves our own pages and API calls', () => {
    expect(status({ method: 'GET', api: false, headers: { host: own.host } })).toBe(200);
    expect(status({ method: 'GET', api: false, headers: { host: `LOCALHOST:${PORT}`, 'sec-fetch-site': 'none' } })).toBe(200);
    expect(status({ method: 'GET', api: true, headers: { host: own.host, 'sec-fetch-site': 'same-origin', 'x-podium-token': TOKEN } })).toBe(200);
    expect(status({ method: 'POST', api: true, headers: own })).toBe(200);
    expect(status({ method: 'POST', api: true, ownSecret: true, headers: { host: own.host, origin: own.origin } })).toBe(200);
  });

  it('on port 80 takes the Host a browser sends (no port), and refuses the same names on other ports', () => {
    const at80 = { host: '127.0.0.1', origin: 'http://127.0.0.1', 'x-podium-token': TOKEN };
    expect(status({ method: 'POST', api: true, headers: at80 }, 80)).toBe(200);
    expect(status({ method: 'GET', api: false, headers: { host: 'localhost' } }, 80)).toBe(200);
    expect(status({ method: 'GET', api: false, headers: { host: 'localhost:80' } }, 80)).toBe(200);
    expect(status({ method: 'GET', api: false, headers: { host: '127.0.0.1' } })).toBe(421);
    expect(status({ method: 'GET', api: false, headers: { host: '127.0.0.1:8080' } }, 80)).toBe(421);
  });

  it.each([
    ['a foreign name (DNS rebinding)', `evil.test:${PORT}`],
    ['a foreign name without port', 'evil.test'],
    ['no Host at all', undefined],
    ['an empty Host', ''],
    ['another port', '127.0.0.1:1'],
    ['the IPv6 loopback (we do not listen there)', `[::1]:${PORT}`],
    ['a trailing dot', `localhost.:${PORT}`],
    ['a decimal IP', `2130706433:${PORT}`],
    ['user info', `a@127.0.0.1:${PORT}`],
    ['two Hosts', [`127.0.0.1:${PORT}`, `evil.test:${PORT}`]],
  ])('answers 421 to %s', (_what, host) => {
    const headers = host === undefined ? {} : { host };
    expect(status({ method: 'GET', api: false, headers: headers as GuardedRequest['headers'] })).toBe(421);
    expect(status({ method: 'GET', api: true, headers: { ...own, ...headers, ...(host === undefined ? { host: undefined } : {}) } as GuardedRequest['headers'] })).toBe(421);
  });

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (another port of 127.0.0.1)', { 'sec-fetch-site': 'same-site' }],
    ['a foreign Origin', { origin: 'http://evil.test' }],
    ['Origin: null (sandboxed frame, data: URL)', { origin: 'null' }],
    ['the Origin of another local port', { origin: 'http://127.0.0.1:1' }],
    ['an https Origin of our name', { origin: `https://127.0.0.1:${PORT}` }],
  ])('answers 403 to %s, for pages and the API', (_what, forged) => {
    for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect(status({ method, api: true, headers: { ...own, ...forged } })).toBe(403);
    }
    expect(status({ method: 'GET', api: false, headers: { host: own.host, ...forged } })).toBe(403);
  });

  it('API: needs proof of a Podium page, Origin on writes, and the token', () => {
    const { 'x-podium-token': _token, ...withoutToken } = own;
    expect(status({ method: 'GET', api: true, headers: { host: own.host, 'x-podium-token': TOKEN } })).toBe(403); // curl: no Origin, no Sec-Fetch-Site
    expect(status({ method: 'GET', api: true, headers: { host: own.host, 'sec-fetch-site': 'none', 'x-podium-token': TOKEN } })).toBe(403); // typed into the address bar
    expect(status({ method: 'POST', api: true, headers: { host: own.host, 'sec-fetch-site': 'same-origin', 'x-podium-token': TOKEN } })).toBe(403); // a write without Origin
    expect(status({ method: 'GET', api: true, headers: withoutToken })).toBe(403);
    expect(status({ method: 'GET', api: true, headers: { ...own, 'x-podium-token': 'guessed' } })).toBe(403);
    expect(status({ method: 'POST', api: true, ownSecret: true, headers: { host: own.host, 'sec-fetch-site': 'same-origin' } })).toBe(403);
  });

  it('pages: GET and HEAD only', () => {
    expect(status({ method: 'POST', api: false, headers: { host: own.host, origin: own.origin } })).toBe(405);
    expect(status({ method: 'HEAD', api: false, headers: { host: own.host } })).toBe(200);
  });
});
