/**
 * Recognises files that are not text, from their first bytes, so the user is told
 * "this is a PDF" rather than "cannot decode line 1".
 */
import type { MessageKey, MessageRef } from '../core/messages/catalogue.ts';

export interface BinaryKind {
  /** What the file is, for the message: "a PDF document". */
  what: MessageRef;
  /** What to do instead, one sentence. */
  hint: MessageRef;
  /** True for ZIP containers (a .docx is one). */
  zip?: boolean;
  /** True for the Word 97–2003 / WPS container (.doc, .wps, .xls). */
  oldOffice?: boolean;
  /** True for a PDF document. */
  pdf?: boolean;
}

interface Magic {
  bytes: readonly (number | undefined)[];
  /** Byte offset where the magic starts. */
  at?: number;
  kind: BinaryKind;
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const kind = (what: MessageKey, hint: MessageKey, more: Pick<BinaryKind, 'zip' | 'oldOffice' | 'pdf'> = {}): BinaryKind => ({ what: { key: what }, hint: { key: hint }, ...more });

const MAGICS: readonly Magic[] = [
  { bytes: ascii('%PDF-'), kind: kind('sniff.pdf', 'sniff.pdf.hint', { pdf: true }) },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: kind('sniff.zip', 'sniff.zip.hint', { zip: true }) },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: kind('sniff.emptyZip', 'sniff.saveAsText.hint', { zip: true }) },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: kind('sniff.oldOffice', 'sniff.saveAsText.hint', { oldOffice: true }) },
  { bytes: ascii('{\\rtf'), kind: kind('sniff.rtf', 'sniff.saveAsText.hint') },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: kind('sniff.png', 'sniff.image.hint') },
  { bytes: [0xff, 0xd8, 0xff], kind: kind('sniff.jpeg', 'sniff.image.hint') },
  { bytes: ascii('GIF8'), kind: kind('sniff.gif', 'sniff.image.hint') },
  { bytes: ascii('WEBP'), at: 8, kind: kind('sniff.webp', 'sniff.image.hint') },
  { bytes: [0x49, 0x49, 0x2a, 0x00], kind: kind('sniff.tiff', 'sniff.image.hint') },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], kind: kind('sniff.tiff', 'sniff.image.hint') },
  { bytes: [0x1f, 0x8b], kind: kind('sniff.gzip', 'sniff.archive.hint') },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: kind('sniff.7z', 'sniff.archive.hint') },
  { bytes: ascii('Rar!'), kind: kind('sniff.rar', 'sniff.archive.hint') },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: kind('sniff.elf', 'sniff.elf.hint') },
];

/** Known file type from its magic number, if any. */
export function sniffMagic(bytes: Uint8Array): BinaryKind | undefined {
  for (const magic of MAGICS) {
    const at = magic.at ?? 0;
    if (bytes.length < at + magic.bytes.length) continue;
    if (magic.bytes.every((b, i) => b === undefined || bytes[at + i] === b)) return magic.kind;
  }
  return undefined;
}

/** How much of the file the NUL-byte check looks at: binary formats show NULs early. */
const NUL_SCAN_BYTES = 64 * 1024;

/**
 * A text file without a UTF-16 byte-order mark never contains NUL bytes; binary
 * files almost always do. UTF-16 text without a BOM (NUL in every other byte) gets
 * its own hint, since re-saving it fixes it.
 */
export function sniffNulBytes(bytes: Uint8Array): BinaryKind | undefined {
  const end = Math.min(bytes.length, NUL_SCAN_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (even + odd === 0) return undefined;
  const pairs = Math.max(1, Math.floor(end / 2));
  if (Math.max(even, odd) > pairs * 0.3 && Math.min(even, odd) < pairs * 0.02) {
    return kind('sniff.utf16NoBom', 'sniff.utf16NoBom.hint');
  }
  return kind('sniff.nul', 'sniff.nul.hint');
}
