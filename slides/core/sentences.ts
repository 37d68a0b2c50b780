/**
 * Sentence and clause splitting for Chinese and English, verbatim: the pieces concatenate back
 * to the input exactly. Ends inside a matched quote or bracket pair (“…”, 「…」, （…）) do not
 * split. Linear time: one pass to match pairs (with a bounded stack), one pass to cut.
 */

/** A quoted passage longer than this is speech, not a phrase: it may be split inside. */
const MAX_PROTECTED_SPAN = 160;
/** Deeper nesting than this is noise; openers beyond it are ignored. */
const MAX_DEPTH = 64;
/** How far down the stack a closer looks for its opener (mismatched brackets are common). */
const MAX_MISMATCH_LOOKBACK = 4;

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', '…', '.']);
const TRAILING = new Set(['。', '！', '？', '!', '?', '；', '…', '.', '”', '’', '」', '』', '）', ')', '》', '】', '"', "'"]);
const CLAUSE_END = new Set(['，', '；', '：', ',', ';', ':', '、']);
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'etc', 'e.g', 'i.e', 'no', 'jr', 'sr', 'fig', 'inc', 'ltd', 'co', 'u.s', 'cf', 'al']);

const OPENERS = '“‘「『（(《【〈〔[';
const CLOSERS_IN_ORDER = '”’」』）)》】〉〕]';
const ANY_BRACKET = /[“‘「『（(《【〈〔[]/;
/** For each BMP code: 1 + index of the opener, -(1 + index) of the closer, 0 otherwise. */
const BRACKET = new Int8Array(0x10000);
for (let k = 0; k < OPENERS.length; k++) {
  BRACKET[OPENERS.charCodeAt(k)] = k + 1;
  BRACKET[CLOSERS_IN_ORDER.charCodeAt(k)] = -(k + 1);
}

/**
 * protected[i] is 1 when position i lies strictly inside a matched pair short enough to keep
 * whole; undefined when the text has no brackets at all (the common case for a clause).
 */
function protectedPositions(text: string): Uint8Array | undefined {
  if (!ANY_BRACKET.test(text)) return undefined;
  const diff = new Int32Array(text.length + 1);
  const stack: number[] = []; // packed: position * 16 + bracket kind
  for (let i = 0; i < text.length; i++) {
    const kind = BRACKET[text.charCodeAt(i)] as number;
    if (kind === 0) continue;
    if (kind > 0) {
      if (stack.length < MAX_DEPTH) stack.push(i * 16 + kind - 1);
      continue;
    }
    const close = -kind - 1;
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - MAX_MISMATCH_LOOKBACK; k--) {
      const entry = stack[k] as number;
      if (entry % 16 !== close) continue;
      const at = Math.floor(entry / 16);
      stack.length = k;
      if (i - at <= MAX_PROTECTED_SPAN) {
        diff[at + 1] = (diff[at + 1] as number) + 1;
        diff[i] = (diff[i] as number) - 1;
      }
      break;
    }
  }
  const inside = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depth += diff[i] as number;
    if (depth > 0) inside[i] = 1;
  }
  return inside;
}

/** “好。” — an end mark right before the closer of its quotation ends the sentence with it. */
function closesPairNext(text: string, inside: Uint8Array, i: number): boolean {
  return inside[i + 1] === 0 && CLOSERS_IN_ORDER.includes(text[i + 1] ?? '') && text[i + 1] !== undefined;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t';
}

/** An English full stop ends a sentence unless it follows an abbreviation, an initial or sits in a number. */
function isFullStop(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== undefined && !isSpace(next) && !TRAILING.has(next)) return false;
  let start = i;
  while (start > 0 && i - start < 6 && /[A-Za-z.]/.test(text[start - 1] as string)) start--;
  const word = text.slice(start, i).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return /[a-z]/.test(text[i - 1] as string) && text[i - 1] === word; // "a." ends, "J." does not
  return !ABBREVIATIONS.has(word);
}

/** Marks for `cut`: which characters may end a piece, which follow the end into it. */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] = 1;
  return table;
}
const SENTENCE_END_CODES = codeTable([...SENTENCE_END].join(''));
const TRAILING_CODES = codeTable([...TRAILING].join(''));
const CLAUSE_END_CODES = codeTable('，；：,;:');
const CLAUSE_TRAILING_CODES = codeTable('”’」』');

/**
 * Cuts text after each position whose character is marked in `ends` (and that `accept` takes),
 * outside protected pairs, and after each newline; `absorb` characters and spaces join the piece.
 */
function cut(text: string, ends: Uint8Array, accept: (i: number) => boolean, absorb: Uint8Array): string[] {
  const inside = protectedPositions(text);
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let end = -1;
    if (code === 0x0a) end = i + 1;
    else if (ends[code] === 1 && (inside === undefined || inside[i] === 0 || closesPairNext(text, inside, i)) && accept(i)) {
      end = i + 1;
      while (end < text.length && absorb[text.charCodeAt(end)] === 1) end++;
    }
    if (end < 0) continue;
    while (end < text.length && isSpace(text[end])) end++;
    pieces.push(text.slice(start, end));
    start = end;
    i = end - 1;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/** Sentences of a paragraph, each with its end punctuation, closing quotes and following spaces. */
export function splitSentences(text: string): string[] {
  return cut(text, SENTENCE_END_CODES, (i) => text.charCodeAt(i) !== 0x2e || isFullStop(text, i), TRAILING_CODES);
}

/** Clauses of a sentence, cut after top-level ，；：, (commas and colons between digits do not cut). */
export function splitClauses(sentence: string): string[] {
  return cut(sentence, CLAUSE_END_CODES, (i) => {
    const code = sentence.charCodeAt(i);
    if (code !== 0x2c && code !== 0x3a) return true;
    const next = sentence.charCodeAt(i + 1);
    return !(next >= 0x30 && next <= 0x39);
  }, CLAUSE_TRAILING_CODES);
}

/** The clause or sentence without its trailing punctuation and spaces. */
export function stripEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0) {
    const ch = text[end - 1] as string;
    if (isSpace(ch) || SENTENCE_END.has(ch) || CLAUSE_END.has(ch)) end--;
    else break;
  }
  return text.slice(0, end);
}
