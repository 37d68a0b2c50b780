import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DeckError } from '../core/errors.ts';
import type { SourceFormat, SourceText } from '../core/model.ts';
import { bomEncoding, decodeText, isDecoded } from './decode-text.ts';
import { docxToText } from './docx-text.ts';
import { ExpansionLimitError, megabytes } from './expansion-limits.ts';
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
const UNSUPPORTED_HINTS: Readonly<Record<string, MessageKey>> = {
  '.doc': 'error.unsupported.doc',
  '.wps': 'error.unsupported.wps',
  '.rtf': 'error.unsupported.rtf',
  '.pdf': 'error.unsupported.pdf',
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

/** A .docx over one of its limits after decompression (docx-limits.ts), said in the reader's language. */
function expandsTooFar(name: string, error: ExpansionLimitError): DeckError {
  const message: MessageRef =
    error.limit === 'entries' ? { key: 'error.docx.tooManyParts', values: { max: error.max } }
    : error.limit === 'text' ? { key: 'error.docx.tooMuchText', values: { max: error.max } }
    : { key: error.limit === 'markup' ? 'error.docx.expandsMarkup' : 'error.docx.expands', values: { max: megabytes(error.max) } };
  return new DeckError({ code: 'TOO_LARGE', file: name, message, hint: { key: 'error.docx.expands.hint' } });
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
  if (!formatFromName(path)) throw unsupported(name);
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
  return new DeckError({ code: 'EMPTY', file: name, message: { key: 'error.noText' }, hint: { key: 'error.noText.hint' } });
}

function textBytesToText(name: string, bytes: Uint8Array): string {
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
  return decoded.text;
}

function binary(name: string, kind: Pick<BinaryKind, 'what' | 'hint'>): DeckError {
  return new DeckError({ code: 'BINARY', file: name, message: { key: 'error.binary', values: { what: kind.what } }, hint: kind.hint });
}

async function docxBytesToText(name: string, bytes: Uint8Array): Promise<string> {
  const kind = sniffMagic(bytes);
  if (kind?.oldOffice) {
    throw new DeckError({ code: 'UNSUPPORTED', file: name, message: { key: 'error.docx.oldOffice' }, hint: { key: 'error.docx.oldOffice.hint' } });
  }
  if (kind && !kind.zip) throw binary(name, kind);
  if (!kind) {
    throw new DeckError({ code: 'DECODE', file: name, message: { key: 'error.docx.notZip' }, hint: { key: 'error.docx.notZip.hint' } });
  }
  try {
    return await docxToText(bytes);
  } catch (error) {
    if (error instanceof ExpansionLimitError) throw expandsTooFar(name, error);
    // mammoth's own wording is English only and names ZIP internals: the message says what it means.
    const notWord = error instanceof Error && /main document part/i.test(error.message);
    throw new DeckError({ code: 'DECODE', file: name, message: { key: notWord ? 'error.docx.notWord' : 'error.docx.damaged' }, hint: { key: 'error.docx.damaged.hint' } });
  }
}
