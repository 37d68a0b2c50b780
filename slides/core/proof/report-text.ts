/**
 * The report as proofreading compares it: every slide's notes (the notes are the report) in one
 * string, whitespace that only breaks lines dropped and whitespace between words of a spaced
 * script kept as one space, with a map back to each slide's notes so a finding can point at the
 * passage a slide's words come from.
 */
import type { Slide } from '../model.ts';

/** A letter or digit of a script that separates words with spaces. */
function isSpacedWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/.test(ch);
}

// eslint-disable-next-line no-control-regex -- invisible characters and controls carry no text
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f]/;
const SPACE = /[\s\u0085]/;

/** Text in the proofreading form, and for each of its characters the index it came from. */
export interface MappedText {
  text: string;
  from: number[];
}

/**
 * The proofreading form of `text`: invisible characters gone, a run of whitespace kept as one
 * space only between two word characters of a spaced script (so a Chinese line break or an
 * indent never hides a match, and English words never run together).
 */
export function proofForm(text: string): MappedText {
  let out = '';
  const from: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && isSpacedWordChar(out[out.length - 1]) && isSpacedWordChar(ch)) {
      out += ' ';
      from.push(pendingSpace);
    }
    pendingSpace = -1;
    out += ch;
    from.push(i);
  }
  return { text: out, from };
}

/** Where one slide's notes sit in the report text. */
export interface NotesRange {
  slide: number;
  start: number;
  end: number;
}

export interface ReportText {
  /** All notes in proofreading form, a newline between slides. */
  text: string;
  /** Each slide's notes in `text`, in slide order. */
  ranges: NotesRange[];
  /** For each character of `text`, the index in its slide's notes (-1 for the separators). */
  from: number[];
}

export function reportText(slides: readonly Slide[]): ReportText {
  let text = '';
  const from: number[] = [];
  const ranges: NotesRange[] = [];
  slides.forEach((slide, index) => {
    if (index > 0) {
      text += '\n';
      from.push(-1);
    }
    const mapped = proofForm(slide.notes);
    ranges.push({ slide: index, start: text.length, end: text.length + mapped.text.length });
    text += mapped.text;
    for (const at of mapped.from) from.push(at);
  });
  return { text, ranges, from };
}

/** The slide whose notes hold report position `at` (binary search over the ranges). */
export function slideAt(report: ReportText, at: number): NotesRange | undefined {
  let low = 0;
  let high = report.ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = report.ranges[mid] as NotesRange;
    if (at < range.start) high = mid - 1;
    else if (at >= range.end) low = mid + 1;
    else return range;
  }
  return undefined;
}
