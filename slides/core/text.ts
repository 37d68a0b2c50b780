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

/** Whitespace as Unicode sees it, including the full-width space U+3000 used for indentation. */
export function isSpaceChar(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c ||
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x85
  );
}

/** Invisible characters that carry no text: BOM, zero-width space/joiners, word joiner. */
function isInvisible(code: number): boolean {
  return code === 0xfeff || code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xad;
}

/**
 * Canonical form of a report: LF line endings, no BOM or zero-width characters, every run of
 * Unicode spaces inside a line collapsed to one ASCII space, lines trimmed (full-width
 * indentation (U+3000) goes), runs of blank lines kept as a single empty line.
 */
export function normalizeText(input: string): string {
  const lines: string[] = [];
  let line = '';
  let pendingSpace = false;
  let blank = false;
  const flush = (): void => {
    if (line.length === 0) {
      if (!blank && lines.length > 0) lines.push('');
      blank = true;
    } else {
      lines.push(line);
      blank = false;
    }
    line = '';
    pendingSpace = false;
  };
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code === 0x0d) {
      if (input.charCodeAt(i + 1) === 0x0a) i++;
      flush();
    } else if (code === 0x0a || code === 0x2028 || code === 0x2029 || code === 0x85) {
      flush();
    } else if (isInvisible(code) || (code < 0x20 && code !== 0x09) || code === 0x7f) {
      continue;
    } else if (isSpaceChar(code)) {
      if (line.length > 0) pendingSpace = true;
    } else {
      if (pendingSpace) line += ' ';
      pendingSpace = false;
      line += input[i];
    }
  }
  flush();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** The text with all whitespace removed: what "the notes are the report, ignoring whitespace" compares. */
export function compactText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSpaceChar(code) && !isInvisible(code)) out += text[i];
  }
  return out;
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
