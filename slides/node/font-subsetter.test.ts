import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { Blob as HbBlob, Face as HbFace } from 'harfbuzzjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FontManifest } from '../../renderer/fonts/bundled-families.ts';
import { sourceCoverage } from '../../build/vite/font-files-plugin.ts';
import { FontSubsetter, MAX_SUBSET_CHARACTERS } from './font-subsetter.ts';

// A renderer folder as the build leaves it, with one small source: @fontsource's Latin
// slice of Noto Sans SC 400 as TrueType (the real sources hold ~7,900 characters).
let dir: string;
const sans = { family: 'Noto Sans SC', weight: 400 };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-subset-'));
  await mkdir(join(dir, 'font-sources'));
  const woff2 = await readFile(new URL('../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff2', import.meta.url));
  const sfnt = new Uint8Array(await fontverter.convert(woff2, 'sfnt'));
  await writeFile(join(dir, 'font-sources', 'latin.ttf'), sfnt);
  const manifest: FontManifest = { ranges: [], files: [], sources: [{ ...sans, file: 'font-sources/latin.ttf', unicodes: await sourceCoverage(sfnt) }] };
  await writeFile(join(dir, 'fonts.json'), JSON.stringify(manifest));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const codePoints = (data: Uint8Array): string => String.fromCodePoint(...new HbFace(new HbBlob(data)).collectUnicodes());

describe('font subsetter', () => {
  it('cuts a TrueType font holding exactly the characters asked for that the face has', async () => {
    const subsetter = new FontSubsetter(dir);
    await subsetter.warm();
    const [font, ...rest] = await subsetter.subset([sans], 'Hello, 世界 olleH');
    expect(rest).toEqual([]);
    expect(font?.family).toBe('Noto Sans SC');
    expect(font?.weight).toBe(400);
    // Sorted, distinct, no spaces; 世界 are not in the Latin source.
    expect(font?.text).toBe(',Helo');
    expect(new TextDecoder().decode(font?.data.subarray(0, 4))).toBe('\u0000\u0001\u0000\u0000');
    expect(codePoints(font?.data ?? new Uint8Array())).toBe(',Helo');
    expect(font?.data.byteLength).toBeLessThan(20_000);
  });

  it('gives nothing for a face none of whose characters the source has, and refuses faces it does not bundle', async () => {
    const subsetter = new FontSubsetter(dir);
    expect(await subsetter.subset([sans], '世界')).toEqual([]);
    await expect(subsetter.subset([{ family: 'Comic Sans MS', weight: 400 }], 'a')).rejects.toThrow(/Not a bundled face: Comic Sans MS 400/);
    await expect(subsetter.subset([{ ...sans, weight: 300 }], 'a')).rejects.toThrow(RangeError);
  });

  it('refuses a request with more distinct characters than any screen has', async () => {
    const many = Array.from({ length: MAX_SUBSET_CHARACTERS + 1 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    await expect(new FontSubsetter(dir).subset([sans], many)).rejects.toThrow(/At most 20000 distinct characters/);
  });

  it('says which file is missing when the renderer was not built', async () => {
    await expect(new FontSubsetter(join(dir, 'nowhere')).subset([sans], 'a')).rejects.toThrow(/fonts\.json/);
  });

  it('cuts the same source again and again from the one copy HarfBuzz keeps, each font with only its own characters', async () => {
    const subsetter = new FontSubsetter(dir);
    for (const text of ['abc', 'xyz', 'Hello', 'abc']) {
      const [font] = await subsetter.subset([sans], text);
      expect(codePoints(font?.data ?? new Uint8Array())).toBe([...new Set(text)].sort().join(''));
    }
  });

  it('asks for a new renderer build when fonts.json does not list the characters of its sources (an older build)', async () => {
    const old = join(dir, 'older');
    await mkdir(join(old, 'font-sources'), { recursive: true });
    await writeFile(join(old, 'font-sources', 'latin.ttf'), await readFile(join(dir, 'font-sources', 'latin.ttf')));
    await writeFile(join(old, 'fonts.json'), JSON.stringify({ ranges: [], files: [], sources: [{ ...sans, file: 'font-sources/latin.ttf' }] }));
    await expect(new FontSubsetter(old).subset([sans], 'a')).rejects.toThrow(/does not say which characters font-sources\/latin\.ttf has.*npm run build:renderer/);
  });
});

describe('HarfBuzz loaded on first use', () => {
  it('a wasm that fails to start fails the requests with its reason; warming never throws; nothing is loaded before', async () => {
    const load = vi.fn(() => Promise.reject(new Error('WebAssembly.instantiate(): expected magic word 00 61 73 6d')));
    const subsetter = new FontSubsetter(dir, load);
    expect(load).not.toHaveBeenCalled();
    await expect(subsetter.warm()).resolves.toBeUndefined();
    await expect(subsetter.subset([sans], 'a')).rejects.toThrow(/HarfBuzz \(harfbuzzjs\) could not start.*expected magic word.*bundled font slices/);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
