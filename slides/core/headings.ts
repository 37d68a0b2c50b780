/**
 * Chinese report heading labels: 第一部分 / 一、 / （一） / 1. / （1）, in that order of rank.
 * All patterns are anchored and bounded, so they cost O(1) per line.
 */
import { splitSentences } from './sentences.ts';
import { displayWidth } from './text.ts';

export interface HeadingLabel {
  /** The label as written, e.g. 一、 or （三） or 第二部分 (with its following separator). */
  label: string;
  /** 0 = 第X部分, 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）. */
  rank: number;
}

const LABEL_PATTERNS: readonly { re: RegExp; rank: number }[] = [
  { re: /^第[一二三四五六七八九十\d]{1,3}(?:部分|章|篇)[、，,:：]? ?/, rank: 0 },
  { re: /^[一二三四五六七八九十]{1,3}[、．] ?/, rank: 1 },
  { re: /^[（(][一二三四五六七八九十]{1,3}[）)] ?/, rank: 2 },
  { re: /^\d{1,2}[.．、](?![\d.．]) ?/, rank: 3 },
  { re: /^[（(]\d{1,2}[）)] ?/, rank: 4 },
];

/** The heading label a line starts with, if any (it may still be a numbered paragraph). */
export function headingLabelAt(line: string): HeadingLabel | undefined {
  const head = line.slice(0, 12);
  for (const { re, rank } of LABEL_PATTERNS) {
    const match = re.exec(head);
    if (match) return { label: match[0].trimEnd(), rank };
  }
  return undefined;
}

/** Longest heading text (without label) that is still a heading and not a paragraph. */
const MAX_HEADING_WIDTH = 60;
/** A heading that runs on into its paragraph on the same line is at most this wide. */
const MAX_RUN_IN_HEADING_WIDTH = 40;

export interface LabelledLine {
  label: HeadingLabel;
  /** The heading text without label (verbatim). */
  text: string;
  /** Text after the heading on the same line ("（一）强化政治建设。始终把…"), if any. */
  rest: string;
  /** The heading as written on the line (label, separator and text). */
  raw: string;
}

/**
 * Reads a labelled line as a heading: the whole line when it is one short sentence, or its first
 * sentence when a short heading runs on into its paragraph. Undefined: a numbered paragraph.
 */
export function readHeading(line: string): LabelledLine | undefined {
  const label = headingLabelAt(line);
  if (!label) return undefined;
  const body = line.slice(line.indexOf(label.label) + label.label.length).trimStart();
  if (body.length === 0) return undefined;
  if (displayWidth(body) <= MAX_HEADING_WIDTH * 1.5) {
    const sentences = splitSentences(body);
    const first = (sentences[0] ?? '').trimEnd();
    if (sentences.length === 1 && displayWidth(body) <= MAX_HEADING_WIDTH) return { label, text: body, rest: '', raw: line };
    if (sentences.length > 1 && displayWidth(first) <= MAX_RUN_IN_HEADING_WIDTH) {
      const rest = body.slice(sentences[0]?.length ?? 0);
      return { label, text: first, rest, raw: line.slice(0, line.length - rest.length).trimEnd() };
    }
    return undefined;
  }
  const firstEnd = splitSentences(body.slice(0, 200))[0] ?? '';
  if (firstEnd.length < body.length && displayWidth(firstEnd.trimEnd()) <= MAX_RUN_IN_HEADING_WIDTH) {
    const rest = body.slice(firstEnd.length);
    return { label, text: firstEnd.trimEnd(), rest, raw: line.slice(0, line.length - rest.length).trimEnd() };
  }
  return undefined;
}
