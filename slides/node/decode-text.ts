import iconv from 'iconv-lite';

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

function decodeGb18030Strict(bytes: Uint8Array): string | undefined {
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
    if (text === undefined) return bom.encoding === 'utf-8' ? { line: firstInvalidLine(bytes) } : {};
    return { text: normalizeNewlines(text), encoding: bom.encoding, bom: true };
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: normalizeNewlines(utf8), encoding: 'utf-8', bom: false };
  const gb = decodeGb18030Strict(bytes);
  if (gb !== undefined) return { text: normalizeNewlines(gb), encoding: 'gb18030', bom: false };
  return { line: firstInvalidLine(bytes) };
}

export function isDecoded(result: DecodedText | UndecodableText): result is DecodedText {
  return 'text' in result;
}

/** Line (1-based) of the first byte where UTF-8 decoding fails, for the error message. */
export function firstInvalidLine(bytes: Uint8Array): number {
  const offset = firstInvalidUtf8Offset(bytes);
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
