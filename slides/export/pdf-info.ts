/**
 * Sets a PDF's document information (title, author, subject, creator) by appending
 * an incremental update — a new Info dictionary, an xref section and a trailer —
 * as PDF allows, leaving the bytes Chromium wrote untouched. Chromium takes the
 * title from document.title but writes no author.
 */

export interface PdfInfo {
  title: string;
  author: string;
  subject?: string;
  creator?: string;
}

export class PdfInfoError extends Error {
  override name = 'PdfInfoError';
}

/** A PDF text string: UTF-16BE with byte-order mark, as hex, so any script survives. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function lastTrailer(pdf: string): { size: number; root: string; startxref: number; info?: string } {
  const at = pdf.lastIndexOf('trailer');
  const start = pdf.lastIndexOf('startxref');
  if (at < 0 || start < 0) throw new PdfInfoError('The PDF has no classic trailer to update.');
  const trailer = pdf.slice(at, start);
  const size = /\/Size\s+(\d+)/.exec(trailer)?.[1];
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  const info = /\/Info\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  const startxref = /startxref\s+(\d+)/.exec(pdf.slice(start))?.[1];
  if (!size || !root || !startxref) throw new PdfInfoError('The PDF trailer lacks /Size, /Root or startxref.');
  return { size: Number(size), root, startxref: Number(startxref), ...(info ? { info } : {}) };
}

/** Entries of the existing Info dictionary worth keeping (creation date, producer). */
function keptEntries(pdf: string, infoRef: string | undefined): string {
  if (!infoRef) return '';
  const number = infoRef.split(/\s+/)[0];
  const match = new RegExp(`(?:^|\\s)${number}\\s+0\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(pdf);
  if (!match?.[1]) return '';
  const kept: string[] = [];
  for (const key of ['Producer', 'CreationDate', 'ModDate']) {
    const entry = new RegExp(`/${key}\\s*(\\([^)]*\\)|<[^>]*>)`).exec(match[1]);
    if (entry?.[1]) kept.push(`/${key} ${entry[1]}`);
  }
  return kept.join('\n');
}

export function withPdfInfo(bytes: Uint8Array, info: PdfInfo): Uint8Array {
  // latin1 keeps one char per byte, so string offsets are byte offsets.
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const trailer = lastTrailer(pdf);
  const number = trailer.size;
  const entries = [
    `/Title ${pdfTextString(info.title)}`,
    // No author known: no /Author at all, rather than an empty or made-up one.
    ...(info.author ? [`/Author ${pdfTextString(info.author)}`] : []),
    ...(info.subject ? [`/Subject ${pdfTextString(info.subject)}`] : []),
    `/Creator ${pdfTextString(info.creator ?? 'Podium')}`,
    keptEntries(pdf, trailer.info),
  ].filter(Boolean);
  const separator = pdf.endsWith('\n') ? '' : '\n';
  const objectOffset = bytes.byteLength + separator.length;
  const object = `${number} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`;
  const xrefOffset = objectOffset + Buffer.byteLength(object, 'latin1');
  const xref =
    `xref\n0 1\n0000000000 65535 f \n${number} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${number + 1}\n/Root ${trailer.root}\n/Info ${number} 0 R\n/Prev ${trailer.startxref}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(bytes), Buffer.from(separator + object + xref, 'latin1')]);
}
