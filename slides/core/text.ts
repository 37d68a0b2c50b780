/**
 * Character classes and whitespace handling shared by every stage.
 * All scanners here are single passes over the text: no backtracking regexes.
 */

/** Han ideographs, CJK punctuation excluded: the units a Chinese reading rate counts. */
export function isCjkChar(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK Unified Ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // Extension A
    (code >= 0xf900 && code <= 0xfaff) || // Compatibility Ideographs
    (code >= 0x3040 && code <= 0x30ff) || // Hiragana, Katakana
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (code >= 0x20000 && code <= 0x3134f) // Extensions B–G (astral)
  );
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

/** The text with all whitespace (and invisible characters) removed: what "ignoring whitespace" compares. */
export function compactText(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, '');
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
    } else if (isCjkChar(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || code === 0x201c || code === 0x201d) {
      width += 1;
    } else {
      width += 0.55;
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
    const step = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    const w = displayWidth(text.slice(i, i + step));
    if (width + w > max) break;
    width += w;
    i += step;
  }
  return text.slice(0, i);
}

const LATIN_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

/** True for letters of space-separated scripts (Latin, Greek, Cyrillic). */
export function isLatinLetter(ch: string): boolean {
  return LATIN_LETTER.test(ch);
}
