import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DeckError } from '../core/errors.ts';
import { blocksText } from '../core/outline-blocks.ts';
import type { SourceBlock, SourceDocument, SourceFormat, SourceText } from '../core/model.ts';
import { bomEncoding, decodeText, isDecoded } from './decode-text.ts';
import { readPdf } from './pdf/pdf-text.ts';
import { READABLE, sniffMagic, sniffNulBytes, type BinaryKind } from './sniff-binary.ts';
import { readDoc } from './word/doc.ts';
import { readDocx } from './word/docx.ts';

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
const UNSUPPORTED_HINTS: Readonly<Record<string, string>> = {
  '.rtf': 'Open it in Word or WPS and save it as .docx, or as plain text (.txt).',
  '.odt': 'Open it in LibreOffice or WPS and save it as .docx.',
  '.pptx': 'Podium makes the slides itself: give it the report (.txt, .md, .docx, .doc or .pdf).',
};

export function formatFromName(name: string): SourceFormat | undefined {
  return FORMATS[extname(name).toLowerCase()];
}

function unsupported(name: string): DeckError {
  const ext = extname(name).toLowerCase();
  const supported = 'Podium reads .txt, .md/.markdown, .docx, .doc, .wps and .pdf files.';
  return new DeckError({
    code: 'UNSUPPORTED',
    file: name,
    message: ext ? `"${ext}" files are not supported.` : 'The file has no extension, so its format is unknown.',
    hint: ext && UNSUPPORTED_HINTS[ext] ? `${supported} ${UNSUPPORTED_HINTS[ext]}` : `${supported} Rename or save the report with one of these extensions.`,
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function tooLarge(name: string, size: number, maxBytes: number): DeckError {
  return new DeckError({
    code: 'TOO_LARGE',
    file: name,
    message: `The file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit.`,
    hint: 'A report read aloud is far smaller: check that this is the right file, or split it.',
  });
}

/** A DeckError for a failed stat/read, from Node's error code. */
export function readError(name: string, error: unknown): DeckError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const [message, hint] =
    code === 'ENOENT' ? ['No such file.', 'Check the path and the file name.']
    : code === 'EACCES' || code === 'EPERM' ? ['Permission denied: the file cannot be read.', 'Check the file\'s permissions, or copy it somewhere you can read it.']
    : code === 'EISDIR' ? ['This is a folder, not a file.', 'Give the path of the report file inside it.']
    : code === 'ENOTDIR' ? ['A part of the path is not a folder.', 'Check the path.']
    : code === 'ELOOP' ? ['The path is a loop of symbolic links.', 'Give the path of the real file.']
    : [`The file could not be read (${code ?? (error instanceof Error ? error.message : String(error))}).`, 'Check that the file is accessible and try again.'];
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
    throw new DeckError({ code: 'READ', file: name, message: 'This is not a regular file (a device, pipe or socket).', hint: 'Give the path of the report file.' });
  }
  if (info.size > maxBytes) throw tooLarge(name, info.size, maxBytes);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw readError(name, error);
  }
  return decodeReport(name, bytes, { maxBytes });
}

/**
 * Bytes of a report (e.g. a file dropped on the window) → SourceText. The bytes decide the format
 * where they can (a .docx renamed .doc, a PDF named .txt); the name decides between text formats.
 */
export async function decodeReport(name: string, bytes: Uint8Array, options: Pick<ReadReportOptions, 'maxBytes'> = {}): Promise<SourceText> {
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
  else if (kind?.oldOffice) source = await structured(name, named === 'wps' ? 'wps' : 'doc', named, () => docBytes(name, bytes));
  else if (kind?.pdf) source = await structured(name, 'pdf', named, () => pdfBytes(name, bytes));
  else if (!named) throw unsupported(name);
  else if (named === 'docx' || named === 'doc' || named === 'wps' || named === 'pdf') throw notWhatItsNameSays(name, named, kind);
  else source = textBytes(name, named, bytes);
  if (source.text.trim() === '') throw empty(name);
  return source;
}

function empty(name: string): DeckError {
  return new DeckError({ code: 'EMPTY', file: name, message: 'The file has no text.', hint: 'Choose the file that holds the report, or write the report into this one.' });
}

/** A document format read by a library: its blocks, their text, what was found, and the name it came under. */
async function structured(name: string, format: SourceFormat, named: SourceFormat | undefined, read: () => Promise<{ blocks: SourceBlock[]; document: SourceDocument }>): Promise<SourceText> {
  const { blocks, document } = await read();
  const ext = extname(name).toLowerCase();
  if (named !== format && !(named === 'doc' && format === 'wps') && !(named === 'wps' && format === 'doc')) document.namedAs = ext || '(no extension)';
  return { name, format, text: blocksText(blocks), blocks, document };
}


