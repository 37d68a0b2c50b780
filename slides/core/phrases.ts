/**
 * Phrase helpers shared by titles and points: clauses without framing words, verbatim joins of
 * clause runs, and shortening with an ellipsis that never cuts inside a quotation.
 */
import { markerAt } from './enumerations.ts';
import { DEFAULT_FIXED_PHRASES, protectedSpans, safeCutAfter, safeCutBefore } from './fixed-phrases.ts';
import { headingLabelAt } from './headings.ts';
import { splitClauses, stripEndPunctuation } from './sentences.ts';
import { displayWidth, prefixByWidth } from './text.ts';
import { EN_JOINING } from './joining-words.ts';

/**
 * Clauses that frame a sentence rather than say something: times (五年来, 预计到X年末, 今年X月),
 * connectives (同时, 因此), circumstances (在县委的正确领导下), addresses (各位代表、同志们).
 * Each alternative is bounded, so matching costs O(1) per clause.
 */
const FRAME_CLAUSE = new RegExp(
  '^(?:' + [
    '(?:过去|今后|未来|近|这|前|最近)?[X\\d一二三四五六七八九十几两]{1,4}年(?:来|以来|间|中|里)?',
    '(?:预计)?到[X\\d一二三四五六七八九十]{1,4}年(?:末|底|初)?',
    '(?:今年|去年|明年)?[X\\d一二三四五六七八九十]{1,2}月(?:份)?',
    '首先|其次|再次|然后|最后|第[一二三四五六七八九十]{1,3}|其[一二三四五六七八九十]{1,3}|当前|目前|现在|同时|因此|此外|另外|总之|总的来说|近年来|多年来|今年以来|一直以来|长期以来|今年|去年|明年|然而|但是|所以|为此|对此|其中|总体上|总体来看|一方面|另一方面',
    '在.{1,24}(?:下|中)|在此|作为.{1,20}|随着.{1,24}|为实现.{1,16}|为了.{1,20}|纵观.{1,30}|围绕.{1,20}',
    '各位.{0,12}|同志们|朋友们|女士们.{0,6}|亲爱的.{1,10}',
    '(?:so|now|today|tonight|first|second|third|finally|however|therefore|and|but|well|also|in short|of course)',
    '(?:when|while|if|as|after|before|since|although|though|because|once|until|unless)\\b.{0,60}',
    '(?:in|by|since|until|from|during) (?:the )?(?:1[89]|20)\\d\\d|(?:this|last|next) (?:year|month|week|term)',
  ].join('|') + ')$',
  'iu',
);

/** Subjects that add nothing on a slide: 我们坚持… reads as 坚持…. */
const LEADING_SUBJECT = /^(?:我们也|我们要|我们将|我们|我镇|我县|我市|我省)(?![的们])(?=[\u4e00-\u9fff“])/u;
/** 我们也要清醒地看到…: the perception verb frames the point that follows it. */
const LEADING_PERCEPTION = /^(?:我们)?(?:也|还|更|要|必须|应当|应该|清醒地|深刻地|充分|要清醒地)*(?:看到|认识到|意识到)/u;

function isFrameClause(clause: string): boolean {
  return clause.length <= 40 && FRAME_CLAUSE.test(clause);
}

export function dropLeadingSubject(text: string): string {
  const match = LEADING_PERCEPTION.exec(text.slice(0, 16)) ?? LEADING_SUBJECT.exec(text.slice(0, 8));
  const rest = match ? text.slice(match[0].length) : text;
  return displayWidth(rest) >= 4 ? rest : text;
}

/** The sentence without an enumeration marker (一是, 第二，) or heading label (1.) at its start. */
export function withoutMarker(sentence: string): string {
  const text = sentence.trimStart();
  const marker = markerAt(text);
  if (marker) return text.slice(marker.marker.length).trimStart();
  const label = headingLabelAt(text);
  if (label) return text.slice(label.label.length).trimStart();
  return text;
}

/**
 * Clauses of a sentence as written (delimiters kept), with framing clauses at the front removed.
 * A quotation or fixed formulation that runs over a clause end (不忘初心、牢记使命; a quotation too
 * long for the splitter to keep whole) joins its clauses into one, so no clause starts or ends inside it.
 */
