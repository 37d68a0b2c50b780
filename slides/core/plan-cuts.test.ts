/**
 * The planner never cuts a fixed formulation: fixtures for each kind of cut it must not make, and a
 * property test over generated reports full of quotations, titles and formulations.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDeck } from './compile.ts';
import { BUILTIN_FIXED_PHRASES, fixedPhraseList, marksBalanced, spanCutByPiece } from './fixed-phrases.ts';
import type { DeckModel, Slide } from './model.ts';
import { shorten } from './phrases.ts';

const compactless = (text: string): string => text.replace(/[\s，、；。…]/gu, '');
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const compile = (name: string): DeckModel => compileDeck({ name, format: name.endsWith('.md') ? 'md' : 'txt', text: fixture(name) });

/** Every title, subtitle and point of the deck's slides. */
const shown = (slide: Slide): string[] => [slide.title, ...(slide.subtitle !== undefined ? [slide.subtitle] : []), ...slide.points];

/** What a deck shows that cuts a quotation, title or formulation of its notes, or leaves a mark unpaired. */
function cuts(deck: DeckModel): string[] {
  const phrases = fixedPhraseList(deck.meta.fixedPhrases);
  const problems: string[] = [];
  deck.slides.forEach((slide, index) => {
    // The parts of a paragraph split over slides share its title: look for it in the whole paragraph.
    let first = index;
    while (slide.part && first > 0 && (deck.slides[first] as Slide).part?.index !== 1) first--;
    const notes = slide.part ? deck.slides.slice(first, first + slide.part.count).map((s) => s.notes).join('') : slide.notes;
    for (const piece of shown(slide)) {
      if (!marksBalanced(piece)) problems.push(`«${piece}» has an unpaired mark`);
      const span = spanCutByPiece(piece, notes, phrases);
      if (span) problems.push(`«${piece}» cuts ${span.kind} «${notes.slice(span.start, span.end)}»`);
    }
  });
  return problems;
}

describe('the planner never cuts', () => {
  const deck = compile('fixed-phrases.txt');
  const slideFor = (start: string): Slide => {
    const slide = deck.slides.find((s) => s.notes.startsWith(start));
    if (!slide) throw new Error(`no slide for ${start}`);
    return slide;
  };

  it('inside a formulation of the built-in list when it shortens a title', () => {
    expect(slideFor('我们要在全镇范围').title).toBe('在全镇范围深入持续开展以学习贯彻…');
  });

  it('inside a title of a document 《…》', () => {
    expect(slideFor('全镇党员干部').title).toBe('全镇党员干部要认真组织学习并对照检查…');
    expect(slideFor('加强理论武装').points).toEqual(['要把深入学习贯彻习近平新时代中国特色社会主义思想作为全镇党…', '全镇各级党组织要认真组织学习宣传贯彻…']);
  });

  it('inside 「…」 or ‘…’ quotations', () => {
    expect(slideFor('广大干部群众').title).toBe('广大干部群众认真组织学习并全面深入践行…');
    expect(slideFor('我们要深刻认识').title).toBe('深刻认识并切实加强‘两个确立’的决定性意义…');
  });

  it('inside a formulation of the deck’s own list (front matter fixed-phrases:)', () => {
    const own = compile('fixed-phrases-deck-list.md');
    expect(own.slides.find((s) => s.notes.startsWith('我们要全力推进'))?.title).toBe('全力推进工贸品质新城、历史文化名城、幸福田园美城…');
    // Without the deck's list the same title is cut at the pause inside it.
    const plain = compileDeck({ name: 'plain.md', format: 'md', text: fixture('fixed-phrases-deck-list.md').replace(/fixed-phrases:\n(?: {2}- .*\n)+/u, '') });
    expect(plain.slides.find((s) => s.notes.startsWith('我们要全力推进'))?.title).toBe('全力推进工贸品质新城、历史文化名城…');
  });

  it('the sentence stating the guiding principle: all of it becomes the points, in order', () => {
    const slide = slideFor('今年工作的总体要求是');
    expect(slide.title).toBe('今年工作的总体要求');
    expect(slide.points).toEqual([
      '坚持以习近平新时代中国特色社会主义思想为指导',
      '全面贯彻党的二十大精神',
      '完整准确全面贯彻新发展理念',
      '加快构建新发展格局，着力推动高质量发展',
      '为奋力谱写中国式现代化的新篇章而努力奋斗',
    ]);
    expect(`今年工作的总体要求是：${slide.points.join('，')}。`).toBe(slide.notes);
  });

  it('the guiding principle stated after a lead (…领导下，坚持以…为指导，…): the whole sentence, nothing left out', () => {
    const sentence = '过去一年，面对复杂严峻的外部环境，镇政府在县委、县政府和镇党委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，全力推动经济社会高质量发展。';
    const deck = compileDeck({ name: 'r.txt', format: 'txt', text: `X镇政府工作报告\n\n一、2025年工作回顾\n\n${sentence}\n` });
    const slide = deck.slides.find((s) => s.notes === sentence) as Slide;
    expect(slide.points.some((p) => p.includes('坚持以习近平新时代中国特色社会主义思想为指导'))).toBe(true);
    // Every clause is on the slide, in order (the title may show one of them).
    const shown = compactless([slide.title, ...slide.points].join(''));
    for (const clause of ['镇政府在县委、县政府和镇党委的坚强领导下', '深刻领悟“两个确立”的决定性意义', '全力推动经济社会高质量发展']) expect(shown).toContain(compactless(clause));
  });

  it('anything in the fixture decks', () => {
    expect(cuts(deck)).toEqual([]);
    expect(cuts(compile('fixed-phrases-deck-list.md'))).toEqual([]);
  });
});

