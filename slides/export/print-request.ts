/**
 * Turning loose input (CLI flags, a menu item) into a checked print request for the
 * print view, with messages a user can act on. The request's shape and its query
 * string are the shared contract in electron/common/print.ts.
 */
import { DEFAULT_PER_PAGE, HANDOUT_LAYOUTS, MAX_WATERMARK_CHARS, NOTES_LAYOUTS, PDF_EXPORT_KINDS } from '../../electron/common/print.ts';
import type { HandoutPerPage, NotesPerPage, PdfExportKind, PrintRequest } from '../../electron/common/print.ts';
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

/** The layouts that take a number of slides a page, and the numbers each takes. */
export const PER_PAGE_LAYOUTS = { handout: HANDOUT_LAYOUTS, notes: NOTES_LAYOUTS } as const;
export type PerPageLayout = keyof typeof PER_PAGE_LAYOUTS;

export function takesPerPage(kind: string): kind is PerPageLayout {
  return kind === 'handout' || kind === 'notes';
}

export function parsePerPage(value: string | number, kind: 'handout'): HandoutPerPage;
export function parsePerPage(value: string | number, kind: 'notes'): NotesPerPage;
export function parsePerPage(value: string | number, kind: PerPageLayout): HandoutPerPage | NotesPerPage {
  const allowed: readonly number[] = PER_PAGE_LAYOUTS[kind];
  const found = allowed.find((each) => each === Number(value));
  if (found === undefined) throw new PrintRequestError({ key: kind === 'notes' ? 'export.notesPerPage' : 'export.perPage', values: { values: allowed.join(', '), value } });
  return found as HandoutPerPage | NotesPerPage;
}

export function normaliseWatermark(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  const length = [...text].length;
  if (length > MAX_WATERMARK_CHARS) {
    throw new PrintRequestError({ key: 'export.watermarkLong', values: { length, max: MAX_WATERMARK_CHARS } });
  }
  return text;
}

export function makePrintRequest(input: { kind: string; perPage?: string | number; watermark?: string; aids?: boolean; largeType?: boolean }): PrintRequest {
  const { kind } = input;
  if (!isPdfExportKind(kind)) {
    throw new PrintRequestError({ key: 'export.unknownLayout', values: { kind, kinds: PDF_EXPORT_KINDS.join(', ') } });
  }
  if (input.perPage !== undefined && !takesPerPage(kind)) {
    throw new PrintRequestError({ key: 'export.perPageHandoutOnly', values: { kind } });
  }
  if (input.aids === false && kind !== 'reading') {
    throw new PrintRequestError({ key: 'export.aidsReadingOnly', values: { kind } });
  }
  if (input.largeType === true && kind !== 'notes') {
    throw new PrintRequestError({ key: 'export.largeTypeNotesOnly', values: { kind } });
  }
  const watermark = normaliseWatermark(input.watermark ?? '');
  // Notes pages leave the default (1 a page) out of the request, as the print view's query does.
  const notesPerPage = kind === 'notes' && input.perPage !== undefined ? parsePerPage(input.perPage, 'notes') : DEFAULT_PER_PAGE.notes;
  return {
    kind,
    ...(kind === 'handout' ? { perPage: input.perPage === undefined ? DEFAULT_PER_PAGE.handout : parsePerPage(input.perPage, 'handout') } : {}),
    ...(notesPerPage === 2 ? { perPage: notesPerPage } : {}),
    ...(input.largeType === true ? { largeType: true } : {}),
    ...(watermark ? { watermark } : {}),
    ...(input.aids === false ? { aids: false } : {}),
  };
}
