/** The small pieces: normalisation, reading time, sentences, enumerations, ids. */
import { describe, expect, it } from 'vitest';
import { findEnumerations } from './enumerations.ts';
import { compactText, detectLang, normalizeText, readingSeconds, readingUnits, slideId, SlideIdAllocator, splitSentences } from './index.ts';
import { splitClauses } from './sentences.ts';

const RATE = { cjkPerMinute: 220, wordsPerMinute: 140 };

describe('normalizeText', () => {
  it('unifies line endings, drops the BOM and zero-width characters, trims full-width indentation', () => {
    expect(normalizeText('\uFEFF　　第一段。\r\n　　第二段\u200b。\r第三段。\n\n\n\n第四段。\n')).toBe('第一段。\n第二段。\n第三段。\n\n第四段。');
  });
  it('collapses Unicode spaces inside a line', () => {
    expect(normalizeText('坚定信心\u3000勇担使命\u00a0\u2003砥砺奋进\t')).toBe('坚定信心 勇担使命 砥砺奋进');
  });
  it('keeps indentation when asked (Markdown, YAML)', () => {
    expect(normalizeText('rate:\r\n  cjk: 220\r\n\u3000- item', true)).toBe('rate:\n  cjk: 220\n - item');
  });
  it('compactText removes all whitespace', () => expect(compactText(' a\u3000b\n c\u00a0')).toBe('abc'));
});

describe('reading time', () => {
  it('reads Chinese in characters per minute, punctuation counted as a pause', () => {
    expect(readingSeconds('一二三四五六七八九十，', RATE, 'zh')).toBeCloseTo((11 * 60) / 220);
    expect(readingUnits('一二三，四', 'zh')).toBe(5);
  });
  it('reads English in words per minute', () => {
    expect(readingSeconds("It's a well-known fact: R&D costs 3.5 million.", RATE, 'en')).toBeCloseTo((8 * 60) / 140);
  });
  it('counts both in mixed text', () => {
    expect(readingSeconds('投资X亿元，增长12%', RATE, 'zh')).toBeCloseTo((7 * 60) / 220 + (2 * 60) / 140);
  });
  it('detects the language', () => {
    expect(detectLang('全力打造共同富裕示范区')).toBe('zh');
    expect(detectLang('Building a greener city together')).toBe('en');
    expect(detectLang('我们的 R&D 投入增长了')).toBe('zh');
  });
});

describe('sentences', () => {
  it('cuts after 。！？；… and keeps closing quotes with their sentence', () => {
    expect(splitSentences('他说：“好。”我们走吧！真的？是的；好……然后')).toEqual(['他说：“好。”', '我们走吧！', '真的？', '是的；', '好……', '然后']);
  });
  it('does not cut inside short quotations or brackets', () => {
    expect(splitSentences('提出“微事不出格。小事不出村”的格局。（见附件。）完。')).toEqual(['提出“微事不出格。小事不出村”的格局。', '（见附件。）', '完。']);
  });
  it('survives unbalanced brackets', () => {
    expect(splitSentences('“未闭合。第二句。）多余。')).toEqual(['“未闭合。', '第二句。）', '多余。']);
  });
  it('knows English abbreviations, initials and decimals', () => {
    expect(splitSentences('Mr. Smith paid $3.50 to J. R. Jones. He left. "Yes." she said.')).toEqual(['Mr. Smith paid $3.50 to J. R. Jones. ', 'He left. ', '"Yes." ', 'she said.']);
  });
  it('splits clauses at top-level commas only', () => {
    expect(splitClauses('我们秉承“民之所向，我之所往”，打造民生X。')).toEqual(['我们秉承“民之所向，我之所往”，', '打造民生X。']);
    expect(splitClauses('共计1,000人, 完成')).toEqual(['共计1,000人, ', '完成']);
  });
});

describe('enumerations', () => {
  const markers = (text: string) => findEnumerations(splitSentences(text)).map((m) => m?.marker ?? '');
  it('finds runs counting up from one', () => {
    expect(markers('一是甲。二是乙。三是丙。')).toEqual(['一是', '二是', '三是']);
    expect(markers('引言。一要甲。二要乙。')).toEqual(['', '一要', '二要']);
    expect(markers('第一，甲。第二，乙。')).toEqual(['第一，', '第二，']);
    expect(markers('其一，甲。其二，乙。')).toEqual(['其一，', '其二，']);
    expect(markers('首先，甲。其次，乙。最后，丙。')).toEqual(['首先，', '其次，', '最后，']);
    expect(markers('First, we go. Second, we stay. Finally, we rest.')).toEqual(['First, ', 'Second, ', 'Finally, ']);
  });
  it('ignores lone or out-of-order markers', () => {
    expect(markers('一是甲。')).toEqual(['']);
    expect(markers('二是甲。三是乙。')).toEqual(['', '']);
    expect(markers('一是甲。三是乙。')).toEqual(['', '']);
  });
});

describe('slide ids', () => {
  it('depend on kind and notes, not on whitespace', () => {
    expect(slideId('content', '甲乙。\n丙')).toBe(slideId('content', '甲乙。 丙'));
    expect(slideId('content', '甲')).not.toBe(slideId('section', '甲'));
    expect(slideId('content', '甲')).toMatch(/^s-[0-9a-z]{11}$/);
  });
  it('tell identical slides apart by a suffix in order', () => {
    const ids = new SlideIdAllocator();
    const first = ids.next('content', '同样的话。');
    expect(ids.next('content', '同样的话。')).toBe(`${first}-2`);
    expect(ids.next('content', '同样的话。')).toBe(`${first}-3`);
  });
});
