/**
 * The pure parts of a PDF export from the app: the file name offered in the save
 * dialog, the printToPDF options, and one progress figure (0–1) over the stages.
 */
import type { PrintToPDFMargins, PrintToPDFOptions } from 'electron';
import { ELECTRON_PRINT_TO_PDF_OPTIONS } from '../../slides/export/pdf-options.ts';
import type { UiLang } from '../common/contract.ts';
import { t } from '../common/i18n.ts';
import type { PrintRequest } from '../common/print.ts';

export type ExportStage = 'loading' | 'layout' | 'printing' | 'writing' | 'done';

/** Where each stage starts on the progress bar; layout spans up to `printing` following the page's own progress. */
const STAGE_START: { readonly [S in ExportStage]: number } = { loading: 0.02, layout: 0.1, printing: 0.75, writing: 0.92, done: 1 };

export function exportProgress(stage: ExportStage, pageFraction = 0): number {
  if (stage !== 'layout') return STAGE_START[stage];
  const clamped = Number.isFinite(pageFraction) ? Math.min(1, Math.max(0, pageFraction)) : 0;
  return STAGE_START.layout + (STAGE_START.printing - STAGE_START.layout) * clamped;
}

export function exportName(request: PrintRequest, lang: UiLang): string {
  return request.kind === 'handout' ? t(lang, 'exportName.handout', { n: request.perPage ?? 3 }) : t(lang, `exportName.${request.kind}`);
}

/** "<deck title> — <export>.pdf", with characters no file system accepts replaced. */
export function defaultPdfFileName(deckTitle: string, request: PrintRequest, lang: UiLang): string {
  // eslint-disable-next-line no-control-regex
  const clean = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  const title = clean(deckTitle).slice(0, 80) || t(lang, 'app.name');
  return `${title} — ${clean(exportName(request, lang))}.pdf`;
}

/** slides/export's printToPDF options (as the CLI's: page size from the print view's `@page`, outline, tagged text). */
export const PRINT_TO_PDF_OPTIONS: PrintToPDFOptions = ELECTRON_PRINT_TO_PDF_OPTIONS;

// The assignment above checks the known keys' types but lets unknown keys through (such as the
// old margins.marginType): tsc fails here on any key Electron's typings do not name.
type UnknownKeys<T, Known> = Exclude<keyof T, keyof Known>;
const _onlyElectronKeys: Record<
  | UnknownKeys<typeof ELECTRON_PRINT_TO_PDF_OPTIONS, PrintToPDFOptions>
  | UnknownKeys<typeof ELECTRON_PRINT_TO_PDF_OPTIONS.margins, PrintToPDFMargins>,
  never
> = {};
