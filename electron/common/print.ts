/**
 * The contract between an exporter (Electron's printToPDF in the app, a Chromium
 * found on the machine in the CLI) and the print view (renderer/print.html): which
 * export the page should lay out, and how the page says its layout is done.
 */

export type PdfExportKind = 'slides' | 'notes' | 'handout' | 'reading' | 'official';
export type HandoutPerPage = 2 | 3 | 4 | 6;
export const PDF_EXPORT_KINDS: readonly PdfExportKind[] = ['slides', 'notes', 'handout', 'reading', 'official'];
export const HANDOUT_LAYOUTS: readonly HandoutPerPage[] = [2, 3, 4, 6];

export interface PrintRequest {
  kind: PdfExportKind;
  /** Handouts only. */
  perPage?: HandoutPerPage;
}

/**
 * Set on <html> by the print view once fonts are loaded and every page is laid out
 * (reveal.js's print view fires `pdf-ready` at that moment). Exporters print only then.
 */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';

/** URL query of the print view for a request (print.html?kind=handout&perPage=3). */
export function printQuery(request: PrintRequest): Record<string, string> {
  return request.kind === 'handout' ? { kind: 'handout', perPage: String(request.perPage ?? 3) } : { kind: request.kind };
}

/** The print view's side: the request in its URL, or undefined when the URL is not a valid one. */
export function parsePrintQuery(params: URLSearchParams): PrintRequest | undefined {
  const kind = params.get('kind');
  if (!PDF_EXPORT_KINDS.includes(kind as PdfExportKind)) return undefined;
  if (kind !== 'handout') return { kind: kind as PdfExportKind };
  const perPage = Number(params.get('perPage') ?? '3');
  return HANDOUT_LAYOUTS.includes(perPage as HandoutPerPage) ? { kind, perPage: perPage as HandoutPerPage } : undefined;
}
