import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

/**
 * Bytes → text for the encodings reports arrive in: UTF-8 (with or without BOM),
 * UTF-16 LE/BE with BOM, and GB18030 (a superset of GBK/GB2312: what Windows
 * Notepad in Chinese saves as "ANSI"). Detection order: BOM, then strict UTF-8,
 * then GB18030; text that is clean in neither is rejected rather than guessed.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  /** Decoded text with the BOM removed and line endings normalised to \n. */
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

export interface UndecodableText {
  /** 1-based line of the first byte that is not valid UTF-8 (unknown for UTF-16). */
  line?: number;
  /** UTF-8 with some damaged bytes (as opposed to an unknown encoding). */
  damagedUtf8?: boolean;
}

type BomEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const BOMS: readonly { bytes: readonly number[]; encoding: BomEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding announced by a byte-order mark, if the bytes start with one. */
export function bomEncoding(bytes: Uint8Array): { encoding: BomEncoding; length: number } | undefined {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return undefined;
}

/** CRLF (Windows) and lone CR (old Mac) become LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** GB18030's own encoding of U+FFFD: the one case where a replacement character is genuine. */
const GB18030_REPLACEMENT = Buffer.from([0x84, 0x31, 0xa4, 0x37]);

/** iconv-lite (and its code tables) loads only for a report that is not UTF-8 or UTF-16: most are. */
const requireLazily = createRequire(import.meta.url);
/** What this module requires when first needed, which a bundler cannot see (build/scripts/build-electron.ts lists it). */
export const LAZILY_REQUIRED = ['iconv-lite'] as const;

function decodeGb18030Strict(bytes: Uint8Array): string | undefined {
  const iconv = requireLazily('iconv-lite') as typeof Iconv;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  // iconv-lite never throws: it marks invalid sequences with U+FFFD.
  if (text.includes('\uFFFD') && !Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(GB18030_REPLACEMENT)) {
    return undefined;
  }
  return text;
}

function decodeStrict(bytes: Uint8Array, encoding: BomEncoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText | UndecodableText {
  const bom = bomEncoding(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text = decodeStrict(body, bom.encoding);
    if (text === undefined) return bom.encoding === 'utf-8' ? { line: lineAt(bytes, scanUtf8(bytes).firstInvalid), damagedUtf8: true } : {};
    return { text: normalizeNewlines(text), encoding: bom.encoding, bom: true };
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: normalizeNewlines(utf8), encoding: 'utf-8', bom: false };
  const scan = scanUtf8(bytes);
  // Chinese UTF-8 is mostly valid GB18030 byte for byte: a UTF-8 report with a few damaged
  // bytes would "decode" as GB18030 into nonsense. So a file that is overwhelmingly valid
  // UTF-8 is treated as damaged UTF-8 and rejected, pointing at the damage.
  const mostlyUtf8 = scan.multibyte > 0 && scan.invalid * 50 < scan.multibyte;
  if (!mostlyUtf8) {
    const gb = decodeGb18030Strict(bytes);
    if (gb !== undefined) return { text: normalizeNewlines(gb), encoding: 'gb18030', bom: false };
  }
  return { line: lineAt(bytes, scan.firstInvalid), ...(mostlyUtf8 ? { damagedUtf8: true } : {}) };
}

export function isDecoded(result: DecodedText | UndecodableText): result is DecodedText {
  return 'text' in result;
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

interface Utf8Scan {
  /** Offset of the first byte that does not start a valid sequence (bytes.length when none). */
  firstInvalid: number;
  invalid: number;
  /** Valid sequences of two or more bytes. */
  multibyte: number;
}

/** One pass over the bytes as UTF-8, skipping a byte at each error (structure only: overlongs and surrogates are not checked). */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { firstInvalid: bytes.length, invalid: 0, multibyte: 0 };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) valid = false;
    if (!valid) {
      if (scan.invalid === 0) scan.firstInvalid = i;
      scan.invalid++;
      i++;
      continue;
    }
    if (length > 1) scan.multibyte++;
    i += length;
  }
  return scan;
}
