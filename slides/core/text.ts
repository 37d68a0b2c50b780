/**
 * Character classes and whitespace handling shared by every stage.
 * All scanners here are single passes over the text: no backtracking regexes.
 */

/** Character classes of the BMP, looked up once per character by the scanners below. */
const HAN = 1; // counts as a CJK reading unit and is one character wide
const CJK_PUNCTUATION = 2; // full-width punctuation: a pause as long as a character, one wide
const WORD = 4; // letter or digit of a space-separated script
const QUOTE = 8; // “ ” ‘ ’ … —: a pause in Chinese, punctuation (or an apostrophe) in English
const CLASS = new Uint8Array(0x10000);
function mark(from: number, to: number, value: number): void {
  for (let code = from; code <= to; code++) CLASS[code] = value;
}
mark(0x4e00, 0x9fff, HAN); // CJK Unified Ideographs
mark(0x3400, 0x4dbf, HAN); // Extension A
mark(0xf900, 0xfaff, HAN); // Compatibility Ideographs
mark(0x3040, 0x30ff, HAN); // Hiragana, Katakana
mark(0xac00, 0xd7af, HAN); // Hangul syllables
mark(0x3001, 0x303f, CJK_PUNCTUATION);
mark(0xff01, 0xff0f, CJK_PUNCTUATION);
mark(0xff1a, 0xff20, CJK_PUNCTUATION);
for (const code of [0x201c, 0x201d, 0x2018, 0x2019, 0x2026, 0x2014]) CLASS[code] = QUOTE;
mark(0x30, 0x39, WORD);
mark(0x41, 0x5a, WORD);
mark(0x61, 0x7a, WORD);
mark(0xc0, 0x24f, WORD); // Latin-1 and Latin Extended letters
mark(0x370, 0x3ff, WORD); // Greek
mark(0x400, 0x4ff, WORD); // Cyrillic
mark(0xff10, 0xff19, WORD); // full-width digits
mark(0xff21, 0xff3a, WORD);
mark(0xff41, 0xff5a, WORD);
CLASS[0xd7] = 0; // × and ÷ are not letters
CLASS[0xf7] = 0;

/** Han ideographs (and kana, hangul), punctuation excluded: the units a Chinese reading rate counts. */
export function isCjkChar(code: number): boolean {
  return code < 0x10000 ? CLASS[code] === HAN : code >= 0x20000 && code <= 0x3134f;
}

/** Characters that keep a word going once it has started: it's, R&D, 3.5, 10,000, well-known. */
function joinsWord(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x26 || code === 0x2e || code === 0x2c;
}

export interface UnitCounts {
  /** Han characters plus full-width punctuation (each a pause as long as a character). */
  cjk: number;
  /** Words of letters or digits (an "X" mask, a year, "R&D", "3.5"). */
  words: number;
}

/**
 * Reading units of a text in one pass: Chinese characters and words of other scripts. With
 * `quotePauses` (Chinese), quotation marks, ellipses and dashes count as a character's pause; in
 * English they are punctuation. The count never looks at neighbours, so the units of the parts
 * of a text add up to the units of the whole (what splitting by reading time relies on).
 */
export function countUnits(text: string, quotePauses: boolean): UnitCounts {
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const full = text.codePointAt(i) ?? 0;
      i++;
      if (full >= 0x20000 && full <= 0x3134f) cjk++;
      inWord = false;
      continue;
    }
    const kind = CLASS[code] as number;
    if (kind === QUOTE) {
      if (inWord && joinsWord(code)) continue; // It’s
      if (quotePauses) cjk++;
      inWord = false;
    } else if (kind === HAN || kind === CJK_PUNCTUATION) {
      cjk++;
      inWord = false;
    } else if (kind === WORD) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && joinsWord(code))) {
      inWord = false;
    }
  }
  return { cjk, words };
}

/** Invisible characters that carry no text (BOM, zero-width, soft hyphen) and C0 controls other than whitespace. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f]/g;
/** Runs of whitespace: \s covers the full-width space U+3000, NBSP and the other Unicode spaces. */
const SPACES = /[\s\u0085]+/g;
// eslint-disable-next-line no-control-regex -- vertical tab and form feed break lines
const LINE_BREAK = /\r\n?|[\n\u2028\u2029\u0085\u000b\u000c]/;

const LEADING_SPACE = /^\s*/;

/**
 * Canonical form of a report: LF line endings, no BOM or zero-width characters, every run of
 * Unicode spaces inside a line collapsed to one ASCII space, lines trimmed (full-width
 * indentation U+3000 goes), runs of blank lines kept as a single empty line. With
 * `keepIndent` (Markdown, YAML) a line's indentation stays, as ASCII spaces.
 */
export function normalizeText(input: string, keepIndent = false): string {
  const lines: string[] = [];
  for (const rawLine of input.split(LINE_BREAK)) {
    const visible = rawLine.replace(INVISIBLE, '');
    const indent = keepIndent ? (LEADING_SPACE.exec(visible)?.[0] ?? '').replace(/[^\t]/g, ' ') : '';
    const text = visible.replace(SPACES, ' ').trim();
    const line = text === '' ? '' : indent + text;
    if (line !== '' || (lines.length > 0 && lines[lines.length - 1] !== '')) lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

// eslint-disable-next-line no-control-regex -- INVISIBLE and SPACES in one pass
const IGNORED = /[\s\u0085\u200b-\u200d\u2060\u00ad\u0000-\u0008\u000e-\u001f\u007f]+/g;

/** The text with all whitespace (and invisible characters) removed: what "ignoring whitespace" compares. */
export function compactText(text: string): string {
  return text.replace(IGNORED, '');
}

function charWidth(code: number): number {
  const kind = CLASS[code];
  return kind === HAN || kind === CJK_PUNCTUATION || kind === QUOTE || (code >= 0xff00 && code <= 0xffef) ? 1 : 0.55;
}

/**
 * Rough on-screen width of a string in "CJK character" units: a Han character counts 1, a Latin
 * letter or digit about half. Used to keep titles and points short in any script.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      width += 1;
      i++;
    } else {
      width += charWidth(code);
    }
  }
  return width;
}

/** Longest prefix of `text` whose display width is at most `max`, never splitting a surrogate pair. */
export function prefixByWidth(text: string, max: number): string {
  let width = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const surrogate = code >= 0xd800 && code <= 0xdbff;
    const w = surrogate ? 1 : charWidth(code);
    if (width + w > max) break;
    width += w;
    i += surrogate ? 2 : 1;
  }
  return text.slice(0, i);
}