export function contentClauses(sentence: string, phrases: readonly string[] = DEFAULT_FIXED_PHRASES): string[] {
  // A clause of punctuation alone (甲，：乙) stays attached to the one before, so joined clauses are still verbatim text.
  const clauses: string[] = [];
  const spans = protectedSpans(sentence, phrases);
  let offset = 0;
  let joinNext = false;
  for (const clause of splitClauses(sentence)) {
    if (clauses.length > 0 && (joinNext || stripEndPunctuation(clause).length === 0)) clauses[clauses.length - 1] += clause;
    else clauses.push(clause);
    offset += clause.length;
    joinNext = safeCutBefore(spans, offset) !== offset;
  }
  let start = 0;
  while (start < clauses.length - 1 && isFrameClause(stripEndPunctuation(clauses[start] as string).trim())) start++;
  return clauses.slice(start);
}

/** Joins clauses verbatim while the result stays within `maxWidth`; at least the first clause. */
export function joinClauses(clauses: readonly string[], maxWidth: number): { text: string; count: number } {
  let text = stripEndPunctuation(clauses[0] ?? '');
  let raw = clauses[0] ?? '';
  let count = 1;
  while (count < clauses.length) {
    const nextRaw = raw + (clauses[count] as string);
    const next = stripEndPunctuation(nextRaw);
    if (displayWidth(next) > maxWidth) break;
    raw = nextRaw;
    text = next;
    count++;
  }
  return { text: text.trim(), count };
}

/**
 * An English cut never ends on a word that needs what follows it (…the people who…, …invest in…):
 * such words are dropped, as long as the cut stays outside protected spans and keeps half its length.
 */
function withoutJoiningEnd(cut: string, spans: ReturnType<typeof protectedSpans>): string {
  let text = cut;
  while (/[A-Za-z]$/.test(text)) {
    const space = text.lastIndexOf(' ');
    if (space <= cut.length / 2 || !EN_JOINING.has(text.slice(space + 1).toLowerCase())) break;
    const shorter = stripEndPunctuation(text.slice(0, space)).trimEnd();
    if (safeCutBefore(spans, shorter.length) !== shorter.length) break;
    text = shorter;
  }
  return text;
}

/**
 * `text` cut to `maxWidth` with a trailing ellipsis. The cut never falls inside a quotation or
 * title (“…”, 《…》, 「…」, ‘…’) or a fixed formulation of `phrases`: it moves before it, or — when
 * that would leave too little — after it (a span that runs to the end keeps the text whole). In
 * Chinese it prefers the last pause (、，；：) past half the width; in English it avoids the middle
 * of a word. Short text comes back unchanged.
 */
export function shorten(text: string, maxWidth: number, phrases: readonly string[] = DEFAULT_FIXED_PHRASES): string {
  if (displayWidth(text) <= maxWidth) return text;
  const limit = prefixByWidth(text, maxWidth - 1).length;
  const spans = protectedSpans(text, phrases);
  let end = safeCutBefore(spans, limit);
  if (end < limit && displayWidth(text.slice(0, end)) < maxWidth / 3) {
    const after = safeCutAfter(spans, limit);
    if (end === 0 || displayWidth(text.slice(0, after)) <= maxWidth * 2) end = after;
  }
  if (end >= text.length) return text;
  // A Chinese cut at a pause (、，；：) ends on whole words: 一般公共预算收入… rather than 居民人均….
  const pause = Math.max(...['、', '，', '；', '：'].map((mark) => text.lastIndexOf(mark, end - 1)));
  if (pause > 0 && safeCutBefore(spans, pause) === pause && displayWidth(text.slice(0, pause)) >= maxWidth / 2) end = pause;
  let cut = text.slice(0, end);
  if (/[A-Za-z0-9]$/.test(cut) && /[A-Za-z0-9]/.test(text[cut.length] ?? '')) {
    const space = cut.lastIndexOf(' ');
    if (space > cut.length / 2) cut = cut.slice(0, space);
  }
  cut = stripEndPunctuation(cut).replace(/[“‘「『〈（(《【、\s]+$/u, '');
  cut = withoutJoiningEnd(cut, spans);
  return cut.length > 0 ? `${cut}…` : `${text.slice(0, safeCutAfter(spans, limit))}…`;
}
