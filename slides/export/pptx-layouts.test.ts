/** The text layouts in the PPTX: key figures, the quotation and the agenda as native, editable text. */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../core/compile.ts';
import type { DeckModel } from '../core/model.ts';
import { renderPptx } from './pptx.ts';

const REPORT = readFileSync(new URL('../core/fixtures/layouts.txt', import.meta.url), 'utf8');

/** Each slide's text runs, in order, and whether it holds a picture. */
async function slidesOf(deck: DeckModel): Promise<{ runs: string[]; pictures: number }[]> {
  const zip = await JSZip.loadAsync(await renderPptx(deck));
  const pages: { runs: string[]; pictures: number }[] = [];
  for (let i = 1; i <= deck.slides.length; i++) {
    const xml = (await zip.file(`ppt/slides/slide${i}.xml`)?.async('string')) ?? '';
    pages.push({ runs: [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? ''), pictures: (xml.match(/<p:pic>/g) ?? []).length });
  }
  return pages;
}

describe('PPTX of the text layouts', () => {
  for (const aspect of ['16:9', '4:3'] as const) {
    it(`writes every layout as text, not pictures (${aspect})`, async () => {
      const deck = compileDeck({ name: 'layouts.txt', format: 'txt', text: REPORT }, { aspect });
      const pages = await slidesOf(deck);
      const at = (title: string): { runs: string[]; pictures: number } => pages[deck.slides.findIndex((s) => s.title === title)] ?? { runs: [], pictures: -1 };
      const figures = at('经济运行');
      // Each card: the figure, then its label, as runs of their own.
      expect(figures.runs).toEqual(expect.arrayContaining(['X亿元', '地区生产总值', '规上工业总产值', '财政总收入', 'X%', '同比增长']));
      expect(figures.runs.indexOf('地区生产总值')).toBe(figures.runs.indexOf('X亿元') + 1);
      expect(at('民生保障').runs).toEqual(expect.arrayContaining(['“人民群众对美好生活的向往，就是我们的奋斗目标”', '坚持在发展中保障和改善民生']));
      expect(at('一、主要指标').runs).toEqual(expect.arrayContaining(['（一）', '经济运行', '（二）', '民生保障']));
      expect(at('社会治理').runs).toEqual(expect.arrayContaining(['1.', '基层治理']));
      expect(pages.every((page) => page.pictures === 0)).toBe(true);
    });
  }
});
