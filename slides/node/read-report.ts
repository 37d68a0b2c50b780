import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DeckError } from '../core/errors.ts';
import type { ConversionFallback, SourceBlock, SourceDocument, SourceFormat, SourceText } from '../core/model.ts';
import { blocksText } from '../core/outline-blocks.ts';
import { bomEncoding, decodeText, isDecoded } from './decode-text.ts';
import { ExpansionLimitError, megabytes } from './expansion-limits.ts';
import { findOffice } from './office/find-office.ts';
import { sniffMagic, sniffNulBytes, type BinaryKind } from './sniff-binary.ts';
import type { MessageKey, MessageRef } from '../core/messages/catalogue.ts';

/**
 * Report file (or dropped bytes) → SourceText for the pure compiler. Every way a
 * file can be unusable ends in one DeckError naming the file, the problem and the
 * fix. Reading never writes anything.
 */

/** Larger than any real report (the example is 32 KB); protects the app from a wrong pick. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadReportOptions {
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Name used in messages and as SourceText.name (default: the path as given). */
  name?: string;
  /** LibreOffice for reading .doc/.wps through .docx (default: found on this machine, see office/find-office.ts). */
  office?: OfficeChoice;
}

export interface OfficeChoice {
  /** soffice's path; 'off': read the text only; undefined: not installed. */
  soffice: string | 'off' | undefined;
  /** Longest a conversion may take (default 60 s). */
  timeoutMs?: number;
}

const FORMATS: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
  '.doc': 'doc',
  '.wps': 'wps',
  '.pdf': 'pdf',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

/** Extensions users try that deserve a specific way out. */
const UNSUPPORTED_HINTS: Readonly<Record<string, MessageKey>> = {
  '.rtf': 'error.unsupported.rtf',
  '.odt': 'error.unsupported.odt',
  '.pptx': 'error.unsupported.pptx',
};

export function formatFromName(name: string): SourceFormat | undefined {
  return FORMATS[extname(name).toLowerCase()];
}

function unsupported(name: string): DeckError {
  const ext = extname(name).toLowerCase();
  return new DeckError({
    code: 'UNSUPPORTED',
    file: name,
    message: ext ? { key: 'error.unsupported', values: { ext } } : { key: 'error.unsupported.noExt' },
    hint: { key: (ext && UNSUPPORTED_HINTS[ext]) || 'error.unsupported.rename' },
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function tooLarge(name: string, size: number, maxBytes: number): DeckError {
  return new DeckError({
    code: 'TOO_LARGE',
    file: name,
    message: { key: 'error.tooLarge', values: { size: formatBytes(size), max: formatBytes(maxBytes) } },
    hint: { key: 'error.tooLarge.hint' },
  });
}

/** A DeckError for a failed stat/read, from Node's error code. */
export function readError(name: string, error: unknown): DeckError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const [message, hint]: [MessageRef, MessageRef] =
    code === 'ENOENT' ? [{ key: 'error.read.missing' }, { key: 'error.read.missing.hint' }]
    : code === 'EACCES' || code === 'EPERM' ? [{ key: 'error.read.denied' }, { key: 'error.read.denied.hint' }]
    : code === 'EISDIR' ? [{ key: 'error.read.isDir' }, { key: 'error.read.isDir.hint' }]
    : code === 'ENOTDIR' ? [{ key: 'error.read.notDir' }, { key: 'error.read.checkPath' }]
    : code === 'ELOOP' ? [{ key: 'error.read.loop' }, { key: 'error.read.loop.hint' }]
    : [{ key: 'error.read.other', values: { reason: code ?? (error instanceof Error ? error.message : String(error)) } }, { key: 'error.read.other.hint' }];
  return new DeckError({ code: 'READ', file: name, message, hint });
}

export async function readReport(path: string, options: ReadReportOptions = {}): Promise<SourceText> {
  const name = options.name ?? path;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw readError(name, error);
  }
  if (info.isDirectory()) throw readError(name, Object.assign(new Error('directory'), { code: 'EISDIR' }));
  if (!info.isFile()) {
    throw new DeckError({ code: 'READ', file: name, message: { key: 'error.read.special' }, hint: { key: 'error.read.special.hint' } });
  }
  if (info.size > maxBytes) throw tooLarge(name, info.size, maxBytes);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw readError(name, error);
  }
  return decodeReport(name, bytes, { maxBytes, ...(options.office ? { office: options.office } : {}) });
}

/**
 * Bytes of a report (e.g. a file dropped on the window) → SourceText. The bytes decide the format
 * where they can (a .docx renamed .doc, a PDF named .txt); the name decides between text formats.
 */
