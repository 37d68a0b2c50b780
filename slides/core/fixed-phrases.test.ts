import { describe, expect, it } from 'vitest';
import { compileDeck } from './compile.ts';
import { DeckError } from './errors.ts';
import { deckToMarkdown } from './export-markdown.ts';
import {
  BUILTIN_FIXED_PHRASES,
  findFormulationSpans,
  findQuotedSpans,
  fixedPhraseList,
  marksBalanced,
  protectedSpans,
  safeCutAfter,
  safeCutBefore,
  spanCutBy,
  unpairedMarks,
} from './fixed-phrases.ts';

const THEME = '坚持以习近平新时代中国特色社会主义思想为指导，忠实践行习近平总书记在X工作期间提出的“八八战略”、对X的“八个嘱托”';

const texts = (text: string, spans: { start: number; end: number }[]): string[] => spans.map((s) => text.slice(s.start, s.end));

describe('findQuotedSpans', () => {
  it('finds each kind of quotation and title mark, with the marks', () => {
    const text = '学习《中国共产党章程》，践行“两个确立”，「千万工程」与‘枫桥经验’。';
    const spans = findQuotedSpans(text);
    expect(texts(text, spans)).toEqual(['《中国共产党章程》', '“两个确立”', '「千万工程」', '‘枫桥经验’']);
    expect(spans.map((s) => s.kind)).toEqual(['book-title', 'quote', 'quote', 'quote']);
  });

  it('nests: the outer span first, then the one inside it', () => {
    const text = '他说：“要学好《决定》，落实‘三服务’。”';
    expect(texts(text, findQuotedSpans(text))).toEqual(['“要学好《决定》，落实‘三服务’。”', '《决定》', '‘三服务’']);
  });

  it('makes no span for a mark without its partner, and skips apostrophes', () => {
    expect(findQuotedSpans('聚焦“五县四最')).toEqual([]);
    expect(findQuotedSpans('工作布局”，坚定信心')).toEqual([]);
    expect(findQuotedSpans('It’s Xi’an’s plan')).toEqual([]);
    const text = '“甲《乙”丙》';
    // The closer ” pairs with “; the 《 opened inside was never closed there, so 》 finds nothing.
    expect(texts(text, findQuotedSpans(text))).toEqual(['“甲《乙”']);
  });

  it('bounds nesting on hostile input: openers past the depth limit make no span', () => {
    const text = '“'.repeat(50_000) + '”'.repeat(50_000);
    expect(findQuotedSpans(text)).toHaveLength(64);
  });
});

describe('fixed formulations', () => {
  it('has the formulations the issue names', () => {
    for (const phrase of ['习近平新时代中国特色社会主义思想', '两个确立', '两个维护', '四个意识', '四个自信', '八八战略']) expect(BUILTIN_FIXED_PHRASES).toContain(phrase);
  });

  it('prefers the longest formulation at a position and never overlaps', () => {
    const spans = findFormulationSpans(THEME);
    expect(texts(THEME, spans)).toEqual(['习近平新时代中国特色社会主义思想', '习近平总书记', '八八战略']);
    expect(spans.every((s) => s.kind === 'formulation')).toBe(true);
  });

  it('takes a deck’s own entries, trimmed, without blanks or repeats, longest first', () => {
    const list = fixedPhraseList(['  五县四最四个X ', '', '两个确立', 'x']);
    expect(list).toContain('五县四最四个X');
    expect(list.filter((p) => p === '两个确立')).toHaveLength(1);
    expect(list).not.toContain('x');
    expect(list.map((p) => p.length)).toEqual([...list.map((p) => p.length)].sort((a, b) => b - a));
    expect(texts('聚焦五县四最四个X工作布局', findFormulationSpans('聚焦五县四最四个X工作布局', list))).toEqual(['五县四最四个X']);
  });

  it('finds a formulation that runs across 、 as one span', () => {
    const text = '坚持不忘初心、牢记使命，坚定“四个自信”';
    expect(texts(text, protectedSpans(text))).toEqual(['不忘初心、牢记使命', '“四个自信”', '四个自信']);
  });
});

describe('safe cuts', () => {
  const text = '聚焦“五县四最四个X”工作布局';
  const spans = protectedSpans(text);

  it('moves a cut inside a quotation to before it, or after it', () => {
    expect(safeCutBefore(spans, 5)).toBe(2);
    expect(safeCutAfter(spans, 5)).toBe(11);
    expect(safeCutBefore(spans, 2)).toBe(2);
    expect(safeCutBefore(spans, 11)).toBe(11);
  });

  it('moves a cut inside a formulation inside a quotation to outside both', () => {
    const nested = '践行“习近平新时代中国特色社会主义思想”';
    const all = protectedSpans(nested);
    expect(safeCutBefore(all, 8)).toBe(2);
    expect(safeCutAfter(all, 8)).toBe(nested.length);
  });

  it('names the span a piece of the text cuts through', () => {
    expect(spanCutBy(text, 0, 5)?.kind).toBe('quote');
    expect(spanCutBy(text, 0, 11)).toBeUndefined();
    expect(spanCutBy(THEME, 3, 10)?.kind).toBe('formulation');
    expect(spanCutBy(THEME, 0, 22)).toBeUndefined();
  });
});

describe('marksBalanced', () => {
  it('is true only when every mark has its partner', () => {
    expect(marksBalanced('践行“八八战略”，学习《决定》')).toBe(true);
    expect(marksBalanced('It’s fine')).toBe(true);
    expect(marksBalanced('聚焦“五县四最…')).toBe(false);
    expect(marksBalanced('学习《决定')).toBe(false);
    expect(unpairedMarks('工作布局”，学习《决定》')).toEqual([{ index: 4, mark: '”' }]);
  });
});

describe('a deck’s own list (front matter fixed-phrases:)', () => {
  const deck = (front: string): string => `---\ntitle: 报告\n${front}---\n\n## 工作布局\n\n聚焦五县四最四个X工作布局。\n`;

  it('is read into the deck and written back by the Markdown export', () => {
    const model = compileDeck({ name: 'deck.md', format: 'md', text: deck('fixed-phrases:\n  - 五县四最四个X\n  - 三城建设\n') });
    expect(model.meta.fixedPhrases).toEqual(['五县四最四个X', '三城建设']);
    const again = compileDeck({ name: 'deck.md', format: 'md', text: deckToMarkdown(model) });
    expect(again.meta.fixedPhrases).toEqual(['五县四最四个X', '三城建设']);
  });

  it('names the file and line when an entry is not a line of text', () => {
    const read = (): unknown => compileDeck({ name: 'deck.md', format: 'md', text: deck('fixed-phrases:\n  - a: b\n') });
    expect(read).toThrow(DeckError);
    try {
      read();
    } catch (error) {
      expect((error as DeckError).details).toMatchObject({ code: 'FRONT_MATTER', file: 'deck.md', line: 3, say: { message: { key: 'error.fm.fixedPhrases' } } });
    }
  });
});
