/**
 * PDF exports from the app's menu: the print view (print.html) loaded in a hidden,
 * equally sandboxed window, laid out by the page itself, then Electron's printToPDF.
 * Progress goes to a callback (the menu shows it on the presenter window's taskbar
 * entry); the file is written atomically, so a failed export never leaves half a PDF.
 */
import { PRINT_ERROR_ATTRIBUTE, PRINT_PROGRESS_ATTRIBUTE, PRINT_READY_ATTRIBUTE, PRINT_READY_VALUE, printQuery, type PrintRequest } from '../common/print.ts';
import type { DeckModel } from '../common/contract.ts';
import { withPdfInfo } from '../../slides/export/pdf-info.ts';
import { viewUrl } from './app-url.ts';
import { exportName, exportProgress, PRINT_TO_PDF_OPTIONS, type ExportStage } from './export-plan.ts';
import { writeFileAtomic } from '../../slides/node/write-atomic.ts';
import type { ViewWindows } from './windows.ts';
import { documentAuthor } from '../../slides/core/author.ts';
import type { OfficialFaces } from '../../slides/core/official-faces.ts';
import type { FontSubsetter } from '../../slides/node/font-subsetter.ts';
import { withOfficialFaces } from '../../slides/export/official-request.ts';

export type ExportProgressListener = (stage: ExportStage, fraction: number) => void;

export interface PdfExportOptions {
  windows: ViewWindows;
  deck: DeckModel;
  request: PrintRequest;
  /** The app's font subsetter: the official copy's system faces are handed to it before printing. */
  fonts: Pick<FontSubsetter, 'useOfficialFaces'>;
  outFile: string;
  onProgress: ExportProgressListener;
  layoutTimeoutMs?: number;
}

const POLL_MS = 100;

interface PageState {
  ready: string | null;
  progress: string | null;
  error: string | null;
}

/** Writes the PDF; resolves with the official copy's faces (for the message saying which were used). */
export async function exportPdf(options: PdfExportOptions): Promise<{ faces?: OfficialFaces }> {
  const { pdf, faces } = await printPdf(options);
  options.onProgress('writing', exportProgress('writing'));
  await writeFileAtomic(options.outFile, pdf, { createFolder: true });
  options.onProgress('done', exportProgress('done'));
  return faces ? { faces } : {};
}

/** The PDF's bytes and its page count (the print view's sheets), without writing it. */
export async function printPdf(options: Omit<PdfExportOptions, 'outFile'>): Promise<{ pdf: Uint8Array; pages: number; faces?: OfficialFaces }> {
  const { windows, deck, onProgress } = options;
  const { request, faces } = await withOfficialFaces(options.request, options.fonts);
  const report = (stage: ExportStage, pageFraction?: number) => onProgress(stage, exportProgress(stage, pageFraction));
  report('loading');
  // Page size comes from the print view's @page rules; the window size only affects nothing printed.
  const window = windows.createWindow({ show: false, width: 1280, height: 900 });
  try {
    await window.loadURL(viewUrl('print', printQuery(request)));
    const deadline = Date.now() + (options.layoutTimeoutMs ?? 120_000);
    const probe = `(() => { const r = document.documentElement; return { ready: r.getAttribute(${JSON.stringify(PRINT_READY_ATTRIBUTE)}), progress: r.getAttribute(${JSON.stringify(PRINT_PROGRESS_ATTRIBUTE)}), error: r.getAttribute(${JSON.stringify(PRINT_ERROR_ATTRIBUTE)}) }; })()`;
    for (;;) {
      const state = (await window.webContents.executeJavaScript(probe)) as PageState;
      if (state.ready === PRINT_READY_VALUE) break;
      if (state.error !== null) throw new Error(`the print view failed: ${state.error}`);
      report('layout', Number(state.progress ?? 0));
      if (Date.now() > deadline) throw new Error('the print view did not finish its layout in time');
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const pages = (await window.webContents.executeJavaScript("document.querySelectorAll('.sheet').length")) as number;
    report('printing');
    const printed = await window.webContents.printToPDF(PRINT_TO_PDF_OPTIONS);
    const pdf = withPdfInfo(new Uint8Array(printed), {
      title: deck.meta.title,
      author: documentAuthor(deck),
      subject: exportName(request, deck.meta.lang === 'zh' ? 'zh-CN' : 'en'),
      creator: 'Podium 讲台',
    });
    return { pdf, pages, ...(faces ? { faces } : {}) };
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}
