/**
 * The browser host's side of the export dialog (POST API.export): every checked format of the
 * current deck in one pass, through the same batch runner as `podium export --format …`
 * (slides/export/batch.ts: one headless Chromium for all PDFs). There is no folder dialog in
 * the browser, and the page may not choose a path: the files go beside the report, or into
 * the drafts folder for a deck with no file of its own (the bundled one, a dropped report).
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ExportOutcome, ExportRequest } from '../common/contract.ts';
import { batchPlan, exportBatch } from '../../slides/export/batch.ts';
import { chromiumPrinter, PdfExportError } from '../../slides/export/pdf.ts';
import type { DeckSession } from '../../slides/node/deck-session.ts';
import type { OfficialFaces } from '../../slides/core/official-faces.ts';

export interface BrowserExports {
  run(request: ExportRequest): Promise<ExportOutcome>;
}

export function browserExports(session: DeckSession, options: { rendererDir: string; draftsFolder: string }): BrowserExports {
  let running = false;
  return {
    async run(request) {
      if (running) return { ok: false, cancelled: false, message: 'An export is running; wait for it to finish.', files: [] };
      const current = session.current;
      if (!current) {
        const latest = session.latest;
        return { ok: false, cancelled: false, message: latest && !latest.ok ? `${latest.error.file}: ${latest.error.message}` : 'No deck is open.', files: [] };
      }
      const folder = current.source.watched ? dirname(current.source.path) : options.draftsFolder;
      const { targets, requests } = batchPlan(current.source.name, folder, request);
      const files: string[] = [];
      let faces: OfficialFaces | undefined;
      running = true;
      try {
        await mkdir(folder, { recursive: true });
        const pictureFolder = session.deckFolder();
        await exportBatch(current.deck, targets, {
          requests,
          rendererDir: options.rendererDir,
          openPrinter: chromiumPrinter({ rendererDir: options.rendererDir }),
          onWritten: (target, made) => {
            files.push(target.path);
            faces = made.faces ?? faces;
          },
          // The deck's pictures go inside the files (PDF, PPTX, single-file HTML).
          ...(pictureFolder === undefined ? {} : { pictureFolder }),
        });
        return { ok: true, folder, files, ...(faces ? { faces } : {}) };
      } catch (error) {
        const message = error instanceof PdfExportError ? `${error.message} ${error.hint}` : error instanceof Error ? error.message : String(error);
        return { ok: false, cancelled: false, message, files };
      } finally {
        running = false;
      }
    },
  };
}
