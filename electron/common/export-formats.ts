/**
 * What `podium export` (and the app's export dialog) can write, the names a batch export
 * gives its files, and the parsing of `--format slides,notes,…|all`. Pure: no I/O.
 */
import { PDF_EXPORT_KINDS } from './print.ts';
import type { PdfExportKind } from './print.ts';
import { say, type MessageRef } from '../../slides/core/messages/catalogue.ts';

export const EXPORT_FORMATS = [...PDF_EXPORT_KINDS, 'pptx', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_EXTENSION: Readonly<Record<ExportFormat, string>> = {
  slides: '.pdf', notes: '.pdf', handout: '.pdf', reading: '.pdf', official: '.pdf', changes: '.pdf', proof: '.pdf', pptx: '.pptx', html: '.html',
};

export function isPdfFormat(format: ExportFormat): format is PdfExportKind {
  return FORMAT_EXTENSION[format] === '.pdf';
}

/** A --format list that names no format or an unknown one, said from the catalogue (`message` is the English). */
export class FormatListError extends Error {
  override name = 'FormatListError';
  constructor(readonly said: MessageRef) {
    super(say('en', said));
  }
}

/** What "all" exports: every format but 修订对照 (which only a deck updated from a new draft has). */
export const ALL_FORMATS: readonly ExportFormat[] = EXPORT_FORMATS.filter((format) => format !== 'changes');

/** "slides,notes" / "all" → the formats, in the order given (each once); "all" is ALL_FORMATS, in EXPORT_FORMATS order. */
export function parseFormats(value: string): ExportFormat[] {
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) throw new FormatListError({ key: 'export.noFormat', values: { formats: EXPORT_FORMATS.join(', ') } });
  if (names.includes('all')) return [...ALL_FORMATS];
  const unknown = names.filter((name) => !(EXPORT_FORMATS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new FormatListError({ key: unknown.length > 1 ? 'export.unknownFormats' : 'export.unknownFormat', values: { names: unknown.join('", "'), formats: EXPORT_FORMATS.join(', ') } });
  }
  return [...new Set(names as ExportFormat[])];
}

/** The report's name without its extension: "report.docx" → "report". */
export function deckStem(reportName: string): string {
  const base = reportName.split(/[\\/]/).pop() ?? reportName;
  const stem = base.replace(/\.[^.]+$/, '');
  return stem || base || 'deck';
}

/** A batch export's file for one format: "<deck>-slides.pdf" … "<deck>-official.pdf", "<deck>.pptx", "<deck>.html". */
export function batchFileName(stem: string, format: ExportFormat): string {
  return isPdfFormat(format) ? `${stem}-${format}.pdf` : `${stem}${FORMAT_EXTENSION[format]}`;
}