const FORMAT_NAMES: Readonly<Record<SourceFormat, string>> = {
  txt: 'a text file',
  md: 'a Markdown file',
  docx: 'a Word document (.docx)',
  doc: 'a Word 97–2003 document (.doc)',
  wps: 'a WPS document (.wps)',
  pdf: 'a PDF document',
};

function notWhatItsNameSays(name: string, named: SourceFormat, kind: BinaryKind | undefined): DeckError {
  if (kind) return binary(name, kind.what, kind.hint);
  const shape = named === 'docx' ? 'a .docx file is a ZIP package, and this file is not one' : named === 'pdf' ? 'a PDF starts with %PDF, and this file does not' : 'a .doc or .wps file is an OLE compound document, and this file is not one';
  return new DeckError({
    code: 'DECODE',
    file: name,
    message: `This is not ${FORMAT_NAMES[named].replace(/^an? /, 'a ')}: ${shape}.`,
    hint: 'If it is plain text, rename it to .txt; otherwise open it in Word or WPS and save it as .docx.',
  });
}

function textBytes(name: string, format: SourceFormat, bytes: Uint8Array): SourceText {
  // Say what the file is when we can tell (an image renamed .txt), before decoding.
  const utf16 = bomEncoding(bytes)?.encoding.startsWith('utf-16') ?? false;
  const kind = sniffMagic(bytes) ?? (utf16 ? undefined : sniffNulBytes(bytes));
  if (kind) throw binary(name, kind.what, kind.hint);
  const decoded = decodeText(bytes);
  if (!isDecoded(decoded)) {
    throw new DeckError({
      code: 'DECODE',
      file: name,
      ...(decoded.line !== undefined ? { line: decoded.line } : {}),
      ...(decoded.damagedUtf8
        ? { message: 'The file is UTF-8 text with damaged bytes (invalid UTF-8) in it.', hint: 'Open it in a text editor, fix or retype the text at that line, and save it as UTF-8.' }
        : { message: 'The text is in an unknown encoding: it is neither UTF-8, UTF-16 with BOM, nor GB18030/GBK.', hint: 'Open it in a text editor and save it as UTF-8.' }),
    });
  }
  if (decoded.text.includes('\0')) throw binary(name, 'a binary file (it contains NUL characters)', 'Choose the report file itself: .txt, .md, .docx, .doc or .pdf.');
  return { name, format, text: decoded.text, document: textDocument(`${decoded.encoding}${decoded.bom ? ' with BOM' : ''}`) };
}

function textDocument(encoding: string): SourceDocument {
  return { encoding, paragraphs: 0, numbered: 0, headingStyles: 0, tables: 0, softBreaks: 0, revisions: 0, formatRevisions: 0, comments: 0, footnotes: 0, endnotes: 0, lost: [] };
}

function binary(name: string, what: string, hint: string): DeckError {
  return new DeckError({ code: 'BINARY', file: name, message: `This is ${what}, not a text report.`, hint });
}

function damaged(name: string, what: string, error: unknown, hint: string): DeckError {
  const detail = error instanceof Error ? error.message : String(error);
  return new DeckError({ code: 'DECODE', file: name, message: `${what} is damaged or not what it seems (${detail.replace(/\s+/g, ' ').trim().slice(0, 200)}).`, hint });
}

async function docxBytes(name: string, bytes: Uint8Array, named: SourceFormat | undefined): Promise<{ blocks: SourceBlock[]; document: SourceDocument }> {
  try {
    return await readDocx(bytes);
  } catch (error) {
    if (error instanceof DeckError) throw error;
    if (named !== 'docx' && error instanceof Error && /main document part/.test(error.message)) {
      throw binary(name, 'a ZIP archive', `This ZIP holds no Word document; ${READABLE}.`);
    }
    throw damaged(name, 'The Word document', error, 'Open it in Word or WPS and save it again as .docx; if that fails, copy the text into a .txt file.');
  }
}

async function docBytes(name: string, bytes: Uint8Array): Promise<{ blocks: SourceBlock[]; document: SourceDocument }> {
  try {
    return await readDoc(bytes);
  } catch (error) {
    throw damaged(name, 'The Word 97–2003 / WPS document', error, 'Open it in Word or WPS and save it as .docx (Word document); if it is an Excel or other Office file, use the report itself.');
  }
}

async function pdfBytes(name: string, bytes: Uint8Array): Promise<{ blocks: SourceBlock[]; document: SourceDocument }> {
  let content;
  try {
    content = await readPdf(bytes);
  } catch (error) {
    throw damaged(name, 'The PDF', error, 'Open it in a PDF reader to check it; if it opens, print it again to PDF, or use the original Word file.');
  }
  if (content.blocks.length === 0) {
    throw new DeckError({
      code: 'EMPTY',
      file: name,
      message: `The PDF has no text in it (${content.document.pages ?? 0} page${content.document.pages === 1 ? '' : 's'} of pictures: a scan or an image-only print).`,
      hint: 'Use the original Word or text file; a scanned report would first need text recognition (OCR) in another program.',
    });
  }
  return content;
}
