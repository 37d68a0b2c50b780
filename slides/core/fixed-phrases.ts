/**
 * Fixed formulations (固定提法) and quoted phrases: the spans of a text that a slide must show
 * whole or not at all. The planner never cuts inside one when it shortens a point or a title, and
 * proofreading flags a slide that does. The built-in list holds the formulations of party and
 * government documents; a deck adds its own with the front matter's `fixed-phrases:` list.
 */

/**
 * The built-in list. Longer formulations come first where one contains another only for
 * readability: matching always prefers the longest at a position.
 */
export const BUILTIN_FIXED_PHRASES: readonly string[] = [
  '习近平新时代中国特色社会主义思想',
  '习近平总书记',
  '马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观',
  '“三个代表”重要思想',
  '中国特色社会主义',
  '中国式现代化',
  '中华民族伟大复兴',
  '中华民族共同体意识',
  '人类命运共同体',
  '两个确立',
  '两个维护',
  '四个意识',
  '四个自信',
  '两个毫不动摇',
  '两个结合',
  '五位一体',
  '四个全面',
  '八八战略',
  '不忘初心、牢记使命',
  '以人民为中心',
  '新发展理念',
  '新发展格局',
  '高质量发展',
  '全过程人民民主',
  '全面从严治党',
  '中央八项规定精神',
  '党的二十大精神',
  '党的二十届三中全会精神',
  '绿水青山就是金山银山',
  '共同富裕示范区',
  '乡村振兴',
  '枫桥经验',
  '最多跑一次',
  '放管服',
  '一国两制',
  '碳达峰、碳中和',
  '统筹发展和安全',
  '稳中求进工作总基调',
  '总体国家安全观',
];

/** What kind of span a text holds whole. */
export type ProtectedKind = 'quote' | 'book-title' | 'formulation';

export interface ProtectedSpan {
  /** Index of the span's first character (the opening mark for a quotation). */
  start: number;
  /** Index just past the span (past the closing mark for a quotation). */
  end: number;
  kind: ProtectedKind;
}

/**
 * The marks that open and close a quoted phrase: “…”, ‘…’, 「…」, 『…』 are quotations,
 * 《…》 and 〈…〉 titles of works and documents.
 */
const PAIRS: readonly (readonly [string, string, ProtectedKind])[] = [
  ['“', '”', 'quote'],
  ['‘', '’', 'quote'],
  ['「', '」', 'quote'],
  ['『', '』', 'quote'],
  ['《', '》', 'book-title'],
  ['〈', '〉', 'book-title'],
];
const OPENER = new Map(PAIRS.map(([open, , kind], index) => [open, { index, kind }]));
const CLOSER = new Map(PAIRS.map(([, close], index) => [close, index]));
/** Openers nested deeper than this are noise; they are ignored (bounds the stack on hostile text). */
const MAX_DEPTH = 64;

/** ’ between two Latin letters or digits is an apostrophe (it’s, Xi’an), not a closing quote. */
function isApostrophe(text: string, i: number): boolean {
  return text[i] === '’' && /[A-Za-z0-9]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '');
}

/**
 * The quoted phrases and titles of `text`, each from its opening mark to its matching closing
 * mark, outer ones before the ones nested in them. A mark without its partner makes no span.
 * One pass with a bounded stack.
 */
export function findQuotedSpans(text: string): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  const stack: { at: number; index: number; kind: ProtectedKind }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const open = OPENER.get(ch);
    if (open) {
      if (stack.length < MAX_DEPTH) stack.push({ at: i, ...open });
      continue;
    }
    const close = CLOSER.get(ch);
    if (close === undefined || isApostrophe(text, i)) continue;
    // A closer pairs with the nearest opener of its kind; openers above it were never closed.
    for (let k = stack.length - 1; k >= 0; k--) {
      const entry = stack[k] as { at: number; index: number; kind: ProtectedKind };
      if (entry.index !== close) continue;
      spans.push({ start: entry.at, end: i + 1, kind: entry.kind });
      stack.length = k;
      break;
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The deck's list of fixed formulations: the built-in list and the deck's own entries, trimmed,
 * without blanks and repeats, longest first (so the longest match at a position wins).
 */
export function fixedPhraseList(extra: readonly string[] = []): string[] {
  const seen = new Set<string>();
  for (const phrase of [...BUILTIN_FIXED_PHRASES, ...extra]) {
    const text = phrase.trim();
    if (text.length >= 2) seen.add(text);
  }
  return [...seen].sort((a, b) => b.length - a.length);
}

/** The built-in list as fixedPhraseList gives it: what every helper uses when no deck list is passed. */
export const DEFAULT_FIXED_PHRASES: readonly string[] = fixedPhraseList();
const DEFAULT_LIST = DEFAULT_FIXED_PHRASES;

/**
 * Where the formulations of `phrases` (a fixedPhraseList) occur in `text`, left to right, never
 * overlapping: at each position the longest that matches.
 */
export function findFormulationSpans(text: string, phrases: readonly string[] = DEFAULT_LIST): ProtectedSpan[] {
  const hits: ProtectedSpan[] = [];
  for (const phrase of phrases) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) hits.push({ start: at, end: at + phrase.length, kind: 'formulation' });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: ProtectedSpan[] = [];
  let reached = 0;
  for (const hit of hits) {
    if (hit.start < reached) continue;
    spans.push(hit);
    reached = hit.end;
  }
  return spans;
}

