/**
 * Recognises files that are not text, from their first bytes, so the user is told
 * "this is a PDF" rather than "cannot decode line 1".
 */

export interface BinaryKind {
  /** What the file is, for the message: "a PDF document". */
  what: string;
  /** What to do instead, one sentence. */
  hint: string;
  /** True for ZIP containers (a .docx is one). */
  zip?: boolean;
  /** True for the Word 97–2003 / WPS container (.doc, .wps, .xls). */
  oldOffice?: boolean;
  /** True for a PDF document. */
  pdf?: boolean;
}

/** The formats Podium reads, for every hint. */
export const READABLE = 'Podium reads .txt, .md, .docx, .doc/.wps and PDFs with text';
const SAVE_AS_TEXT = `${READABLE}: open the original in Word or WPS and save it as .docx or as plain text (.txt).`;

interface Magic {
  bytes: readonly (number | undefined)[];
  /** Byte offset where the magic starts. */
  at?: number;
  kind: BinaryKind;
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const MAGICS: readonly Magic[] = [
  { bytes: ascii('%PDF-'), kind: { what: 'a PDF document', hint: 'Give it the .pdf extension; Podium reads PDFs that have text in them.', pdf: true } },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: { what: 'a ZIP archive', hint: `This ZIP holds no Word document; ${READABLE}.`, zip: true } },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: { what: 'an empty ZIP archive', hint: SAVE_AS_TEXT, zip: true } },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: { what: 'an old Office document (Word 97–2003 .doc, WPS or Excel)', hint: SAVE_AS_TEXT, oldOffice: true } },
  { bytes: ascii('{\\rtf'), kind: { what: 'an RTF document', hint: SAVE_AS_TEXT } },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: { what: 'a PNG image', hint: 'Podium needs the report as text (.txt, .md, .docx, .doc or a PDF with text), not a picture of it.' } },
  { bytes: [0xff, 0xd8, 0xff], kind: { what: 'a JPEG image', hint: 'Podium needs the report as text (.txt, .md, .docx, .doc or a PDF with text), not a picture of it.' } },
  { bytes: ascii('GIF8'), kind: { what: 'a GIF image', hint: 'Podium needs the report as text (.txt, .md, .docx, .doc or a PDF with text), not a picture of it.' } },
  { bytes: ascii('WEBP'), at: 8, kind: { what: 'a WebP image', hint: 'Podium needs the report as text (.txt, .md, .docx, .doc or a PDF with text), not a picture of it.' } },
  { bytes: [0x49, 0x49, 0x2a, 0x00], kind: { what: 'a TIFF image', hint: 'Podium needs the report as text (.txt, .md, .docx, .doc or a PDF with text), not a picture of it.' } },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], kind: { what: 'a TIFF image', hint: 'Podium needs the report as text (.txt, .md, .docx, .doc or a PDF with text), not a picture of it.' } },
  { bytes: [0x1f, 0x8b], kind: { what: 'a gzip archive', hint: `Unpack it first; ${READABLE}.` } },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: { what: 'a 7-Zip archive', hint: `Unpack it first; ${READABLE}.` } },
  { bytes: ascii('Rar!'), kind: { what: 'a RAR archive', hint: `Unpack it first; ${READABLE}.` } },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: { what: 'a program (ELF executable)', hint: 'Choose the report file itself (.txt, .md, .docx, .doc or .pdf).' } },
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
    return {
      what: 'UTF-16 text without a byte-order mark',
      hint: 'Save it again as UTF-8 (in Notepad: Save As ▸ Encoding ▸ UTF-8), or as UTF-16 with BOM.',
    };
  }
  return { what: 'a binary file (it contains NUL bytes)', hint: 'Choose the report file itself: .txt, .md, .docx, .doc or .pdf.' };
}