export async function decodeReport(name: string, bytes: Uint8Array, options: Pick<ReadReportOptions, 'maxBytes' | 'office'> = {}): Promise<SourceText> {
  const named = formatFromName(name);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
  if (bytes.length === 0) {
    if (!named) throw unsupported(name);
    throw empty(name);
  }
  const kind = sniffMagic(bytes);
  let source: SourceText;
  if (kind?.zip) source = await structured(name, 'docx', named, () => docxBytes(name, bytes, named));
  else if (kind?.oldOffice) {
    const format = named === 'wps' ? 'wps' : 'doc';
    source = await structured(name, format, named, () => docBytes(name, bytes, format, options.office ?? officeOnThisMachine()));
  }
  else if (kind?.pdf) source = await structured(name, 'pdf', named, () => pdfBytes(name, bytes));
  else if (!named) throw unsupported(name);
  else if (named === 'docx' || named === 'doc' || named === 'wps' || named === 'pdf') throw notWhatItsNameSays(name, named, kind);
  else source = textBytes(name, named, bytes);
  if (source.text.trim() === '') throw empty(name);
  return source;
}

/** A document format read by a library: its blocks, their text, what was found, and the name it came under. */
async function structured(name: string, format: SourceFormat, named: SourceFormat | undefined, read: () => Promise<{ blocks: SourceBlock[]; document: SourceDocument }>): Promise<SourceText> {
  const { blocks, document } = await read();
  const ext = extname(name).toLowerCase();
  if (named !== format && !(named === 'doc' && format === 'wps') && !(named === 'wps' && format === 'doc')) document.namedAs = ext || '—';
  return { name, format, text: blocksText(blocks), blocks, document };
}

const NOT_FORMAT: Readonly<Record<'docx' | 'doc' | 'wps' | 'pdf', MessageKey>> = {
  docx: 'error.docx.notZip',
  doc: 'error.doc.notOle',
  wps: 'error.doc.notOle',
  pdf: 'error.pdf.notPdf',
};

function notWhatItsNameSays(name: string, named: 'docx' | 'doc' | 'wps' | 'pdf', kind: BinaryKind | undefined): DeckError {
  if (kind) return binary(name, kind);
  return new DeckError({ code: 'DECODE', file: name, message: { key: NOT_FORMAT[named] }, hint: { key: 'error.docx.notZip.hint' } });
}

function empty(name: string): DeckError {
  return new DeckError({ code: 'EMPTY', file: name, message: { key: 'error.noText' }, hint: { key: 'error.noText.hint' } });
}

function textBytes(name: string, format: SourceFormat, bytes: Uint8Array): SourceText {
  // Say what the file is when we can tell (a PDF or an image renamed .txt), before decoding.
  const utf16 = bomEncoding(bytes)?.encoding.startsWith('utf-16') ?? false;
  const kind = sniffMagic(bytes) ?? (utf16 ? undefined : sniffNulBytes(bytes));
  if (kind) throw binary(name, kind);
  const decoded = decodeText(bytes);
  if (!isDecoded(decoded)) {
    throw new DeckError({
      code: 'DECODE',
      file: name,
      ...(decoded.line !== undefined ? { line: decoded.line } : {}),
      ...(decoded.damagedUtf8
        ? { message: { key: 'error.decode.damagedUtf8' }, hint: { key: 'error.decode.damagedUtf8.hint' } }
        : { message: { key: 'error.decode.unknown' }, hint: { key: 'error.decode.unknown.hint' } }),
    });
  }
  if (decoded.text.includes('\0')) throw binary(name, { what: { key: 'sniff.nul' }, hint: { key: 'sniff.nul.hint' } });
  return { name, format, text: decoded.text, document: textDocument(`${decoded.encoding}${decoded.bom ? ' BOM' : ''}`) };
}

function textDocument(encoding: string): SourceDocument {
  return { encoding, paragraphs: 0, numbered: 0, headingStyles: 0, tables: 0, softBreaks: 0, revisions: 0, formatRevisions: 0, comments: 0, footnotes: 0, endnotes: 0, lost: [] };
}

function binary(name: string, kind: Pick<BinaryKind, 'what' | 'hint'>): DeckError {
  return new DeckError({ code: 'BINARY', file: name, message: { key: 'error.binary', values: { what: kind.what } }, hint: kind.hint });
}

