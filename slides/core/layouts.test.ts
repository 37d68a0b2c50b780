/** The text layouts: figures split into label and value, and the planner's choice of layout per slide. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDeck } from './compile.ts';
import { deckToMarkdown } from './export-markdown.ts';
import { invariantViolations, roundTripViolations } from './invariants.ts';
import { chooseLayout, figurePoints, isWholeQuotation, quoteOf, splitFigure } from './layouts.ts';
import type { Slide } from './model.ts';

const REPORT = readFileSync(new URL('./fixtures/layouts.txt', import.meta.url), 'utf8');
const deck = compileDeck({ name: 'layouts.txt', format: 'txt', text: REPORT });
const slide = (title: string): Slide => {
  const found = deck.slides.find((s) => s.title === title);
  if (!found) throw new Error(`no slide ${title}`);
  return found;
};

describe('splitFigure', () => {
  it('takes the figure at the end of a clause and its label from the same clause', () => {
    expect(splitFigure('规上工业总产值X亿元')).toEqual({ label: '规上工业总产值', value: 'X亿元' });
    expect(splitFigure('同比增长X%')).toEqual({ label: '同比增长', value: 'X%' });
    expect(splitFigure('技改项目投资超X亿元')).toEqual({ label: '技改项目投资', value: '超X亿元' });
    expect(splitFigure('R&D经费支出五年翻三番')).toEqual({ label: 'R&D经费支出五年', value: '翻三番' });
    expect(splitFigure('城镇化率达到65.3%左右')).toEqual({ label: '城镇化率', value: '达到65.3%左右' });
    expect(splitFigure('新增国家高新技术企业12家')).toEqual({ label: '新增国家高新技术企业', value: '12家' });
  });

  it('refuses what is not one figure at the end of a short caption', () => {
    expect(splitFigure('X亿元的金励纸业')).toBeUndefined();
    expect(splitFigure('分别增长X%、X%、X%')).toBeUndefined();
    expect(splitFigure('坚持一张蓝图绘到底')).toBeUndefined();
    expect(splitFigure('X亿元')).toBeUndefined();
    expect(splitFigure('在全镇范围深入持续开展以学习贯彻为主题的系列活动共X次')).toBeUndefined();
  });

  it('finds the figures of a sentence clause by clause, leaving out 全镇实现 and framing clauses', () => {
    expect(figurePoints(['预计到X年末，全镇实现地区生产总值X亿元，规上工业总产值X亿元，同比X年分别增长X%、X%。'])).toEqual(['地区生产总值X亿元', '规上工业总产值X亿元']);
  });
});

describe('the planner chooses the layout the text calls for', () => {
  it('key figures for a sentence listing three or more figures, masked figures as written', () => {
    const figures = slide('经济运行');
    expect(figures.layout).toBe('figures');
    expect(figures.points).toEqual(['地区生产总值X亿元', '规上工业总产值X亿元', '财政总收入X亿元', '同比增长X%']);
  });

  it('the quote layout for a quotation first among the points, and for a short line a closing leads with', () => {
    const quote = slide('民生保障');
    expect(quote.layout).toBe('quote');
    expect(quoteOf(quote)).toEqual({ quote: '“人民群众对美好生活的向往，就是我们的奋斗目标”', fromPoint: true });
    const closing = deck.slides[deck.slides.length - 1] as Slide;
    expect([closing.kind, closing.layout, closing.title]).toEqual(['closing', 'quote', '功崇惟志，业广惟勤']);
    expect(quoteOf(closing).fromPoint).toBe(false);
  });

  it('the agenda for a section’s sub-headings and a heading over headings', () => {
    expect(slide('一、主要指标')).toMatchObject({ layout: 'agenda', points: ['（一）经济运行', '（二）民生保障', '（三）社会治理'] });
    expect(slide('社会治理')).toMatchObject({ layout: 'agenda', points: ['1.基层治理', '2.平安建设'] });
    // One sub-heading is no agenda.
    expect(chooseLayout({ kind: 'section', title: '二、工作要求', points: ['（一）唯一'], sentences: [], firstPart: true }).layout).toBeUndefined();
  });

  it('title and bullets for the rest, and every slide round-trips through the deck’s Markdown with its layout', () => {
    expect(slide('基层治理').layout).toBeUndefined();
    expect(invariantViolations(deck, REPORT)).toEqual([]);
    const markdown = deckToMarkdown(deck);
    expect(markdown).toContain('data-layout="figures"');
    expect(markdown).toContain('data-layout="quote"');
    expect(markdown).toContain('data-layout="agenda"');
    const reread = compileDeck({ name: 'deck.md', format: 'md', text: markdown });
    expect(roundTripViolations(deck, reread)).toEqual([]);
    expect(reread.slides.map((s) => s.layout)).toEqual(deck.slides.map((s) => s.layout));
  });

  it('knows a whole quotation from a point that only holds one', () => {
    expect(isWholeQuotation('《中华人民共和国乡村振兴促进法》')).toBe(true);
    expect(isWholeQuotation('践行“两山”理念')).toBe(false);
    expect(isWholeQuotation('“甲”和“乙”')).toBe(false);
  });
});
