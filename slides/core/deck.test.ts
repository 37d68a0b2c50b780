/** Explicit reveal.js-style Markdown decks, front matter and the compiler's errors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDeck, DeckError, deckToMarkdown, parseDuration, type CompileOptions, type DeckErrorDetails } from './index.ts';
import { roundTripViolations } from './invariants.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const md = (text: string, options?: CompileOptions) => compileDeck({ name: 'deck.md', format: 'md', text }, options);

function errorOf(run: () => unknown): DeckErrorDetails {
  try {
    run();
  } catch (error) {
    if (error instanceof DeckError) return error.details;
    throw error;
  }
  throw new Error('expected a DeckError');
}

describe('a reveal.js deck', () => {
  const deck = md(fixture('reveal-deck.md'));
  it('has one slide per --- with its notes', () => {
    expect(deck.slides.map((s) => s.title)).toEqual(['Quarterly Review', 'Revenue', 'Appendix']);
    expect(deck.slides.map((s) => s.notes)).toEqual([
      'Welcome everyone to the quarterly review.',
      'Revenue grew twelve percent.\nWe signed three new customers.',
      'Only if time allows.',
    ]);
    expect(deck.slides.every((s) => s.kind === 'custom')).toBe(true);
  });
  it('applies attribute comments and honours data-timing', () => {
    const revenue = deck.slides[1];
    expect(revenue).toMatchObject({ seconds: 45, timingFromSource: true, attributes: { 'data-timing': '45', 'data-background-color': '#112233' } });
    expect(revenue?.points).toEqual(['Up 12% on last quarter', 'Three new customers']);
    expect(revenue?.body).toContain('<!-- .element: class="fragment" -->');
    expect(deck.slides[2]).toMatchObject({ skippable: true });
    // A picture line is the slide's picture, shown beside its text.
    expect(deck.slides[2]).toMatchObject({ picture: { src: 'chart.png', alt: 'chart' }, layout: 'picture-text' });
    expect(deck.slides[2]?.body).toBeUndefined();
    expect(deck.slides[0]?.timingFromSource).toBeUndefined();
  });
  it('reads the front matter: title, language, rate, target, theme, aspect', () => {
    expect(deck.meta).toMatchObject({ title: 'Quarterly Review', lang: 'en', rate: { cjkPerMinute: 220, wordsPerMinute: 150 }, targetSeconds: 600, theme: 'dark', aspect: '4:3' });
    // 6 words at 150 words per minute
    expect(deck.slides[0]?.seconds).toBe(Math.round((6 * 60) / 150));
    expect(deck.meta.totalSeconds).toBe(deck.slides.reduce((sum, s) => sum + s.seconds, 0));
  });
  it('lets options override the front matter', () => {
    const other = md(fixture('reveal-deck.md'), { rate: { wordsPerMinute: 60 }, theme: 'light', aspect: '16:9', targetSeconds: 900 });
    expect(other.meta).toMatchObject({ rate: { wordsPerMinute: 60 }, theme: 'light', aspect: '16:9', targetSeconds: 900 });
    expect(other.slides[0]?.seconds).toBe(6);
  });
  it('writes back to Markdown that reads to the same deck', () => {
    expect(roundTripViolations(deck, md(deckToMarkdown(deck)))).toEqual([]);
  });
  it('accepts Notes:, a deck without front matter, and a notes line ---', () => {
    const plain = md('# One\n\nNotes: first\n\n---\n\n## Two\n\nNote:\nsecond\n');
    expect(plain.slides.map((s) => [s.title, s.notes])).toEqual([['One', 'first'], ['Two', 'second']]);
    const tricky = { ...plain, slides: plain.slides.map((s, i) => (i === 0 ? { ...s, notes: 'a\n---\nb' } : s)) };
    expect(md(deckToMarkdown(tricky)).slides[0]?.notes).toBe('a\n---\nb');
  });
  it('keeps Markdown-significant characters in titles and points verbatim through the round trip', () => {
    const deck2 = md('## 1. *Star* \\_and\\_ [link]\n\n- # not a heading\n- a <b>tag</b> & 3~5 \\\\ back\n\nNote: x\n');
    const again = md(deckToMarkdown(deck2));
    expect(again.slides[0]?.title).toBe(deck2.slides[0]?.title);
    expect(again.slides[0]?.points).toEqual(deck2.slides[0]?.points);
  });
});

describe('front matter errors', () => {
  it('reports invalid YAML with its line', () => {
    expect(errorOf(() => md(fixture('bad-front-matter.md')))).toMatchObject({ code: 'FRONT_MATTER', file: 'deck.md', line: 3 });
  });
  it('reports a front matter that is never closed', () => {
    expect(errorOf(() => md('---\ntitle: x\n\n# Slide\n'))).toMatchObject({ code: 'FRONT_MATTER', line: 1 });
  });
  it('reports bad values on their own line', () => {
    expect(errorOf(() => md('---\ntitle: x\nrate: -5\n---\n# A\n'))).toMatchObject({ code: 'FRONT_MATTER', line: 3 });
    expect(errorOf(() => md('---\naspect: 21:9\n---\n# A\n'))).toMatchObject({ code: 'FRONT_MATTER', line: 2 });
    expect(errorOf(() => md('---\ntarget: soon\n---\n# A\n'))).toMatchObject({ code: 'FRONT_MATTER', line: 2 });
    expect(errorOf(() => md('---\nlang: fr\n---\n# A\n'))).toMatchObject({ code: 'FRONT_MATTER', line: 2 });
    expect(errorOf(() => md('---\n- a list\n---\n# A\n'))).toMatchObject({ code: 'FRONT_MATTER' });
  });
  it('refuses hostile front matter without handing it to the parser', () => {
    expect(errorOf(() => md(`---\na: ${'['.repeat(100_000)}\n---\n# A\n`))).toMatchObject({ code: 'FRONT_MATTER' });
    expect(errorOf(() => md(`---\n${'a: b\n'.repeat(10_000)}---\n# A\n`))).toMatchObject({ code: 'FRONT_MATTER' });
    expect(errorOf(() => md('---\na: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\n---\n# A\n'))).toMatchObject({ code: 'FRONT_MATTER' });
  });
  it('takes minutes, clocks and units as the target', () => {
    expect(md('---\ntarget: 50\n---\n# A\n').meta.targetSeconds).toBe(3000);
    expect(md('---\ntarget: "1:05:00"\n---\n# A\n').meta.targetSeconds).toBe(3900);
    expect(md('---\ntarget: 45分钟\n---\n# A\n').meta.targetSeconds).toBe(2700);
    expect(errorOf(() => md('---\ntitle: T\ntarget: "5:99"\n---\n# A\n'))).toMatchObject({ code: 'FRONT_MATTER', line: 3, message: expect.stringContaining('99 seconds') });
    expect(md('---\nrate: 300\nlang: zh\n---\n# 甲\n').meta.rate).toEqual({ cjkPerMinute: 300, wordsPerMinute: 140 });
  });
});

describe('parseDuration', () => {
  it('reads clocks whose fields after the first are 0–59', () => {
    expect(parseDuration('5:59')).toBe(359);
    expect(parseDuration('90:00')).toBe(5400);
    expect(parseDuration('1:59:59')).toBe(7199);
  });
  it('refuses 60 or more seconds in mm:ss, and 60 or more minutes in h:mm:ss, as OPTION errors', () => {
    expect(errorOf(() => parseDuration('5:99'))).toMatchObject({
      code: 'OPTION',
      message: 'duration "5:99" has 99 seconds; a clock takes 0–59 seconds after the minutes.',
      hint: expect.stringContaining('"6:39"'),
    });
    expect(errorOf(() => parseDuration('5:60'))).toMatchObject({ code: 'OPTION', message: expect.stringContaining('60 seconds') });
    expect(errorOf(() => parseDuration('1:75:00'))).toMatchObject({
      code: 'OPTION',
      message: 'duration "1:75:00" has 75 minutes; h:mm:ss takes 0–59 minutes after the hours.',
      hint: expect.stringContaining('"2:15:00"'),
    });
    expect(errorOf(() => parseDuration('1:05:60'))).toMatchObject({ code: 'OPTION', message: expect.stringContaining('60 seconds') });
  });
});

describe('errors', () => {
  it('EMPTY for no readable text', () => {
    for (const text of ['', '   \n\t\u3000\n', '\uFEFF', '\u200b\u200b']) {
      expect(errorOf(() => compileDeck({ name: 'r.txt', format: 'txt', text }))).toMatchObject({ code: 'EMPTY', file: 'r.txt' });
    }
    expect(errorOf(() => md('---\ntitle: x\n---\n\n'))).toMatchObject({ code: 'EMPTY' });
  });
  it('OPTION for invalid options, with what to do', () => {
    const bad: CompileOptions[] = [
      { rate: { cjkPerMinute: 0 } },
      { rate: { wordsPerMinute: -1 } },
      { rate: { cjkPerMinute: Number.NaN } },
      { maxSlideSeconds: 0 },
      { targetSeconds: Number.POSITIVE_INFINITY },
      { theme: 'neon' as never },
      { aspect: '21:9' as never },
    ];
    for (const options of bad) {
      const details = errorOf(() => compileDeck({ name: 'r.txt', format: 'txt', text: '正文。' }, options));
      expect(details.code).toBe('OPTION');
      expect(details.hint.length).toBeGreaterThan(0);
    }
  });
});

describe('--- in a Markdown report', () => {
  it('is a section break when the parts are report-sized, and the report is planned as usual', () => {
    const paragraph = '我们坚持稳中求进，推动经济社会持续健康发展，全年完成地区生产总值X亿元，增长X%。'.repeat(6);
    const deck = md(`# 工作报告\n\n${paragraph}\n\n---\n\n## 一、下一步工作\n\n${paragraph}\n`);
    expect(deck.slides.some((s) => s.kind === 'custom')).toBe(false);
    expect(deck.slides[0]).toMatchObject({ kind: 'title', title: '工作报告' });
    expect(deck.sections.map((s) => s.title)).toEqual(['下一步工作']);
  });
  it('separates slides when the parts are slide-sized', () => {
    expect(md('# 甲\n\n- 一点\n\n---\n\n# 乙\n').slides.map((s) => [s.kind, s.title])).toEqual([['custom', '甲'], ['custom', '乙']]);
  });
});

describe('table slides and footnotes in the Markdown deck', () => {
  it('a table goes out as a GFM table and comes back as the slide table (pipes, line breaks, no header); footnotes as attributes', () => {
    const report = compileDeck({
      name: 'report.docx',
      format: 'docx',
      text: '',
      blocks: [
        { type: 'paragraph', text: '全力打造共同富裕示范区X的先行镇' },
        { type: 'paragraph', text: '各位代表：' },
        { type: 'paragraph', text: '现在我作报告。数据见下表。', footnotes: ['数据来源："统计局" --> 年报。'] },
        { type: 'table', rows: [['指标', '数值'], ['A|B 两项', '第一行\n第二行'], ['*强调*', 'X亿元']] },
        { type: 'table', rows: [['只有一行', 'X']] },
      ],
    });
    const tables = report.slides.filter((s) => s.table);
    expect(tables.map((s) => s.table?.header)).toEqual([true, false]);
    const text = deckToMarkdown(report);
    expect(text).toContain('| 指标 | 数值 |\n| --- | --- |\n| A\\|B 两项 | 第一行<br>第二行 |\n| \\*强调\\* | X亿元 |');
    const reread = md(text);
    expect(roundTripViolations(report, reread)).toEqual([]);
    expect(reread.slides.find((s) => s.footnotes)?.footnotes).toEqual(['数据来源："统计局" --> 年报。']);
  });
});
