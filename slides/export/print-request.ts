/**
 * What to print: the one description of a print job shared by the print page
 * (renderer/print reads it from its query string), the CLI's Chromium engine and
 * Electron's printToPDF. Pure: no DOM, no Node, so every layer can import it.
 */

export const PRINT_LAYOUTS = ['slides', 'notes', 'handout', 'reading', 'official'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

export const HANDOUT_PER_PAGE = [2, 3, 4, 6] as const;
export type HandoutPerPage = (typeof HANDOUT_PER_PAGE)[number];

export interface PrintRequest {
  layout: PrintLayout;
  /** Slides per A4 page, handouts only. */
  perPage: HandoutPerPage;
  /** Diagonal watermark on every page (e.g. 内部资料 注意保存); empty for none. */
  watermark: string;
}

export const DEFAULT_PER_PAGE: HandoutPerPage = 3;
const MAX_WATERMARK_CHARS = 40;

/** Layouts the hall may see: nothing from the notes goes into them. */
export function isAudienceLayout(layout: PrintLayout): boolean {
  return layout === 'slides' || layout === 'handout';
}

export class PrintRequestError extends Error {
  override name = 'PrintRequestError';
}

export function isPrintLayout(value: string): value is PrintLayout {
  return (PRINT_LAYOUTS as readonly string[]).includes(value);
}

export function parsePerPage(value: string | number): HandoutPerPage {
  const n = Number(value);
  const found = HANDOUT_PER_PAGE.find((allowed) => allowed === n);
  if (found === undefined) {
    throw new PrintRequestError(`Slides per page must be one of ${HANDOUT_PER_PAGE.join(', ')}, not "${value}".`);
  }
  return found;
}

export function normaliseWatermark(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  if ([...text].length > MAX_WATERMARK_CHARS) {
    throw new PrintRequestError(`The watermark is ${[...text].length} characters long; keep it to ${MAX_WATERMARK_CHARS} or fewer.`);
  }
  return text;
}

/** Builds a request from loose input (CLI flags, menu items), checking every field. */
export function makePrintRequest(input: { layout: string; perPage?: string | number; watermark?: string }): PrintRequest {
  if (!isPrintLayout(input.layout)) {
    throw new PrintRequestError(`Unknown print layout "${input.layout}": use one of ${PRINT_LAYOUTS.join(', ')}.`);
  }
  return {
    layout: input.layout,
    perPage: input.perPage === undefined ? DEFAULT_PER_PAGE : parsePerPage(input.perPage),
    watermark: normaliseWatermark(input.watermark ?? ''),
  };
}

/** The print page's query string (without '?'). `deck` is an optional same-origin URL of the deck JSON. */
export function printQuery(request: PrintRequest, deckUrl?: string): string {
  const params = new URLSearchParams({ layout: request.layout });
  if (request.layout === 'handout') params.set('perPage', String(request.perPage));
  if (request.watermark) params.set('watermark', request.watermark);
  if (deckUrl) params.set('deck', deckUrl);
  return params.toString();
}

export function parsePrintQuery(params: URLSearchParams): PrintRequest {
  return makePrintRequest({
    layout: params.get('layout') ?? 'slides',
    perPage: params.get('perPage') ?? undefined,
    watermark: params.get('watermark') ?? undefined,
  });
}

/**
 * How the print page tells its printer it is done: it sets this attribute on
 * <html> to PRINT_READY (fonts loaded, layout finished) or PRINT_FAILED (the
 * message is in PRINT_ERROR_ATTRIBUTE). Engines wait for either.
 */
export const PRINT_STATE_ATTRIBUTE = 'data-ready';
export const PRINT_READY = 'pdf';
export const PRINT_FAILED = 'error';
export const PRINT_ERROR_ATTRIBUTE = 'data-print-error';
/** Progress of the layout, 0–1, while it runs (for the app's progress bar). */
export const PRINT_PROGRESS_ATTRIBUTE = 'data-print-progress';
