/**
 * Several exports of one deck in one pass (podium export --format a,b,… and the app's export
 * dialog): one compiled deck, one printer (a browser session started while the report is
 * compiled and the PPTX and HTML are written) and so one print server and font subsetter;
 * each file written atomically as soon as it is made.
 */
import type { DeckModel } from '../core/model.ts';
import type { OfficialFaces } from '../core/official-faces.ts';
import { join } from 'node:path';
import type { ExportRequest } from '../../electron/common/contract.ts';
import { batchFileName, deckStem, isPdfFormat } from '../../electron/common/export-formats.ts';
import type { ExportFormat } from '../../electron/common/export-formats.ts';
import type { PdfExportKind, PrintRequest } from '../../electron/common/print.ts';
import { inlinePictures } from '../node/pictures.ts';
import { writeFileAtomic } from '../node/write-atomic.ts';
import type { PdfResult, PdfSessionOptions, RenderOptions } from './pdf.ts';
import { renderPptx } from './pptx.ts';
import { makePrintRequest } from './print-request.ts';
import { renderSingleHtml } from './single-html.ts';

export interface BatchTarget {
  format: ExportFormat;
  path: string;
}

/** What prints the PDFs: the CLI's headless Chromium session, or the app's own hidden windows. */
export interface PdfPrinter {
  /** The browser that prints, when it is one the printer found (said once, before the first PDF). */
  readonly browser?: { path: string; version: string; via: string };
  render(deck: DeckModel, request: PrintRequest, options: RenderOptions): Promise<PdfResult>;
  close(): Promise<void>;
}

export interface BatchOptions extends Pick<PdfSessionOptions, 'rendererDir'> {
  /** The print request of each PDF format among the targets. */
  requests: ReadonlyMap<PdfExportKind, PrintRequest>;
  author?: string;
  /** Opens the printer: the CLI's and the browser host's is chromiumPrinter (slides/export/pdf.ts), the app's its own windows. */
  openPrinter: () => Promise<PdfPrinter>;
  onPrinter?(printer: PdfPrinter): void;
  onProgress?: (format: PdfExportKind) => RenderOptions['onProgress'];
  /** `faces`: the official copy's faces, role by role (see slides/core/official-faces.ts). */
  onWritten?(target: BatchTarget, made: { slides: number; pages?: number; faces?: OfficialFaces }, bytes: number): void;
  /**
   * The deck's folder, when its pictures are still paths in it (a deck from a host's session):
   * they are read from there and put inside every export. A missing one is named to onMissingPicture.
   */
  pictureFolder?: string;
  onMissingPicture?(src: string): void;
}

/** The export dialog's request as files in `folder` (named after the report) and the PDFs' print requests. */
export function batchPlan(reportName: string, folder: string, request: ExportRequest): { targets: BatchTarget[]; requests: Map<PdfExportKind, PrintRequest> } {
  const stem = deckStem(reportName);
  const targets = request.formats.map((format) => ({ format, path: join(folder, batchFileName(stem, format)) }));
  const requests = new Map(
    request.formats.filter(isPdfFormat).map((kind): [PdfExportKind, PrintRequest] => [
      kind,
      makePrintRequest({
        kind,
        ...(kind === 'handout' && request.perPage !== undefined ? { perPage: request.perPage } : {}),
        ...(kind === 'notes' && request.notesPerPage !== undefined ? { perPage: request.notesPerPage } : {}),
        ...(kind === 'notes' && request.largeType === true ? { largeType: true } : {}),
        ...(request.watermark === undefined ? {} : { watermark: request.watermark }),
        ...(kind === 'reading' && request.aids === false ? { aids: false } : {}),
      }),
    ]),
  );
  return { targets, requests };
}

/** A file of the batch could not be written (the ones before it were). */
export class BatchWriteError extends Error {
  override name = 'BatchWriteError';
  constructor(readonly path: string, override readonly cause: unknown) {
    super(`${path}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Writes every target; the deck may still be compiling (a promise) while the printer starts. */
export async function exportBatch(deck: DeckModel | Promise<DeckModel>, targets: readonly BatchTarget[], options: BatchOptions): Promise<void> {
  const needsPrinter = targets.some((target) => isPdfFormat(target.format));
  const printer = needsPrinter ? options.openPrinter() : undefined;
  printer?.catch(() => undefined);
  // The PPTX while the printer starts, then the PDFs; the single-file HTML (~10 MB of inlined fonts
  // in Node's memory) once the browser is closed, so the two largest memory users never overlap.
  const rank = (format: ExportFormat): number => (format === 'html' ? 2 : isPdfFormat(format) ? 1 : 0);
  const order = [...targets].sort((a, b) => rank(a.format) - rank(b.format));
  const lastPdf = order.findLast((target) => isPdfFormat(target.format));
  let printerClosed = false;
  const closePrinter = async (): Promise<void> => {
    if (printerClosed) return;
    printerClosed = true;
    await (await printer?.catch(() => undefined))?.close();
  };
  let announced = false;
  try {
    let ready = await deck;
    if (options.pictureFolder !== undefined) {
      const inlined = await inlinePictures(ready, options.pictureFolder);
      ready = inlined.deck;
      for (const src of inlined.missing) options.onMissingPicture?.(src);
    }
    for (const target of order) {
      const { format } = target;
      let data: Uint8Array | string;
      let pages: number | undefined;
      let faces: OfficialFaces | undefined;
      if (format === 'pptx') {
        data = await renderPptx(ready, options.author === undefined ? {} : { author: options.author });
      } else if (format === 'html') {
        data = await renderSingleHtml(ready, options.rendererDir === undefined ? {} : { rendererDir: options.rendererDir });
      } else {
        const open = await printer!;
        if (!announced) options.onPrinter?.(open);
        announced = true;
        const onProgress = options.onProgress?.(format);
        const result = await open.render(ready, options.requests.get(format) ?? { kind: format }, {
          ...(options.author === undefined ? {} : { author: options.author }),
          ...(onProgress ? { onProgress } : {}),
        });
        data = result.pdf;
        pages = result.pages;
        faces = result.faces;
      }
      try {
        await writeFileAtomic(target.path, data);
      } catch (error) {
        throw new BatchWriteError(target.path, error);
      }
      options.onWritten?.(target, { slides: ready.slides.length, ...(pages === undefined ? {} : { pages }), ...(faces ? { faces } : {}) }, typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength);
      if (target === lastPdf) await closePrinter();
    }
  } finally {
    await closePrinter();
  }
}
