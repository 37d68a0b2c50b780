import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PrintRequest } from '../../../electron/common/print.ts';
import { compileDeck } from '../../../slides/core/index.ts';
import type { DeckModel, SourceText } from '../../../slides/core/model.ts';
import { findBrowser } from '../../../slides/export/find-browser.ts';
import { openPdfSession } from '../../../slides/export/pdf.ts';
import type { PdfSession } from '../../../slides/export/pdf.ts';
import { renderPptx } from '../../../slides/export/pptx.ts';
import { DEFAULT_RENDERER_DIR } from '../../../slides/export/renderer-dir.ts';
import { renderSingleHtml } from '../../../slides/export/single-html.ts';
import { BUNDLED_DECK_PATH, EXAMPLE_REPORT_PATH } from '../../../slides/node/bundled.ts';
import type { BenchEntry } from './bench-entry.ts';

/**
 * Exports of the bundled report: each PDF layout printed in one warm Chromium
 * session (as the app and a batch CLI run do), all five together (target ≤ 10 s),
 * the PPTX and the single-file HTML.
 */

const PDFS: Array<[string, PrintRequest]> = [
  ['slides', { kind: 'slides' }],
  ['notes', { kind: 'notes' }],
  ['handout 3/page', { kind: 'handout', perPage: 3 }],
  ['reading copy', { kind: 'reading' }],
  ['official copy', { kind: 'official', watermark: '内部资料 注意保存' }],
];

let deck: DeckModel | undefined;
function bundledDeck(): DeckModel {
  if (!deck) {
    const path = existsSync(BUNDLED_DECK_PATH) ? BUNDLED_DECK_PATH : EXAMPLE_REPORT_PATH;
    const source: SourceText = { name: path, format: path.endsWith('.md') ? 'md' : 'txt', text: readFileSync(path, 'utf8') };
    deck = compileDeck(source);
  }
  return deck;
}

const skipWithoutPrinting = (): string | undefined => {
  if (!existsSync(resolve(DEFAULT_RENDERER_DIR, 'print.html'))) return 'renderer not built (npm run build:renderer)';
  if (!findBrowser()) return 'no Chromium-family browser found';
  return undefined;
};

let session: PdfSession | undefined;
const openSession = async (): Promise<void> => {
  session = await openPdfSession();
  // One untimed export warms the browser's font cache, as a second export in the app is.
  await session.render(bundledDeck(), { kind: 'slides' });
};
const closeSession = async (): Promise<void> => {
  await session?.close();
  session = undefined;
};

export const benches: BenchEntry[] = [
  ...PDFS.map(([name, request]): BenchEntry => ({
    name: `export PDF ${name} (bundled report)`,
    runs: 3,
    warmup: 1,
    skip: skipWithoutPrinting,
    setup: openSession,
    teardown: closeSession,
    run: () => session?.render(bundledDeck(), request),
  })),
  {
    name: 'export all five PDFs (bundled report)',
    target: { stat: 'median', max: 10_000 },
    runs: 3,
    warmup: 0,
    skip: skipWithoutPrinting,
    setup: openSession,
    teardown: closeSession,
    run: async () => {
      for (const [, request] of PDFS) await session?.render(bundledDeck(), request);
    },
  },
  {
    name: 'export PDF cold: browser start + slides (bundled report)',
    runs: 3,
    warmup: 0,
    skip: skipWithoutPrinting,
    run: async () => {
      const cold = await openPdfSession();
      try {
        await cold.render(bundledDeck(), { kind: 'slides' });
      } finally {
        await cold.close();
      }
    },
  },
  { name: 'export PPTX (bundled report)', runs: 10, warmup: 2, run: () => renderPptx(bundledDeck()) },
  {
    name: 'export single-file HTML (bundled report)',
    runs: 5,
    warmup: 1,
    skip: () => (existsSync(resolve(DEFAULT_RENDERER_DIR, 'presenter.html')) ? undefined : 'renderer not built (npm run build:renderer)'),
    run: () => renderSingleHtml(bundledDeck()),
  },
];
