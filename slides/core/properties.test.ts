/** Property tests on generated text: the invariants hold for any document, not just the fixtures. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDeck, DeckError, deckToMarkdown, splitSentences, type DeckModel, type SourceFormat } from './index.ts';
import { invariantViolations, roundTripViolations } from './invariants.ts';
import { splitClauses } from './sentences.ts';

const HAN = [...'发展建设推进工作全面加强提升经济社会产业城镇乡村治理改革创新民生服务党的领导人民群众项目企业生态文化旅游教育医疗安全'];
const NUMERALS = [...'一二三四五六七八九'];
const word = fc.string({ unit: fc.constantFrom(...HAN), minLength: 2, maxLength: 6 });
const figure = fc.constantFrom('X亿元', 'X%', 'X家', '12个', '3.5万人', '五年翻三番');
const clause = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.option(figure), fc.boolean()).map(([words, fig, quoted]) => {
  const text = words.join('、') + (fig ?? '');
  return quoted ? `坚持“${text}”` : text;
});
const sentence = fc.tuple(fc.array(clause, { minLength: 1, maxLength: 5 }), fc.constantFrom('。', '！', '？', '；', '……', '。”')).map(([clauses, end]) => clauses.join('，') + end);
const paragraph = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 30 }), fc.boolean()).map(([sentences, enumerate]) =>
  sentences.map((s, i) => (enumerate && i < 9 ? `${NUMERALS[i]}是${s}` : s)).join(''),
);
const heading = fc.tuple(fc.constantFrom('一、', '二、', '（一）', '（二）', '1.', '2.', '（1）', '第一部分', '# ', '## '), word, fc.option(word)).map(
  ([label, a, b]) => `${label}${a}${b ? `，${b}` : ''}`,
);
const line = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 3, arbitrary: heading },
  { weight: 1, arbitrary: fc.constantFrom('各位代表、同志们：', '坚定信心 勇担使命', '——在大会上的报告', '', '谢谢大家！', '同志们，让我们共同奋斗！') },
);
const document = fc.tuple(fc.array(line, { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\n\n'), fc.boolean(), fc.boolean()).map(
  ([lines, eol, indent, bom]) => (bom ? '\uFEFF' : '') + lines.map((l) => (indent ? `\u3000\u3000${l}` : l)).join(eol),
);

function compileOrEmpty(text: string, format: SourceFormat): DeckModel | undefined {
  try {
    return compileDeck({ name: `generated.${format}`, format, text });
  } catch (error) {
    if (error instanceof DeckError && error.details.code === 'EMPTY') return undefined;
    throw error;
  }
}

describe('generated Chinese reports', () => {
  it('keep the notes-are-the-report and words-from-the-report invariants, and read back from Markdown', () => {
    fc.assert(
      fc.property(document, (text) => {
        const deck = compileOrEmpty(text, 'txt');
        if (!deck) return;
        expect(invariantViolations(deck, text)).toEqual([]);
        const reread = compileDeck({ name: 'deck.md', format: 'md', text: deckToMarkdown(deck) });
        expect(roundTripViolations(deck, reread)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keep every other slide id when one paragraph changes', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 3, maxLength: 12 }), fc.nat(), sentence, (paragraphs, pick, extra) => {
        const index = pick % paragraphs.length;
        const before = compileOrEmpty(paragraphs.join('\n'), 'txt');
        const after = compileOrEmpty(paragraphs.map((p, i) => (i === index ? p + extra : p)).join('\n'), 'txt');
        if (!before || !after) return;
        const afterIds = new Set(after.slides.map((s) => s.id));
        const edited = paragraphs[index] as string;
        for (const slide of before.slides) {
          if (!edited.includes(slide.notes) && !slide.notes.includes(edited)) expect(afterIds.has(slide.id)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('random Unicode', () => {
  const anyText = fc.string({ unit: 'binary', maxLength: 400 });
  it('gives a deck that keeps the invariants, or a DeckError EMPTY, as plain text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const deck = compileOrEmpty(text, 'txt');
        if (deck) expect(invariantViolations(deck, text)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
  it('throws nothing but DeckError as Markdown, and explicit decks read back from their Markdown', () => {
    const markdownish = fc.array(fc.oneof(anyText, fc.constantFrom('---', 'Note:', '# ', '- ', '<!-- .slide: data-timing="5" -->', '> ', '```', '[a](b)', '**', '\\')), { maxLength: 30 }).map((parts) => parts.join('\n'));
    fc.assert(
      fc.property(markdownish, (text) => {
        let deck: DeckModel | undefined;
        try {
          deck = compileOrEmpty(text, 'md');
        } catch (error) {
          expect(error).toBeInstanceOf(DeckError);
          return;
        }
        if (!deck) return;
        const reread = compileDeck({ name: 'deck.md', format: 'md', text: deckToMarkdown(deck) });
        expect(reread.slides.map((s) => [s.id, s.notes, s.title, s.points])).toEqual(deck.slides.map((s) => [s.id, s.notes, s.title, s.points]));
      }),
      { numRuns: 500 },
    );
  });
  it('splits sentences and clauses into pieces that give back the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(splitSentences(text).join('')).toBe(text);
        expect(splitClauses(text).join('')).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
