/**
 * Sentence and clause splitting for Chinese and English, verbatim: the pieces concatenate back
 * to the input exactly. Ends inside a matched quote or bracket pair (“…”, 「…」, （…）) do not
 * split. Linear time: one pass to match pairs (with a bounded stack), one pass to cut.
 */

const CLOSER_OF: Record<string, string> = {
  '“': '”', '‘': '’', '「': '」', '『': '』', '（': '）', '(': ')', '《': '》', '【': '】', '〈': '〉', '〔': '〕', '[': ']',
};
const CLOSERS = new Set(Object.values(CLOSER_OF));
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

/** protected[i] is 1 when position i lies strictly inside a matched pair short enough to keep whole. */
function protectedPositions(text: string): Uint8Array {
  const diff = new Int32Array(text.length + 1);
  const stack: { closer: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const closer = CLOSER_OF[ch];
    if (closer !== undefined) {
      if (stack.length < MAX_DEPTH) stack.push({ closer, at: i });
      continue;
    }
    if (!CLOSERS.has(ch)) continue;
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - MAX_MISMATCH_LOOKBACK; k--) {
      const open = stack[k] as { closer: string; at: number };
      if (open.closer !== ch) continue;
      stack.length = k;
      if (i - open.at <= MAX_PROTECTED_SPAN) {
        diff[open.at + 1] = (diff[open.at + 1] ?? 0) + 1;
        diff[i] = (diff[i] ?? 0) - 1;
      }
      break;
    }
  }
  const inside = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depth += diff[i] ?? 0;
    inside[i] = depth > 0 ? 1 : 0;
  }
  return inside;
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

function cut(text: string, isEnd: (i: number, inside: Uint8Array) => boolean, absorb: Set<string>): string[] {
  const inside = protectedPositions(text);
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    let end = -1;
    if (ch === '\n') end = i + 1;
    else if (inside[i] === 0 && isEnd(i, inside)) {
      end = i + 1;
      while (end < text.length && absorb.has(text[end] as string)) end++;
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
  return cut(text, (i) => {
    const ch = text[i] as string;
    if (!SENTENCE_END.has(ch)) return false;
    return ch === '.' ? isFullStop(text, i) : true;
  }, TRAILING);
}

/** Clauses of a sentence, cut after top-level ，；：, (commas between digits do not cut). */
export function splitClauses(sentence: string): string[] {
  return cut(sentence, (i) => {
    const ch = sentence[i] as string;
    if (!CLAUSE_END.has(ch)) return false;
    if (ch === '、') return false;
    if (ch === ',' || ch === ':') return !/[0-9]/.test(sentence[i + 1] ?? '');
    return true;
  }, new Set(['”', '’', '」', '』']));
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

/** True when `i` in `text` lies inside a protected quote/bracket pair (for callers cutting by width). */
export function insidePairs(text: string): Uint8Array {
  return protectedPositions(text);
}
