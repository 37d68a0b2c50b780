/**
 * Where a line taken from the report may stop. It stops well at a mark (，、；：。 …) or the end of
 * a passage; elsewhere — a shortened point, a title cut from its clause — it must not leave a
 * dangling fragment: a Chinese line ending on a particle or conjunction that needs its word after
 * (…的, …和, …以及), an English line ending inside a word or on a word such as "and", "of", "the".
 */
import type { Lang } from '../model.ts';
import { EN_JOINING, ZH_JOINING, ZH_WHOLE } from '../joining-words.ts';

/** Letters and digits: an English cut between two of them splits a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A mark a line may stop before: punctuation that ends or separates (not an opening quote or bracket), a symbol, a line break. */
const MARK = /[\n\p{Pe}\p{Pf}\p{Po}\p{Pd}\p{Pc}\p{S}]/u;

/** The word a line `words` ends on when it dangles without what follows it; undefined when it may stop there. */
function danglingEnd(words: string, lang: Lang): string | undefined {
  if (lang === 'en') {
    const last = /([A-Za-z]+)\W*$/.exec(words)?.[1];
    return last !== undefined && EN_JOINING.has(last.toLowerCase()) ? last : undefined;
  }
  if (ZH_WHOLE.some((word) => words.endsWith(word))) return undefined;
  return ZH_JOINING.find((word) => words.endsWith(word) && words.length > word.length);
}

/** What is wrong with a line of the report `text` that stops before `text[at]`, its words being `words`. */
export type StopFault = { kind: 'word'; rest: string } | { kind: 'dangling'; word: string };

/**
 * Where a line stops: fine at the end of the text or before a mark; otherwise it must not split a
 * word (English) or end on a word that needs what follows it.
 */
export function stopFault(text: string, at: number, words: string, lang: Lang): StopFault | undefined {
  const next = text[at];
  if (next === undefined || MARK.test(next)) return undefined;
  if (/[A-Za-z0-9]/.test(text[at - 1] ?? '') && /[A-Za-z0-9]/.test(next)) {
    let end = at;
    while (end < text.length && end - at < 20 && WORD_CHAR.test(text[end] as string)) end++;
    return { kind: 'word', rest: text.slice(at, end) };
  }
  const word = danglingEnd(words, lang);
  return word === undefined ? undefined : { kind: 'dangling', word };
}
