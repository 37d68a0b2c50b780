/** Proofreading against the report: nothing on the automatic decks, every kind of edit found. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDeck, type DeckModel, type Slide, type SourceFormat } from '../index.ts';
import { say } from '../messages/catalogue.ts';
import { proofFindings, proofreadDeck, type ProofFinding } from './index.ts';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const compile = (text: string, format: SourceFormat = 'txt', name = `report.${format}`): DeckModel => compileDeck({ name, format, text });
const bundled = (): DeckModel => compile(read('../../default/town-congress-report.md'), 'md');

function slideWith(deck: DeckModel, test: (slide: Slide) => boolean): Slide {
  const slide = deck.slides.find(test);
  if (!slide) throw new Error('no such slide in the fixture');
  return slide;
}

function pointSlide(deck: DeckModel, point: string): Slide {
  return slideWith(deck, (s) => s.points.includes(point));
}

function setPoint(deck: DeckModel, from: string, to: string): Slide {
  const slide = pointSlide(deck, from);
  slide.points[slide.points.indexOf(from)] = to;
  return slide;
}

const brief = (found: readonly ProofFinding[]): string[] => found.map((f) => `${f.kind} ${f.field}${f.index ?? ''} ${f.text} — ${say('zh-CN', f.detail)}`);

describe('proofreading the automatic decks', () => {
  it('finds nothing on the untouched bundled deck, nor on the deck planned from its report', () => {
    expect(brief(proofFindings(bundled()))).toEqual([]);
    expect(brief(proofFindings(compile(read('../../default/town-congress-report.txt'))))).toEqual([]);
  });

  it('finds nothing on the Chinese fixtures', () => {
    for (const name of ['closing.txt', 'enumerations.txt', 'heading-styles.txt', 'title-block.txt']) {
      expect(brief(proofFindings(compile(read(`../fixtures/${name}`)))), name).toEqual([]);
    }
    expect(brief(proofFindings(compile(read('../fixtures/markdown-report.md'), 'md')))).toEqual([]);
  });

  it('finds nothing on the English script, planned from text or Markdown', () => {
    expect(brief(proofFindings(compile(read('../fixtures/english-script.txt'))))).toEqual([]);
    expect(brief(proofFindings(compile(read('../fixtures/english-script.md'), 'md')))).toEqual([]);
  });

  it('says where each line of a slide comes from, in its own notes', () => {
    const deck = bundled();
    const proof = proofreadDeck(deck);
    const index = deck.slides.findIndex((s) => s.points.includes('坚持人口集聚、城市赋能'));
    const line = proof.slides[index]?.lines.find((l) => l.shown === '坚持人口集聚、城市赋能');
    expect(line?.source?.slide).toBe(index);
    const notes = deck.slides[index]?.notes ?? '';
    expect(notes.slice(line?.source?.start, line?.source?.end)).toBe('坚持人口集聚、城市赋能');
    const shortened = proof.slides.flatMap((s) => s.lines).filter((l) => l.shortened);
    expect(shortened.map((l) => l.shown)).toEqual(deck.slides.flatMap((s) => [s.title, ...s.points]).filter((w) => w.endsWith('…')));
  });
});

describe('proofreading a deck edited by hand', () => {
  it('finds words typed into a point, and says what the report has there', () => {
    const deck = bundled();
    const slide = setPoint(deck, '坚持人口集聚、城市赋能', '坚持人口高度集聚、城市赋能');
    const found = proofFindings(deck);
    expect(found).toEqual([{ slide: slide.id, kind: 'not-in-report', text: '高度', field: 'point', index: slide.points.indexOf('坚持人口高度集聚、城市赋能'), detail: { key: 'proof.typed' } }]);
  });

  it('finds a point typed whole that the report does not have', () => {
    const deck = bundled();
    const slide = pointSlide(deck, '坚持人口集聚、城市赋能');
    slide.points.push('热烈庆祝大会胜利召开');
    expect(brief(proofFindings(deck))).toEqual(['not-in-report point' + String(slide.points.length - 1) + ' 热烈庆祝大会胜利召开 — 这段文字不在报告中。']);
  });

  it('finds changed figures as figures, each with the report\'s', () => {
    const deck = bundled();
    // A key-figures slide: each card a point of its own.
    setPoint(deck, '技改项目投资超X亿元', '技改项目投资超5亿元');
    setPoint(deck, 'R&D经费支出五年翻三番', 'R&D经费支出五年翻两番');
    const found = proofFindings(deck);
    expect(found.map((f) => [f.kind, f.text, f.detail])).toEqual([
      ['figure', '5亿', { key: 'proof.figure.differs', values: { report: 'X亿' } }],
      ['figure', '两', { key: 'proof.figure.differs', values: { report: '三' } }],
    ]);
  });

  it('finds a point cut inside a quotation, and a title cut inside a fixed formulation', () => {
    const deck = bundled();
    setPoint(deck, '聚焦“五县四最四个X”工作布局', '聚焦“五县四最…');
    const theme = slideWith(deck, (s) => s.title === '大会的主题');
    theme.title = '坚持以习近平新时代中国特色…';
    const found = proofFindings(deck);
    expect(found.map((f) => [f.kind, f.field, f.text, say('zh-CN', f.detail)])).toEqual([
      ['cut-phrase', 'title', '坚持以习近平新时代中国特色…', '截断在“习近平新时代中国特色社会主义思想”中间。'],
      ['cut-phrase', 'point', '聚焦“五县四最…', '截断在“五县四最四个X”中间。'],
    ]);
  });

  it('finds words left out of a fixed formulation, and a point left dangling', () => {
    const deck = bundled();
    const theme = slideWith(deck, (s) => s.title === '大会的主题');
    theme.points = ['坚持以习近平新时代思想为指导', '忠实践行习近平总书记在X工作期间提出的“八八战略”、对X的…'];
    const found = proofFindings(deck);
    expect(found.map((f) => [f.kind, f.index, say('zh-CN', f.detail)])).toEqual([
      ['cut-phrase', 0, '从“习近平新时代中国特色社会主义思想”中删去了“中国特色社会主义”。'],
      ['cut-phrase', 1, '停在“的”上，后面的话缺了。'],
    ]);
  });

  it('finds a section title that differs from its heading, and a heading slide\'s title too', () => {
    const deck = bundled();
    const section = slideWith(deck, (s) => s.title === '一、过去五年的工作回顾');
    section.title = '一、过去五年工作回顾';
    const parts = deck.slides.filter((s) => s.title === '夯实工业强镇基础，构建生态工业体系');
    expect(parts.length).toBe(3);
    (parts[1] as Slide).title = '夯实工业强镇基础';
    const found = proofFindings(deck);
    expect(found.map((f) => [f.slide, f.kind, f.text, say('en', f.detail)])).toEqual([
      [section.id, 'heading', '一、过去五年工作回顾', 'Differs from the report’s heading: “一、过去五年的工作回顾”.'],
      [parts[1]?.id, 'heading', '夯实工业强镇基础', 'Differs from the report’s heading: “夯实工业强镇基础，构建生态工业体系”.'],
    ]);
  });

  it('takes a line over a line break of the notes, and a title from the title block, as the report\'s', () => {
    const deck = bundled();
    const title = slideWith(deck, (s) => s.kind === 'title');
    title.points = ['全力打造共同富裕示范区X的先行镇 ——在中共X镇第X次代表大会第一次会议上的报告'];
    expect(proofFindings(deck)).toEqual([]);
  });
});

describe('proofreading an English script', () => {
  const text = [
    'Budget Speech',
    '',
    'Good morning. The county will invest 12 million dollars in the bridge. The work starts in March.',
    '',
    'We will extend the school day by one hour.',
  ].join('\n');

  it('finds typed words, changed figures and a word cut in half', () => {
    const deck = compile(text);
    const slide = slideWith(deck, (s) => s.notes.includes('12 million'));
    slide.points = ['The county will invest 15 million dollars in the bridge', 'The work starts in spring', 'The county will invest 12 mill…'];
    const found = proofFindings(deck);
    expect(found.map((f) => [f.kind, f.text])).toEqual([
      ['figure', '15'],
      ['not-in-report', 'spring'],
      ['cut-phrase', 'The county will invest 12 mill…'],
    ]);
    expect(say('en', found[2]?.detail ?? { key: 'proof.typed' })).toBe('Cut in the middle of a word (the report goes on “ion”).');
  });
});
