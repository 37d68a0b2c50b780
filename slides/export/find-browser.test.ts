import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser, noBrowserMessage } from './find-browser.ts';
import { say } from '../core/messages/catalogue.ts';

const dir = mkdtempSync(join(tmpdir(), 'podium-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function executable(path: string): string {
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

describe('finding a Chromium-family browser', () => {
  it('takes PODIUM_BROWSER first, and says so when it is not executable', () => {
    const chosen = executable(join(dir, 'my-chrome'));
    expect(findBrowser({ PODIUM_BROWSER: chosen, PATH: '' }, 'linux')).toEqual({ path: chosen, via: 'PODIUM_BROWSER' });
    expect(findBrowser({ PODIUM_BROWSER: join(dir, 'missing'), PATH: '' }, 'linux')).toBeUndefined();
    expect(say('en', noBrowserMessage({ PODIUM_BROWSER: join(dir, 'missing') }).message)).toMatch(/PODIUM_BROWSER is set to ".*missing", which is not an executable file/);
  });

  it('looks for the usual names on PATH', () => {
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    const edge = executable(join(bin, 'microsoft-edge'));
    expect(findBrowser({ PATH: bin }, 'linux')).toEqual({ path: edge, via: 'PATH' });
  });

  it('tells what to install when nothing is found', () => {
    const { message, hint } = noBrowserMessage({});
    expect(say('en', message)).toMatch(/needs a Chromium-family browser/);
    expect(say('en', hint)).toMatch(/apt install chromium/);
    expect(say('zh-CN', message)).toMatch(/Chromium 系浏览器/);
  });
});
