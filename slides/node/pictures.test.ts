/** Pictures are checked by their bytes: hostile SVG is cleaned, broken, huge and unsupported pictures are refused with a clear message. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bombPng, gradientPng } from '../../test/helpers/png.ts';
import { DeckError } from '../core/errors.ts';
import { checkPicture, pictureFile, sanitizeSvg, storePicture } from './pictures.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-pictures-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function refusal(name: string, bytes: Uint8Array): DeckError {
  try {
    checkPicture(name, bytes);
  } catch (error) {
    if (error instanceof DeckError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('checking a picture', () => {
  it('takes a whole PNG and reads its size', () => {
    expect(checkPicture('a.png', gradientPng(64, 36))).toMatchObject({ type: 'png', width: 64, height: 36 });
  });

  it('goes by the bytes, not the name', () => {
    expect(checkPicture('photo.jpg', gradientPng(4, 4)).type).toBe('png');
    expect(refusal('photo.png', text('hello, this is text')).details).toMatchObject({ code: 'PICTURE', file: 'photo.png', message: expect.stringMatching(/not a picture Podium can show/) });
    expect(refusal('movie.png', Uint8Array.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70])).details.message).toMatch(/PNG, JPEG, WebP or SVG/);
  });

  it('refuses an image bomb (30000×30000) and a huge one, naming the size', () => {
    expect(refusal('bomb.png', bombPng(30000, 30000)).details.message).toMatch(/30000×30000 pixels: too large/);
    expect(refusal('wide.png', bombPng(20000, 10)).details.message).toMatch(/too large/);
  });

  it('refuses a cut-off and a damaged picture', () => {
    const whole = gradientPng(32, 32);
    expect(refusal('cut.png', whole.subarray(0, whole.length - 30)).details.message).toMatch(/cut off/);
    expect(refusal('jpeg.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])).details.message).toMatch(/damaged|cut off/);
    expect(refusal('empty.png', new Uint8Array(0)).details.message).toMatch(/empty/);
  });

  it('cleans hostile SVG: scripts, handlers, foreign content and outside links go, the drawing stays', () => {
    const hostile = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" onload="alert(1)">
  <script>alert(2)</script>
  <rect width="100" height="50" fill="#c1121f" onclick="alert(3)"/>
  <a xlink:href="javascript:alert(4)"><circle cx="150" cy="50" r="20"/></a>
  <foreignObject><iframe src="https://evil.example"></iframe></foreignObject>
  <image href="https://evil.example/track.png"/>
  <use href="https://evil.example/sprite.svg#x"/>
  <style>@import url(https://evil.example/x.css); rect { fill: url(#grad); stroke: url(https://evil.example/s) }</style>
  <circle r="3" style="fill: url('https://evil.example/f')"/>
  <text x="10" y="90">报告&nbsp;图</text>
</svg>`;
    const picture = checkPicture('chart.svg', text(hostile));
    const svg = new TextDecoder().decode(picture.data);
    expect(picture).toMatchObject({ type: 'svg', width: 200, height: 100 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<rect');
    expect(svg).toContain('报告');
    expect(svg).toContain('url(#grad)');
    expect(svg).not.toMatch(/script|onload|onclick|javascript|evil\.example|foreignObject|iframe|@import|&nbsp;/i);
  });

  it('does not expand entities (billion laughs) and refuses an SVG with nothing left to show', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "lollollollollol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&c;&c;&c;</text></svg>`;
    const svg = sanitizeSvg(laughs);
    expect(svg.length).toBeLessThan(1000);
    expect(refusal('page.svg', text('<!-- <svg> --><html><body><p>not a drawing</p></body></html>')).details.message).toMatch(/holds no drawing/);
    expect(refusal('big.svg', text(`<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(10)}${' '.repeat(3 * 1024 * 1024)}</svg>`)).details.message).toMatch(/over the 2 MB limit/);
  });
});

describe('storing a picture beside the deck', () => {
  it('copies it into pictures/ under a name the deck can refer to, once per content', async () => {
    const png = gradientPng(8, 8);
    const first = await storePicture(dir, '会场 照片 (1).png', png);
    const again = await storePicture(dir, '会场 照片 (1).png', png);
    expect(first).toEqual(again);
    expect(first).toMatchObject({ src: expect.stringMatching(/^pictures\/会场-照片-1-[0-9a-f]{10}\.png$/), alt: '会场 照片 (1)', width: 8, height: 8 });
    expect(await readdir(join(dir, 'pictures'))).toHaveLength(1);
    expect(await readFile(join(dir, first.src))).toEqual(png);
  });

  it('writes nothing for a refused picture', async () => {
    await expect(storePicture(dir, 'bomb.png', bombPng(30000, 30000))).rejects.toThrow(DeckError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('never names a file outside the deck folder', () => {
    expect(pictureFile(dir, 'pictures/a.png')).toBe(join(dir, 'pictures', 'a.png'));
    for (const src of ['../a.png', 'pictures/../../a.png', '/etc/a.png', 'C:/a.png', 'pictures\\..\\a.png', 'a.exe', 'https://x/a.png']) {
      expect(pictureFile(dir, src), src).toBeUndefined();
    }
  });
});
