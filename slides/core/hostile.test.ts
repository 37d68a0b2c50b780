/**
 * Hostile input: huge lines, repeated markers, deep nesting. Each must compile (or fail with a
 * DeckError) and keep the invariants; the suite's timeout catches a catastrophic slowdown. The
 * speed targets themselves are measured by `npm run bench`, not here.
 */
import { describe, expect, it } from 'vitest';
import { compileDeck, DeckError, type DeckModel, type SourceFormat } from './index.ts';
import { invariantViolations } from './invariants.ts';

const cases: [string, string][] = [
  ['a 1 MB line without punctuation', 'a'.repeat(1_000_000)],
  ['a 1 MB line of Han characters', '发展'.repeat(500_000)],
  ['100,000 repeated 一、', '一、'.repeat(100_000)],
  ['100,000 lines of 一、', '一、\n'.repeat(100_000)],
  ['100,000 headings', '一、标题\n'.repeat(50_000) + '（一）小标题\n'.repeat(50_000)],
  ['100,000 （', '（'.repeat(100_000)],
  ['100,000 “', '“'.repeat(100_000)],
  ['unbalanced quotes around sentences', '“甲。'.repeat(50_000)],
  ['100,000 one-character sentences', '。'.repeat(100_000)],
  ['100,000 *', '*'.repeat(100_000)],
  ['100,000 #', '#'.repeat(100_000)],
  ['100,000 [', '['.repeat(100_000)],
  ['100,000 enumeration markers', '一是'.repeat(100_000)],
  ['deeply nested quotes', '> '.repeat(50_000) + '正文。'],
  ['a huge table', '| 指标 | 目标 |\n|---|---|\n' + '| 营收 | X亿元 |\n'.repeat(50_000)],
  ['an unclosed HTML comment', '<!--' + '正文。'.repeat(50_000)],
  ['100,000 slide separators', '---\n'.repeat(100_000)],
  ['100,000 notes lines', 'Note: 甲\n'.repeat(100_000)],
];

function compileOrEmpty(text: string, format: SourceFormat): DeckModel | undefined {
  try {
    return compileDeck({ name: `hostile.${format}`, format, text });
  } catch (error) {
    expect(error).toBeInstanceOf(DeckError);
    return undefined;
  }
}

describe('hostile input', () => {
  for (const [name, text] of cases) {
    for (const format of ['txt', 'md'] as const) {
      it(`${name} (${format})`, () => {
        const deck = compileOrEmpty(text, format);
        if (deck && format === 'txt') expect(invariantViolations(deck, text)).toEqual([]);
        if (deck) expect(deck.slides.length).toBeGreaterThan(0);
      });
    }
  }
});
