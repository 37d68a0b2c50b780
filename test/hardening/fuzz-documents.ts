/**
 * Generated documents for the fuzz tests: reports that look like the real thing (Chinese
 * headings, enumerations, quotes, Markdown, tables) mixed with what breaks parsers (random
 * Unicode, unbalanced quotes and brackets, stray markers, odd spaces and line ends), and giant
 * shapes (a 1 MB line, 100,000 repeated markers, 1,000-deep nesting, huge tables).
 */
import fc from 'fast-check';

const HAN = [...'发展建设推进工作全面加强提升经济社会产业城镇乡村治理改革创新民生服务党的领导人民群众项目企业生态文化'];
const LATIN = ['the', 'plan', 'growth', 'town', 'we', 'will', 'build', 'jobs', 'Mr.', 'No.', 'e.g.', 'U.S.', '3.5', 'X%'];
const SPACES = [' ', '　', '\t', '\u00a0', '\u2002', '\u2003', '\u200b', '\u3000', '\u2028', '\ufeff'];
const OPENERS = ['“', '”', '‘', '’', '「', '」', '『', '』', '《', '》', '（', '）', '(', ')', '【', '】', '[', ']', '{', '}', '"', "'", '`', '<', '>', '〈', '〉'];
const ENDS = ['。', '！', '？', '；', '……', '。”', '？！', '.', '!', '?', '…', '', '：'];
const HEADINGS = ['一、', '十二、', '（一）', '（十）', '(一)', '1.', '12.', '1、', '（1）', '(1)', '①', '第一部分', '第十二部分', '第一章', '# ', '## ', '###### ', '####### ', '#'];
const ENUMERATORS = ['一是', '二是', '三是', '第一，', '第二，', '首先，', '其次，', '最后，', '一方面，', '另一方面，', '其一，'];
const MARKDOWN_BITS = ['* ', '- ', '+ ', '> ', '1. ', '---', '***', '___', '```', '~~~', '    ', '| a | b |', '|---|---|', '![x](y)', '[a](b)', '<!--', '-->', '<div>', '</div>', '<!-- .slide: data-timing="30" -->', '<!-- .element: class="fragment" -->', 'Note:', 'Notes:', '**', '__', '~~', '\\', '&amp;', '&#x3c;', '$$'];

const pick = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items);

const word = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: pick(HAN), minLength: 1, maxLength: 8 }) },
  { weight: 2, arbitrary: pick(LATIN) },
  { weight: 1, arbitrary: fc.constantFrom('X亿元', 'X%', '12个', '3.5万人', '2025年', 'R&D', '5G', '“双招双引”') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const glue = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('，', '、', ' ', '') }, { weight: 2, arbitrary: pick(OPENERS) }, { weight: 1, arbitrary: pick(SPACES) }, { weight: 1, arbitrary: pick(MARKDOWN_BITS) });
const sentence = fc.tuple(fc.array(fc.tuple(word, glue), { minLength: 1, maxLength: 12 }), pick(ENDS)).map(([parts, end]) => parts.map(([w, g]) => w + g).join('') + end);
const paragraph = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 20 }), fc.boolean()).map(([sentences, enumerate]) =>
  sentences.map((s, i) => (enumerate && i < ENUMERATORS.length ? `${ENUMERATORS[i]}${s}` : s)).join(''),
);
const heading = fc.tuple(pick(HEADINGS), fc.string({ unit: pick(HAN), minLength: 0, maxLength: 12 }), fc.option(sentence)).map(([label, a, b]) => `${label}${a}${b ?? ''}`);
const table = fc.tuple(fc.integer({ min: 1, max: 8 }), fc.array(fc.array(word, { minLength: 1, maxLength: 8 }), { minLength: 0, maxLength: 20 })).map(([columns, rows]) =>
  [`|${' 列 |'.repeat(columns)}`, `|${'---|'.repeat(columns)}`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n'),
);
const nested = fc.tuple(pick(['- ', '* ', '> ', '1. ', '（一）', '  ']), fc.integer({ min: 1, max: 60 }), word).map(([marker, depth, w]) =>
  Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}${marker}${w}`).join('\n'),
);
const frontMatter = fc.tuple(fc.constantFrom('title', 'lang', 'rate', 'target', 'theme', 'aspect', 'subtitle', 'x'), fc.oneof(word, fc.constantFrom('zh', 'en', '220', '-1', '1e309', '45min', '16:9', '4:3', 'dark', '[', '{a: [', '"', '!!js/function', '*anchor', '&a [*a, *a]'))).map(
  ([key, value]) => `---\n${key}: ${value}\n---`,
);
const specialLine = fc.constantFrom('各位代表、同志们：', '——在大会上的报告', '谢谢大家！', '', '---', 'Note:', '```', '<!--', '-->', '　　', '\u2028');

/** One line of a report, any kind. */
const line = fc.oneof(
  { weight: 8, arbitrary: paragraph },
  { weight: 4, arbitrary: heading },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: nested },
  { weight: 1, arbitrary: frontMatter },
  { weight: 2, arbitrary: specialLine },
  { weight: 1, arbitrary: fc.tuple(pick(MARKDOWN_BITS), sentence).map(([m, s]) => m + s) },
);