/** Every span of `text` a cut must not fall inside: quotations, titles and formulations, by start. */
export function protectedSpans(text: string, phrases: readonly string[] = DEFAULT_LIST): ProtectedSpan[] {
  return [...findQuotedSpans(text), ...findFormulationSpans(text, phrases)].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The span a cut before `text[index]` would fall inside (start < index < end), the outermost one. */
export function spanAround(spans: readonly ProtectedSpan[], index: number): ProtectedSpan | undefined {
  let around: ProtectedSpan | undefined;
  for (const span of spans) {
    if (span.start >= index) break;
    if (index < span.end && (!around || span.start < around.start || span.end > around.end)) around = span;
  }
  return around;
}

/**
 * The nearest place at or before `index` where `text` may be cut: `index` itself when no span is
 * around it, else the start of the outermost span around it (which may be 0).
 */
export function safeCutBefore(spans: readonly ProtectedSpan[], index: number): number {
  let cut = index;
  for (let around = spanAround(spans, cut); around; around = spanAround(spans, cut)) cut = around.start;
  return cut;
}

/** The nearest place at or after `index` where a text may be cut: the end of the outermost span around it. */
export function safeCutAfter(spans: readonly ProtectedSpan[], index: number): number {
  let cut = index;
  for (let around = spanAround(spans, cut); around; around = spanAround(spans, cut)) cut = around.end;
  return cut;
}

/**
 * Marks in `text` without their partner: an opening “ 《 「 ‘ 『 〈 never closed, or a closing
 * one never opened (an apostrophe is not a mark). Empty when every mark is paired.
 */
export function unpairedMarks(text: string): { index: number; mark: string }[] {
  const paired = new Set<number>();
  for (const span of findQuotedSpans(text)) {
    paired.add(span.start);
    paired.add(span.end - 1);
  }
  const unpaired: { index: number; mark: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if ((OPENER.has(ch) || (CLOSER.has(ch) && !isApostrophe(text, i))) && !paired.has(i)) unpaired.push({ index: i, mark: ch });
  }
  return unpaired;
}

/** True when every quotation mark and title mark of `text` has its partner. */
export function marksBalanced(text: string): boolean {
  return unpairedMarks(text).length === 0;
}

/**
 * The span of `text` that the piece text.slice(start, end) cuts through — one of its two ends
 * falls strictly inside it — or undefined when the piece holds every span it touches whole.
 * (Proofreading: a point taken from the report that stops inside “…” or a formulation.)
 */
export function spanCutBy(text: string, start: number, end: number, phrases: readonly string[] = DEFAULT_LIST): ProtectedSpan | undefined {
  const spans = protectedSpans(text, phrases);
  return spanAround(spans, start) ?? spanAround(spans, end);
}

/**
 * For a piece of a slide (a title or point, a trailing … marking a cut) taken from `source`: the
 * span of the source it cuts through at every place it occurs, or undefined when it occurs
 * somewhere whole-spanned (or not at all). A quotation's content without its marks (量质并举、发展优先
 * from “量质并举、发展优先”) is that phrase whole, not a cut.
 */
export function spanCutByPiece(piece: string, source: string, phrases: readonly string[] = DEFAULT_LIST): ProtectedSpan | undefined {
  const text = piece.replace(/…$/u, '').trim();
  if (text === '') return undefined;
  const spans = protectedSpans(source, phrases);
  let first: ProtectedSpan | undefined;
  for (let at = source.indexOf(text); at >= 0; at = source.indexOf(text, at + 1)) {
    const end = at + text.length;
    const cut = [spanAround(spans, at), spanAround(spans, end)].find((span) => span && !(span.kind !== 'formulation' && span.start + 1 === at && span.end - 1 === end));
    if (!cut) return undefined;
    first ??= cut;
  }
  return first;
}
