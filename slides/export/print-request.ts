/**
 * Turning loose input (CLI flags, a menu item) into a checked print request for the
 * print view, with messages a user can act on. The request's shape and its query
 * string are the shared contract in electron/common/print.ts.
 */
import { HANDOUT_LAYOUTS, MAX_WATERMARK_CHARS, PDF_EXPORT_KINDS } from '../../electron/common/print.ts';
import type { HandoutPerPage, PdfExportKind, PrintRequest } from '../../electron/common/print.ts';
import { say, type MessageRef } from '../core/messages/catalogue.ts';

/** A print request that cannot be made, said in the reader's language from the catalogue (`message` is the English). */
export class PrintRequestError extends Error {
  override name = 'PrintRequestError';
  constructor(readonly said: MessageRef) {
    super(say('en', said));
  }
}

/** Layouts the hall may see: nothing from the notes goes into them. */
export function isAudienceLayout(kind: PdfExportKind): boolean {
  return kind === 'slides' || kind === 'handout';
}

export function isPdfExportKind(value: string): value is PdfExportKind {
  return (PDF_EXPORT_KINDS as readonly string[]).includes(value);
}

export function parsePerPage(value: string | number): HandoutPerPage {
  const found = HANDOUT_LAYOUTS.find((allowed) => allowed === Number(value));
  if (found === undefined) throw new PrintRequestError({ key: 'export.perPage', values: { values: HANDOUT_LAYOUTS.join(', '), value } });
  return found;
}

export function normaliseWatermark(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  const length = [...text].length;
  if (length > MAX_WATERMARK_CHARS) {
    throw new PrintRequestError({ key: 'export.watermarkLong', values: { length, max: MAX_WATERMARK_CHARS } });
  }
  return text;
}

export function makePrintRequest(input: { kind: string; perPage?: string | number; watermark?: string }): PrintRequest {
  if (!isPdfExportKind(input.kind)) {
    throw new PrintRequestError({ key: 'export.unknownLayout', values: { kind: input.kind, kinds: PDF_EXPORT_KINDS.join(', ') } });
  }
  if (input.perPage !== undefined && input.kind !== 'handout') {
    throw new PrintRequestError({ key: 'export.perPageHandoutOnly', values: { kind: input.kind } });
  }
  const watermark = normaliseWatermark(input.watermark ?? '');
  return {
    kind: input.kind,
    ...(input.kind === 'handout' ? { perPage: input.perPage === undefined ? 3 : parsePerPage(input.perPage) } : {}),
    ...(watermark ? { watermark } : {}),
  };
}