/** A whole report: lines, with one kind of line end (or a mix), optional indentation and BOM. */
export const reportText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(line, { minLength: 1, maxLength: 40 }),
    fc.constantFrom('\n', '\r\n', '\r', '\n\n', 'mixed'),
    fc.constantFrom('', '　　', '  ', '\t'),
    fc.boolean(),
  )
  .map(([lines, eol, indent, bom]) => {
    const ends = ['\n', '\r\n', '\r', '\n\n'];
    const body = lines.map((l, i) => `${indent}${l}${eol === 'mixed' ? ends[i % ends.length] : eol}`).join('');
    return (bom ? '\ufeff' : '') + body;
  });

/** Any string at all: lone surrogates, controls, NUL, private use, astral planes. */
export const anyUnicode: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 600 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), pick([...OPENERS, ...HEADINGS, ...MARKDOWN_BITS, ...SPACES, '\n', '\r'])), { maxLength: 80 }).map((parts) => parts.join('')),
);

/**
 * Giant shapes, each scaled by a generated size so no two runs feed exactly the same input. The
 * arbitrary gives a small description and `giantText` builds the text, so a failure report names
 * the shape instead of printing megabytes.
 */
export type GiantShape =
  | { shape: 'line'; unit: string; bytes: number }
  | { shape: 'repeat'; marker: string; times: number }
  | { shape: 'nesting'; marker: string; depth: number }
  | { shape: 'quote-run'; depth: number }
  | { shape: 'table'; rows: number; columns: number }
  | { shape: 'unbalanced'; opener: string; sentences: number };

const MARKERS = ['*', '#', '一、', '（', '“', '[', '>', '|', '`', '-', '<', '一是', '。', '\\'];
export const giantShape: fc.Arbitrary<GiantShape> = fc.oneof(
  fc.record({ shape: fc.constant('line' as const), unit: pick(['a', '发', '发展。', 'x ', '“', '（', '*', '#', '|']), bytes: fc.integer({ min: 900_000, max: 1_050_000 }) }),
  fc.record({
    shape: fc.constant('repeat' as const),
    marker: fc.tuple(pick(MARKERS), fc.constantFrom('', '\n', ' ', '甲\n', '甲。')).map(([m, sep]) => m + sep),
    times: fc.integer({ min: 100_000, max: 110_000 }),
  }),
  fc.record({ shape: fc.constant('nesting' as const), marker: pick(['- ', '* ', '1. ', '> ', '（一）']), depth: fc.integer({ min: 1_000, max: 1_100 }) }),
  fc.record({ shape: fc.constant('quote-run' as const), depth: fc.integer({ min: 1_000, max: 1_100 }) }),
  fc.record({ shape: fc.constant('table' as const), rows: fc.integer({ min: 20_000, max: 30_000 }), columns: fc.integer({ min: 2, max: 12 }) }),
  fc.record({ shape: fc.constant('unbalanced' as const), opener: pick(['“', '（', '[', '《', '<!--', '```', '"']), sentences: fc.integer({ min: 50_000, max: 60_000 }) }),
);

export function giantText(giant: GiantShape): string {
  switch (giant.shape) {
    case 'line':
      return giant.unit.repeat(Math.ceil(giant.bytes / Buffer.byteLength(giant.unit)));
    case 'repeat':
      return giant.marker.repeat(giant.times);
    case 'nesting':
      return giant.marker === '> '
        ? Array.from({ length: giant.depth }, (_, i) => `${'> '.repeat(i + 1)}第${i}层。`).join('\n')
        : Array.from({ length: giant.depth }, (_, i) => `${'  '.repeat(i)}${giant.marker}第${i}层。`).join('\n');
    case 'quote-run':
      return `${'>'.repeat(giant.depth)} 正文。`;
    case 'table': {
      const header = [`|${' 指标 |'.repeat(giant.columns)}`, `|${'---|'.repeat(giant.columns)}`];
      return [...header, ...Array.from({ length: giant.rows }, (_, r) => `|${` 营收${r} X亿元 |`.repeat(giant.columns)}`)].join('\n');
    }
    case 'unbalanced':
      return giant.opener + '发展经济，改善民生。'.repeat(giant.sentences);
  }
}