/** What a reading library said went wrong, shortened, for the message's detail. */
function detailOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** A .docx over one of its limits after decompression (docx-limits.ts), said in the reader's language. */
function expandsTooFar(name: string, error: ExpansionLimitError): DeckError {
  const message: MessageRef =
    error.limit === 'entries' ? { key: 'error.docx.tooManyParts', values: { max: error.max } }
    : error.limit === 'text' ? { key: 'error.docx.tooMuchText', values: { max: error.max } }
    : { key: error.limit === 'markup' ? 'error.docx.expandsMarkup' : 'error.docx.expands', values: { max: megabytes(error.max) } };
  return new DeckError({ code: 'TOO_LARGE', file: name, message, hint: { key: 'error.docx.expands.hint' } });
}

/** A .docx's blocks, bounded after decompression too (docx-limits.ts): a bomb is refused before the reader unzips it. */
async function readBoundedDocx(bytes: Uint8Array): Promise<{ blocks: SourceBlock[]; document: SourceDocument }> {
  // Each reader (and its zip, XML or PDF library) loads only for its format: a Markdown or text report does without them.
  const [{ readDocx }, { checkDocxExpansion, checkDocxText }] = await Promise.all([import('./word/docx.ts'), import('./docx-limits.ts')]);
  await checkDocxExpansion(bytes);
  const content = await readDocx(bytes);
  checkDocxText(blocksText(content.blocks));
  return content;
}

async function docxBytes(name: string, bytes: Uint8Array, named: SourceFormat | undefined): Promise<{ blocks: SourceBlock[]; document: SourceDocument }> {
  try {
    return await readBoundedDocx(bytes);
  } catch (error) {
    if (error instanceof ExpansionLimitError) throw expandsTooFar(name, error);
    if (error instanceof DeckError) throw error;
    const notWord = error instanceof Error && /main document part/i.test(error.message);
    if (notWord && named !== 'docx') throw binary(name, { what: { key: 'sniff.zip' }, hint: { key: 'sniff.zip.hint' } });
    throw new DeckError({ code: 'DECODE', file: name, message: { key: notWord ? 'error.docx.notWord' : 'error.docx.damaged' }, hint: { key: 'error.docx.damaged.hint' } });
  }
}

/** The soffice on this machine, looked for at each read (LibreOffice may be installed while the app runs). */
function officeOnThisMachine(): OfficeChoice {
  const found = findOffice();
  return { soffice: found === 'off' ? 'off' : found?.path };
}

/**
 * A .doc/.wps: converted to .docx by LibreOffice and read as one (numbering, heading styles, soft
 * breaks, footnote places and tracked changes come through); where LibreOffice is missing, turned
 * off or fails, its text read with word-extractor, and the document says why.
 */
async function docBytes(name: string, bytes: Uint8Array, format: 'doc' | 'wps', office: OfficeChoice): Promise<{ blocks: SourceBlock[]; document: SourceDocument }> {
  let reason: ConversionFallback = office.soffice === 'off' ? 'off' : 'missing';
  let detail: string | undefined;
  if (office.soffice !== undefined && office.soffice !== 'off') {
    const { convertToDocx, OfficeConversionError } = await import('./office/convert-to-docx.ts');
    try {
      const docx = await convertToDocx(office.soffice, bytes, `.${format}`, office.timeoutMs !== undefined ? { timeoutMs: office.timeoutMs } : {});
      const content = await readBoundedDocx(docx);
      content.document.conversion = { via: 'libreoffice' };
      return content;
    } catch (error) {
      if (error instanceof ExpansionLimitError) throw expandsTooFar(name, error);
      reason = error instanceof OfficeConversionError ? error.kind : 'failed';
      detail = error instanceof OfficeConversionError ? error.detail : detailOf(error);
    }
  }
  const { readDoc } = await import('./word/doc.ts');
  try {
    const content = await readDoc(bytes);
    content.document.conversion = { via: 'text', reason, ...(detail !== undefined ? { detail } : {}) };
    return content;
  } catch (error) {
    throw new DeckError({ code: 'DECODE', file: name, message: { key: 'error.doc.damaged', values: { detail: detailOf(error) } }, hint: { key: 'error.doc.damaged.hint' } });
  }
}

async function pdfBytes(name: string, bytes: Uint8Array): Promise<{ blocks: SourceBlock[]; document: SourceDocument }> {
  let content;
  const { readPdf } = await import('./pdf/pdf-text.ts');
  try {
    content = await readPdf(bytes);
  } catch (error) {
    throw new DeckError({ code: 'DECODE', file: name, message: { key: 'error.pdf.damaged', values: { detail: detailOf(error) } }, hint: { key: 'error.pdf.damaged.hint' } });
  }
  if (content.blocks.length === 0) {
    throw new DeckError({ code: 'EMPTY', file: name, message: { key: 'error.pdf.noText', values: { pages: content.document.pages ?? 0 } }, hint: { key: 'error.pdf.noText.hint' } });
  }
  return content;
}
