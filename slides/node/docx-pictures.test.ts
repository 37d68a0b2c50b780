/** Pictures in a .docx report are kept and offered on the slides whose text they sit in. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bombPng, gradientPng } from '../../test/helpers/png.ts';
import { DeckSession } from './deck-session.ts';
import { docxPictures } from './docx-pictures.ts';
import { docxWithPictures, para, picture } from './fixtures/docx-pictures-fixture.ts';

const BODY = [
  para('一、过去五年的工作回顾'),
  para('五年来，我们建成了新的镇政府大楼，服务群众的条件显著改善。'),
  picture('rIdImg1', '镇政府大楼'),
  para('二、今后五年的目标任务'),
  para('我们要建设美丽城镇，打造宜居宜业的新家园。'),
  picture('rIdImg2', '规划图'),
  picture('rIdImg3', ''),
].join('');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-docx-pictures-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('pictures in a .docx report', () => {
  it('are read with the text they sit after; a bomb among them is left out', async () => {
    const docx = await docxWithPictures(BODY, { 'image1.png': gradientPng(40, 30), 'image2.png': gradientPng(30, 40), 'image3.png': bombPng(30000, 30000) });
    const pictures = await docxPictures(new Uint8Array(docx));
    expect(pictures.map((p) => [p.name, p.near])).toEqual([
      ['镇政府大楼', '五年来，我们建成了新的镇政府大楼，服务群众的条件显著改善。'],
      ['规划图', '我们要建设美丽城镇，打造宜居宜业的新家园。'],
    ]);
    expect(pictures[0]?.url).toMatch(/^data:image\/png;base64,/);
  });

  it('are offered on the slides whose text they sit in, and still after the first edit makes the Markdown deck', async () => {
    const file = join(dir, 'report.docx');
    await writeFile(file, await docxWithPictures(BODY, { 'image1.png': gradientPng(40, 30), 'image2.png': gradientPng(30, 40), 'image3.png': gradientPng(10, 10) }));
    const session = new DeckSession({ debounceMs: 20 });
    try {
      const opened = await session.open(file);
      if (!opened.ok) throw new Error(opened.error.message);
      const offered = (deck: typeof opened.deck) => deck.slides.filter((s) => s.offeredPictures).map((s) => [s.notes.slice(0, 6), s.offeredPictures?.map((p) => p.alt)]);
      expect(offered(opened.deck)).toEqual([
        ['五年来，我们', ['镇政府大楼']],
        ['我们要建设美', ['规划图', '图片 3']],
      ]);
      const slide = opened.deck.slides.find((s) => s.offeredPictures);
      const edited = await session.edit([{ type: 'setHidden', slideId: slide?.id ?? '', hidden: true }]);
      if (!edited.ok) throw new Error(edited.error.message);
      expect(edited.createdDeck).toBe(join(dir, 'report.md'));
      expect(offered(edited.deck)).toEqual(offered(opened.deck));
      expect(edited.inverses.some((op) => JSON.stringify(op).includes('data:image'))).toBe(false);
    } finally {
      session.close();
    }
  });
});
