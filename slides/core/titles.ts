/**
 * A content slide's title (and slogan line) from its paragraph's lead sentence, in the report's
 * own words:
 *   我们秉承“量质并举、发展优先”，打造实力X。 → 打造实力X, with 量质并举、发展优先 above it
 *   把蓝图变成现实，必须对标对表、笃信笃行。 (a lead-in repeated by parallel paragraphs)
 *                                          → 必须对标对表、笃信笃行, with 把蓝图变成现实
 *   大会的主题是：坚持…                     → 大会的主题
 *   当前，我们的发展步入了新的历史阶段，…   → 我们的发展步入了新的历史阶段
 */
import { DEFAULT_FIXED_PHRASES, spanCutByPiece } from './fixed-phrases.ts';
import type { Lang } from './model.ts';
import { contentClauses, dropLeadingSubject, joinClauses, shorten, withoutMarker } from './phrases.ts';
import { splitClauses, stripEndPunctuation } from './sentences.ts';
import { displayWidth } from './text.ts';

export interface Headline {
  title: string;
  subtitle?: string;
}

export const MAX_TITLE_WIDTH = 24;
/** A whole lead sentence this short is the title as it stands. */
const WHOLE_SENTENCE_WIDTH = 16;
const MAX_SLOGAN_WIDTH = 16;

/** The content of the first “…” quotation in `clause`, if it is slogan-sized. */
function quotedSlogan(clause: string): string | undefined {
  const open = clause.indexOf('“');
  const close = open >= 0 ? clause.indexOf('”', open + 1) : -1;
  if (close < 0) return undefined;
  const inner = clause.slice(open + 1, close);
  const width = displayWidth(inner);
  return width >= 2 && width <= MAX_SLOGAN_WIDTH ? inner : undefined;
}

/** First clause of a lead sentence, as compared across paragraphs to find repeated lead-ins. */
export function leadIn(sentence: string): string {
  const clauses = splitClauses(withoutMarker(sentence));
  return clauses.length > 1 ? stripEndPunctuation(clauses[0] as string).trim() : '';
}

function englishHeadline(lead: string, phrases: readonly string[]): Headline {
  const sentence = stripEndPunctuation(lead).trim();
  const words = sentence.split(' ');
  if (words.length <= 8) return { title: sentence };
  const clauses = contentClauses(sentence, phrases).map((c) => stripEndPunctuation(c).trim());
  const first = clauses.find((c) => c.split(' ').length >= 3) ?? clauses[0] ?? sentence;
  return { title: shorten(first, MAX_TITLE_WIDTH + 8, phrases) };
}

/**
 * Title and subtitle for a paragraph beginning with `lead` (its first sentence). `repeatedLeadIns`
 * are first clauses shared by several paragraphs (排比), which read as the subtitle.
 */
export function headlineOf(lead: string, lang: Lang, repeatedLeadIns: ReadonlySet<string>, phrases: readonly string[] = DEFAULT_FIXED_PHRASES): Headline {
  const headline = pickHeadline(withoutMarker(lead), lang, repeatedLeadIns, phrases);
  // A lead of punctuation alone ("！") still needs a title: the text as written.
  return headline.title !== '' ? headline : { title: shorten(lead.trim(), MAX_TITLE_WIDTH, phrases) };
}

function pickHeadline(sentence: string, lang: Lang, repeatedLeadIns: ReadonlySet<string>, phrases: readonly string[]): Headline {
  if (lang === 'en') return englishHeadline(sentence, phrases);
  const clauses = contentClauses(sentence, phrases);
  const plain = clauses.map((c) => stripEndPunctuation(c).trim());
  const first = plain[0] ?? '';
  const second = plain[1];
  if (second !== undefined && displayWidth(second) >= 2 && displayWidth(second) <= MAX_TITLE_WIDTH) {
    const quoted = displayWidth(first) <= MAX_TITLE_WIDTH ? quotedSlogan(first) : undefined;
    // “三个代表” alone would cut the formulation “三个代表”重要思想.
    const slogan = quoted !== undefined && !spanCutByPiece(quoted, first, phrases) ? quoted : undefined;
    if (slogan !== undefined) return { title: second, subtitle: slogan };
    if (repeatedLeadIns.has(first)) return { title: joinClauses(clauses.slice(1), MAX_TITLE_WIDTH).text, subtitle: first };
  }
  // 大会的主题是：… → 大会的主题
  const firstRaw = clauses[0] ?? '';
  if (/[：:]\s*$/u.test(firstRaw) && displayWidth(first) <= 12) {
    const topic = first.replace(/(?:是|为|如下)$/u, '');
    if (displayWidth(topic) >= 2) return { title: topic };
  }
  // 这次全会的主要任务是，总结… → 这次全会的主要任务
  if (plain.length > 1 && /[^总但还只而就]是$/u.test(first) && displayWidth(first) <= MAX_TITLE_WIDTH) return { title: first.slice(0, -1) };
  const whole = stripEndPunctuation(clauses.join('')).trim();
  if (displayWidth(whole) <= WHOLE_SENTENCE_WIDTH) return { title: whole };
  if (displayWidth(first) < 4 && clauses.length > 1) return { title: shorten(joinClauses(clauses, MAX_TITLE_WIDTH).text, MAX_TITLE_WIDTH, phrases) };
  return { title: shorten(displayWidth(first) > WHOLE_SENTENCE_WIDTH ? dropLeadingSubject(first) : first, MAX_TITLE_WIDTH, phrases) };
}

/** A heading used as a slide title: its text without label or end punctuation. */
export function headingTitle(text: string): string {
  return stripEndPunctuation(text).trim();
}
