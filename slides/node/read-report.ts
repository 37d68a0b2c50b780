import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DeckError } from '../core/errors.ts';
import type { SourceFormat, SourceText } from '../core/model.ts';
import { bomEncoding, decodeText, isDecoded } from './decode-text.ts';
import { docxToText } from './docx-text.ts';
import { ExpansionLimitError } from './expansion-limits.ts';
import { sniffMagic, sniffNulBytes } from './sniff-binary.ts';

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
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

/** Extensions users try that deserve a specific way out. */
const UNSUPPORTED_HINTS: Readonly<Record<string, string>> = {
  '.doc': 'Open it in Word or WPS and save it as .docx (Word document).',
  '.wps': 'Open it in WPS and save it as .docx (Word document).',
  '.rtf': 'Open it in Word or WPS and save it as .docx, or as plain text (.txt).',
  '.pdf': 'Copy the text out of the PDF into a .txt file, or use the original Word file.',
  '.odt': 'Open it in LibreOffice or WPS and save it as .docx.',
  '.pptx': 'Podium makes the slides itself: give it the report text (.txt, .md or .docx).',
};

export function formatFromName(name: string): SourceFormat | undefined {
  return FORMATS[extname(name).toLowerCase()];
}

function unsupported(name: string): DeckError {
  const ext = extname(name).toLowerCase();
  const supported = 'Podium reads .txt, .md/.markdown and .docx files.';
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
  if (!formatFromName(path)) throw unsupported(name);
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

/** Bytes of a report (e.g. a file dropped on the window) → SourceText. `name` decides the format. */
export async function decodeReport(name: string, bytes: Uint8Array, options: Pick<ReadReportOptions, 'maxBytes'> = {}): Promise<SourceText> {
  const format = formatFromName(name);
  if (!format) throw unsupported(name);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
  if (bytes.length === 0) throw empty(name);
  const text = format === 'docx' ? await docxBytesToText(name, bytes) : textBytesToText(name, bytes);
  if (text.trim() === '') throw empty(name);
  return { name, format, text };
}

function empty(name: string): DeckError {
  return new DeckError({ code: 'EMPTY', file: name, message: 'The file has no text.', hint: 'Choose the file that holds the report, or write the report into this one.' });
}

function textBytesToText(name: string, bytes: Uint8Array): string {
  // Say what the file is when we can tell (a PDF or an image renamed .txt), before decoding.
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
  if (decoded.text.includes('\0')) throw binary(name, 'a binary file (it contains NUL characters)', 'Choose the report as text: .txt, .md or .docx.');
  return decoded.text;
}

function binary(name: string, what: string, hint: string): DeckError {
  return new DeckError({ code: 'BINARY', file: name, message: `This is ${what}, not a text report.`, hint });
}

async function docxBytesToText(name: string, bytes: Uint8Array): Promise<string> {
  const kind = sniffMagic(bytes);
  if (kind?.oldOffice) {
    throw new DeckError({ code: 'UNSUPPORTED', file: name, message: 'This is an old Word 97–2003 (.doc) or WPS file named .docx.', hint: 'Open it in Word or WPS and save it as .docx (Word document).' });
  }
  if (kind && !kind.zip) throw binary(name, kind.what, kind.hint);
  if (!kind) {
    throw new DeckError({ code: 'DECODE', file: name, message: 'This is not a Word document: a .docx file is a ZIP package, and this file is not one.', hint: 'If it is plain text, rename it to .txt; otherwise open it in Word or WPS and save it as .docx.' });
  }
  try {
    return await docxToText(bytes);
  } catch (error) {
    if (error instanceof ExpansionLimitError) {
      throw new DeckError({ code: 'TOO_LARGE', file: name, message: error.message, hint: 'A report read aloud is far smaller: check that this is the right file; if it is, save its text as .txt, or split it.' });
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new DeckError({
      code: 'DECODE',
      file: name,
      message: `The Word document is damaged or not a Word document (${detail.replace(/\s+/g, ' ').trim()}).`,
      hint: 'Open it in Word or WPS and save it again as .docx; if that fails, copy the text into a .txt file.',
    });
  }
}
