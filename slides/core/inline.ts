/**
 * Markdown inline markup → plain text, and back: what "ignoring markup" means for notes, titles
 * and points. A single linear pass with precomputed bracket positions (no regex backtracking),
 * so 100,000 `*` or `[` cost no more than any other text.
 */

const ESCAPABLE = '\\`*_{}[]()#+-.!|<>~&"\'=:';
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
/** Link text and destinations longer than this are not links (keeps lookups bounded). */
const MAX_LINK_PART = 1000;

/** next[i] = first index ≥ i holding `ch`, or -1. */
function nextIndex(text: string, ch: string): Int32Array {
  const next = new Int32Array(text.length + 1).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) next[i] = text[i] === ch ? i : (next[i + 1] ?? -1);
  return next;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Plain text of one line (or paragraph) of Markdown inline content. */
export function stripInline(text: string): string {
  if (!/[\\`*_[\]<&~!]/.test(text)) return text;
  const closeBracket = nextIndex(text, ']');
  const closeParen = nextIndex(text, ')');
  const closeAngle = nextIndex(text, '>');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const next = text[i + 1];
    if (ch === '\\' && next !== undefined && ESCAPABLE.includes(next)) {
      out += next;
      i++;
    } else if (ch === '`') {
      continue;
    } else if (ch === '~' && (next === '~' || text[i - 1] === '~')) {
      continue; // ~~strikethrough~~ markers; a single ~ (3~5) is text
    } else if (ch === '*') {
      if (next === ' ' && (text[i - 1] === ' ' || i === 0)) out += ch; // a lone * between spaces is text
    } else if (ch === '_') {
      if (isWordChar(text[i - 1]) && isWordChar(next)) out += ch; // snake_case stays
    } else if (ch === '!' && next === '[') {
      continue; // image: its alt text follows as link text
    } else if (ch === '[') {
      const close = closeBracket[i + 1] ?? -1;
      if (close < 0 || close - i > MAX_LINK_PART) {
        out += ch;
        continue;
      }
      const after = text[close + 1];
      let skipTo = close;
      if (after === '(') {
        const end = closeParen[close + 2] ?? -1;
        if (end >= 0 && end - close <= MAX_LINK_PART) skipTo = end;
      } else if (after === '[') {
        const end = closeBracket[close + 2] ?? -1;
        if (end >= 0 && end - close <= MAX_LINK_PART) skipTo = end;
      }
      out += stripInline(text.slice(i + 1, close).replace(/[[\]]/g, ''));
      i = skipTo;
    } else if (ch === '<' && next !== undefined && /[A-Za-z/!?]/.test(next)) {
      const close = closeAngle[i + 1] ?? -1;
      if (close < 0 || close - i > MAX_LINK_PART) {
        out += ch;
        continue;
      }
      const inner = text.slice(i + 1, close);
      if (/^(https?:|mailto:)/i.test(inner)) out += inner; // autolink: the address is the text
      i = close;
    } else if (ch === '&') {
      const semi = text.indexOf(';', i + 1);
      const name = semi > i && semi - i <= 8 ? text.slice(i + 1, semi) : '';
      const decoded = ENTITIES[name] ?? (/^#\d{1,6}$/.test(name) ? safeCodePoint(Number(name.slice(1))) : undefined);
      if (decoded !== undefined) {
        out += decoded;
        i = semi;
      } else {
        out += ch;
      }
    } else if (ch === ']') {
      out += ch;
    } else {
      out += ch;
    }
  }
  return out;
}

function safeCodePoint(code: number): string | undefined {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/**
 * Escapes text so that stripInline (and Markdown renderers) give it back unchanged, touching only
 * what would read as markup: emphasis and code marks, brackets, tags, entities, ~~, and a first
 * character that would start a block. "R&D" and "3~5" stay as they are.
 */
export function escapeInline(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const next = text[i + 1] ?? '';
    const markup =
      '\\`*_[]'.includes(ch) ||
      (ch === '<' && /[A-Za-z/!?]/.test(next)) ||
      (ch === '&' && /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i.test(text.slice(i, i + 40))) ||
      (ch === '~' && (next === '~' || text[i - 1] === '~'));
    out += markup ? `\\${ch}` : ch;
  }
  // A line that would start a block (heading, list, quote) keeps its first character literal.
  return out.replace(/^[#>+\-=]/u, (m) => `\\${m}`).replace(/^(\d{1,9})([.)])/u, '$1\\$2');
}
