/**
 * Splits report text into sentences for page-turn-safe printing: a Chinese sentence
 * ends at 。！？ (with any closing quotes or brackets that follow); an English one at
 * . ! ? followed by a space. Concatenating the pieces gives back the text exactly.
 */
const CJK_END = new Set(['。', '！', '？', '!', '?']);
const LATIN_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"', "'", '】', '…']);

export function splitSentences(text: string): string[] {
  const chars = [...text];
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] ?? '';
    const isCjkEnd = CJK_END.has(ch);
    const isLatinEnd = LATIN_END.has(ch) && (i + 1 >= chars.length || /\s|["')\]]/.test(chars[i + 1] ?? ''));
    if (isCjkEnd || isLatinEnd) {
      let end = i + 1;
      while (end < chars.length && (CJK_END.has(chars[end] ?? '') || CLOSERS.has(chars[end] ?? ''))) end += 1;
      while (end < chars.length && /[ \t]/.test(chars[end] ?? '')) end += 1;
      out.push(chars.slice(start, end).join(''));
      start = end;
      i = end;
      continue;
    }
    i += 1;
  }
  if (start < chars.length) out.push(chars.slice(start).join(''));
  return out;
}

/** Characters that must not begin a line (Chinese line-breaking rules, 避头点). */
export const NO_LINE_START = new Set([...'，。、；：？！”’）》」』】…—,.;:?!)]}%']);
/** Places inside a sentence where a page may turn with least harm: after a clause mark. */
export const CLAUSE_END = new Set([...'，；：、,;:']);
