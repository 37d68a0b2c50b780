/**
 * What a .docx may expand to, checked before the reader (mammoth) unzips it: the file
 * limit (20 MB) bounds only the compressed bytes, and a 143 KB file can hold 36 MB of XML
 * (9 s and 2 GB of memory to read). Every entry is inflated once, by the same zip parser
 * mammoth uses (JSZip, so both see the same entries), counted chunk by chunk and dropped;
 * the first chunk over a limit stops it. Limits (DOCX_LIMITS):
 * - entries: 5,000 (Word writes a few dozen; counted in the bytes before parsing);
 * - unzipped in all: 100 MB (pictures included: photos do not shrink when zipped);
 * - unzipped text and markup (every entry that is not a picture): 20 MB, the report limit;
 * - decoded text: 20 million characters (read-report.ts checks it after reading).
 */
import JSZip from 'jszip';
import { ExpansionBudget, ExpansionLimitError, megabytes, readWithin } from './expansion-limits.ts';

export interface ZipLimits {
  maxEntries: number;
  maxUnzippedBytes: number;
  maxMarkupBytes: number;
  maxTextChars: number;
}

export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxUnzippedBytes: 100 * 1024 * 1024,
  // The report limit (read-report.ts DEFAULT_MAX_BYTES; not imported: read-report imports this reader).
  maxMarkupBytes: 20 * 1024 * 1024,
  maxTextChars: 20_000_000,
};

/** Central-directory headers ("PK\x01\x02") in the bytes: at least as many as any zip parser finds entries. */
function countCentralHeaders(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0x50); i >= 0 && i + 3 < bytes.length; i = bytes.indexOf(0x50, i + 1)) {
    if (bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02) count += 1;
  }
  return count;
}

/** Pictures by their first bytes (not their names: a part's name says nothing of what the reader will parse it as). */
function isPicture(head: Uint8Array): boolean {
  const starts = (...sig: number[]): boolean => sig.every((b, i) => head[i] === b);
  return (
    starts(0x89, 0x50, 0x4e, 0x47) || // PNG
    starts(0xff, 0xd8, 0xff) || // JPEG
    starts(0x47, 0x49, 0x46, 0x38) || // GIF
    starts(0x42, 0x4d) || // BMP
    starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a) || // TIFF
    starts(0xd7, 0xcd, 0xc6, 0x9a) || // WMF (placeable)
    (starts(0x01, 0x00, 0x00, 0x00) && head[40] === 0x20 && head[41] === 0x45 && head[42] === 0x4d && head[43] === 0x46) // EMF
  );
}

/** Throws ExpansionLimitError (its message is for the user) when the package is over `limits`. */
export async function checkDocxExpansion(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): Promise<void> {
  const tooMany = (): ExpansionLimitError => new ExpansionLimitError('entries', limits.maxEntries, `The document is a package of more than ${limits.maxEntries} parts.`);
  if (countCentralHeaders(bytes) > limits.maxEntries) throw tooMany();
  const zip = await JSZip.loadAsync(bytes);
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > limits.maxEntries) throw tooMany();
  const all = new ExpansionBudget('unzipped', limits.maxUnzippedBytes, `The document expands to more than ${megabytes(limits.maxUnzippedBytes)} when unzipped.`);
  const markup = new ExpansionBudget('markup', limits.maxMarkupBytes, `The document expands to more than ${megabytes(limits.maxMarkupBytes)} of text and markup when unzipped.`);
  for (const entry of entries) {
    // The first chunk says whether this is a picture; everything else counts as markup.
    await readWithin(entry.nodeStream('nodebuffer'), (first) => (isPicture(first.subarray(0, 64)) ? [all] : [all, markup]));
  }
}

/** The decoded text's own limit (after reading). */
export function checkDocxText(text: string, limits: ZipLimits = DOCX_LIMITS): string {
  if (text.length > limits.maxTextChars) throw new ExpansionLimitError('text', limits.maxTextChars, `The document holds more than ${(limits.maxTextChars / 1_000_000).toLocaleString('en')} million characters of text.`);
  return text;
}
