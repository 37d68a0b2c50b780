/**
 * The contract between an exporter (Electron's printToPDF in the app, a Chromium
 * found on the machine in the CLI) and the print view (renderer/print.html): which
 * export the page should lay out, and how the page says its layout is done.
 */

import { OFFICIAL_ROLES } from '../../slides/core/official-faces.ts';
import type { OfficialRole } from '../../slides/core/official-faces.ts';

/**
 * changes: 修订对照, what changed between the deck's last two drafts (needs the deck's revision record).
 * proof: 校对单, each slide beside the report passage it comes from, differences marked.
 */
export type PdfExportKind = 'slides' | 'notes' | 'handout' | 'reading' | 'official' | 'changes' | 'proof';
export type HandoutPerPage = 2 | 3 | 4 | 6;
/** Notes pages: one slide a page (its notes below), or two sharing a page. */
export type NotesPerPage = 1 | 2;
export const PDF_EXPORT_KINDS: readonly PdfExportKind[] = ['slides', 'notes', 'handout', 'reading', 'official', 'changes', 'proof'];
export const HANDOUT_LAYOUTS: readonly HandoutPerPage[] = [2, 3, 4, 6];
export const NOTES_LAYOUTS: readonly NotesPerPage[] = [1, 2];
/** Slides a page when the request leaves it out. */
export const DEFAULT_PER_PAGE = { handout: 3, notes: 1 } as const satisfies { handout: HandoutPerPage; notes: NotesPerPage };

export interface PrintRequest {
  kind: PdfExportKind;
  /** Handouts (2, 3, 4, 6) and notes pages (1, 2) only. */
  perPage?: HandoutPerPage | NotesPerPage;
  /** Notes pages only: the notes in large type (18 pt) for a speaker reading from paper. */
  largeType?: boolean;
  /** Diagonal watermark on every page (e.g. 内部资料 注意保存); absent or empty for none. */
  watermark?: string;
  /**
   * Official copy only: the roles (title, body, heading1, heading2) the exporter found a system
   * face for (仿宋, 黑体, 楷体, 小标宋; slides/core/official-faces.ts) and gave its font
   * subsetter; the view sets them in those faces, the other roles in the bundled Noto faces.
   */
  faces?: OfficialRole[];
  /** Reading copy only: speaker aids (pinyin, figures as read) as ruby over the text. On unless false. */
  aids?: boolean;
}

/** Longest watermark the print view accepts (it must fit across an A4 page). */
export const MAX_WATERMARK_CHARS = 40;

/**
 * Set on <html> by the print view once fonts are loaded and every page is laid out
 * (reveal.js's print view fires `pdf-ready` at that moment). Exporters print only then.
 */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
/** The value of PRINT_READY_ATTRIBUTE once the pages are ready to print. */
export const PRINT_READY_VALUE = 'pdf';
/** Set instead when the layout failed, with the message; exporters stop and show it. */
export const PRINT_ERROR_ATTRIBUTE = 'data-print-error';
/** Layout progress 0–1 while the view works (the app's progress bar). */
export const PRINT_PROGRESS_ATTRIBUTE = 'data-print-progress';

/** URL query of the print view for a request (print.html?kind=handout&perPage=3). */
export function printQuery(request: PrintRequest): Record<string, string> {
  const query: Record<string, string> = { kind: request.kind };
  if (request.kind === 'handout') query.perPage = String(request.perPage ?? DEFAULT_PER_PAGE.handout);
  if (request.kind === 'notes' && request.perPage === 2) query.perPage = '2';
  if (request.kind === 'notes' && request.largeType === true) query.type = 'large';
  if (request.watermark) query.watermark = request.watermark;
  if (request.kind === 'reading' && request.aids === false) query.aids = 'off';
  if (request.kind === 'official' && request.faces && request.faces.length > 0) query.faces = request.faces.join(',');
  return query;
}

/** The print view's side: the request in its URL, or undefined when the URL is not a valid one. */
export function parsePrintQuery(params: URLSearchParams): PrintRequest | undefined {
  const kind = params.get('kind');
  if (!PDF_EXPORT_KINDS.includes(kind as PdfExportKind)) return undefined;
  const watermark = params.get('watermark') ?? '';
  if ([...watermark].length > MAX_WATERMARK_CHARS) return undefined;
  const aids = params.get('aids');
  if (aids !== null && aids !== 'off') return undefined;
  const type = params.get('type');
  if (type !== null && (type !== 'large' || kind !== 'notes')) return undefined;
  const faces = params.get('faces');
  const roles = faces === null ? [] : faces.split(',');
  if (faces !== null && (kind !== 'official' || !roles.every((role) => OFFICIAL_ROLES.includes(role as OfficialRole)) || new Set(roles).size !== roles.length)) return undefined;
  const extra: Pick<PrintRequest, 'watermark' | 'aids' | 'largeType' | 'faces'> = watermark ? { watermark } : {};
  if (roles.length > 0) extra.faces = roles as OfficialRole[];
  if (kind === 'reading' && aids === 'off') extra.aids = false;
  if (type === 'large') extra.largeType = true;
  const perPageText = params.get('perPage');
  if (kind === 'notes') {
    const perPage = Number(perPageText ?? DEFAULT_PER_PAGE.notes);
    if (!NOTES_LAYOUTS.includes(perPage as NotesPerPage)) return undefined;
    return { kind, ...(perPage === 2 ? { perPage: 2 } : {}), ...extra };
  }
  if (kind !== 'handout') return { kind: kind as PdfExportKind, ...extra };
  const perPage = Number(perPageText ?? DEFAULT_PER_PAGE.handout);
  return HANDOUT_LAYOUTS.includes(perPage as HandoutPerPage) ? { kind, perPage: perPage as HandoutPerPage, ...extra } : undefined;
}
