/**
 * Turning loose input (CLI flags, a menu item) into a checked print request for the
 * print view, with messages a user can act on. The request's shape and its query
 * string are the shared contract in electron/common/print.ts.
 */
import { HANDOUT_LAYOUTS, MAX_WATERMARK_CHARS, PDF_EXPORT_KINDS } from '../../electron/common/print.ts';
import type { HandoutPerPage, PdfExportKind, PrintRequest } from '../../electron/common/print.ts';

export class PrintRequestError extends Error {
  override name = 'PrintRequestError';
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
  if (found === undefined) throw new PrintRequestError(`Slides per page must be one of ${HANDOUT_LAYOUTS.join(', ')}, not "${value}".`);
  return found;
}

export function normaliseWatermark(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  const length = [...text].length;
  if (length > MAX_WATERMARK_CHARS) {
    throw new PrintRequestError(`The watermark is ${length} characters long; keep it to ${MAX_WATERMARK_CHARS} or fewer so it fits across the page.`);
  }
  return text;
}

export function makePrintRequest(input: { kind: string; perPage?: string | number; watermark?: string; aids?: boolean }): PrintRequest {
  if (!isPdfExportKind(input.kind)) {
    throw new PrintRequestError(`Unknown PDF layout "${input.kind}": use one of ${PDF_EXPORT_KINDS.join(', ')}.`);
  }
  if (input.perPage !== undefined && input.kind !== 'handout') {
    throw new PrintRequestError(`Slides per page applies to handouts only, not to "${input.kind}".`);
  }
  if (input.aids === false && input.kind !== 'reading') {
    throw new PrintRequestError(`Speaker aids are printed in the reading copy only; "${input.kind}" has none to turn off.`);
  }
  const watermark = normaliseWatermark(input.watermark ?? '');
  return {
    kind: input.kind,
    ...(input.kind === 'handout' ? { perPage: input.perPage === undefined ? 3 : parsePerPage(input.perPage) } : {}),
    ...(watermark ? { watermark } : {}),
    ...(input.aids === false ? { aids: false } : {}),
  };
}