describe('shorten', () => {
  it('moves a cut inside a span before it, or after it when before leaves too little', () => {
    expect(shorten('认真学习宣传贯彻《中华人民共和国乡村振兴促进法》', 12)).toBe('认真学习宣传贯彻…');
    expect(shorten('践行《中华人民共和国乡村振兴促进法》', 12)).toBe('践行《中华人民共和国乡村振兴促进法》');
    expect(shorten('《中华人民共和国乡村振兴促进法》全文学习', 12)).toBe('《中华人民共和国乡村振兴促进法》…');
    expect(shorten('深入学习习近平新时代中国特色社会主义思想', 10)).toBe('深入学习…');
    expect(shorten('学习习近平新时代中国特色社会主义思想', 10)).toBe('学习习近平新时代中国特色社会主义思想');
  });

  it('never ends an English point on a word that needs what follows it', () => {
    expect(shorten('It is a privilege to stand before the people who elected us to serve', 28)).toBe('It is a privilege to stand before the people…');
    expect(shorten('This year the county will invest 12 million dollars in roads and schools', 31)).toBe('This year the county will invest 12 million dollars…');
    // Chinese text with a letter at its end is left alone (A级 is not the English "a").
    expect(shorten('创建国家AAAA级旅游景区和省级A级景区村庄', 16)).toBe(shorten('创建国家AAAA级旅游景区和省级A级景区村庄', 16, []));
  });
});

const HAN = [...'发展建设推进工作全面加强提升经济社会产业城镇乡村治理改革创新民生服务党的领导人民群众项目企业'];
const word = fc.string({ unit: fc.constantFrom(...HAN), minLength: 2, maxLength: 8 });
const wrapped = (open: string, close: string): fc.Arbitrary<string> =>
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom('、', '')).map(([words, separator]) => `${open}${words.join(separator)}${close}`);
const piece = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 2, arbitrary: fc.constantFrom(...BUILTIN_FIXED_PHRASES) },
  { weight: 1, arbitrary: wrapped('“', '”') },
  { weight: 1, arbitrary: wrapped('《', '》') },
  { weight: 1, arbitrary: wrapped('「', '」') },
  { weight: 1, arbitrary: wrapped('‘', '’') },
  { weight: 1, arbitrary: fc.constantFrom(...BUILTIN_FIXED_PHRASES).map((p) => `“${p}”`) },
  { weight: 1, arbitrary: fc.constantFrom('X亿元', '增长X%', 'X家') },
);
const clause = fc.array(piece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(''));
const sentence = fc.tuple(fc.array(clause, { minLength: 1, maxLength: 5 }), fc.constantFrom('。', '！', '；')).map(([clauses, end]) => clauses.join('，') + end);
const lead = fc.constantFrom('', '', '', '一是', '大会的主题是：', '总体要求是：', '我们要', '五年来，');
const paragraph = fc.array(fc.tuple(lead, sentence).map(([l, s]) => l + s), { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
const heading = fc.tuple(fc.constantFrom('一、', '二、', '（一）', '（二）'), clause).map(([label, text]) => label + text);
const report = fc.array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: heading }), { minLength: 1, maxLength: 10 }).map((lines) => lines.join('\n'));

describe('generated reports full of quotations, titles and formulations', () => {
  it('no title, subtitle or point has an unpaired mark or cuts through a span of its notes', () => {
    fc.assert(
      fc.property(report, (text) => {
        expect(cuts(compileDeck({ name: 'generated.txt', format: 'txt', text }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
