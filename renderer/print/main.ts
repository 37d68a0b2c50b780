/**
 * The print page: renders the current deck in one print layout
 (?kind=slides|notes|handout|reading|official&perPage=2|3|4|6&watermark=…, see
 * electron/common/print.ts) as page boxes, then tells its printer (Electron's
 * printToPDF, or the CLI's Chromium) that it is ready: data-print-ready="pdf" on
 * <html>, or data-print-error with the message when the layout failed.
 */
import './print.css';
import '../slides/slides.css';
import type { DeckModel } from '../../slides/core/model.ts';
import {
  PRINT_ERROR_ATTRIBUTE,
  PRINT_PROGRESS_ATTRIBUTE,
  PRINT_READY_ATTRIBUTE,
  PRINT_READY_VALUE,
  parsePrintQuery,
} from '../../electron/common/print.ts';
import type { PdfExportKind } from '../../electron/common/print.ts';
import { getHost } from '../host/index.ts';
import { applyDeckLook } from '../slides/frame.ts';
import type { PrintContext } from './context.ts';
import { fitAllFaces } from './faces.ts';
import { loadFontsFor } from './fonts.ts';
import { printLabels } from './labels.ts';
import { layoutHandout } from './layout-handout.ts';
import { layoutNotes } from './layout-notes.ts';
import { layoutOfficial } from './layout-official.ts';
import { layoutReading } from './layout-reading.ts';
import { layoutSlides } from './layout-slides.ts';
import type { Sheet } from './sheet.ts';

const LAYOUTS: Record<PdfExportKind, (context: PrintContext) => Sheet[]> = {
  slides: layoutSlides,
  notes: layoutNotes,
  handout: layoutHandout,
  reading: layoutReading,
  official: layoutOfficial,
};

/** Every string the layout may print, so their font subsets load before measuring. */
function printedText(deck: DeckModel, layout: PdfExportKind, watermark: string): string {
  const parts = [deck.meta.title, deck.meta.subtitle ?? '', ...(deck.meta.byline ?? []), ...deck.sections.map((s) => s.label + s.title), watermark, '0123456789—【】第页续（）/ ·分秒SlidecontinuedminNotes讲稿'];
  for (const slide of deck.slides) {
    parts.push(slide.title, slide.overline ?? '', slide.subtitle ?? '', ...slide.points, slide.sectionPath.join(''), slide.body ?? '');
    if (layout === 'notes' || layout === 'reading' || layout === 'official') parts.push(slide.notes);
  }
  return parts.join('');
}

function setMetadata(deck: DeckModel): void {
  document.title = deck.meta.title;
  document.documentElement.lang = deck.meta.lang === 'zh' ? 'zh-CN' : 'en';
  const author = deck.meta.byline?.[0] ?? '';
  if (author) {
    const meta = document.createElement('meta');
    meta.name = 'author';
    meta.content = author;
    document.head.append(meta);
  }
}

async function loadDeck(): Promise<DeckModel> {
  const update = await getHost().currentDeck();
  if (!update.ok) throw new Error(`${update.error.file}: ${update.error.message} ${update.error.hint}`);
  return update.deck;
}

async function run(): Promise<void> {
  const root = document.documentElement;
  const request = parsePrintQuery(new URLSearchParams(location.search));
  if (!request) throw new Error(`Not a valid print request: "${location.search}". Expected ?kind=slides|notes|handout|reading|official (handout: &perPage=2|3|4|6).`);
  const deck = await loadDeck();
  setMetadata(deck);
  root.dataset.layout = request.kind;
  await loadFontsFor(printedText(deck, request.kind, request.watermark ?? ''));
  const container = document.getElementById('pages');
  if (!container) throw new Error('print.html has no #pages element.');
  const context: PrintContext = {
    deck,
    request,
    labels: printLabels(deck.meta.lang),
    container,
    progress: (fraction) => root.setAttribute(PRINT_PROGRESS_ATTRIBUTE, fraction.toFixed(3)),
  };
  applyDeckLook(container, deck.meta);
  LAYOUTS[request.kind](context);
  fitAllFaces(container);
  await document.fonts.ready;
  root.setAttribute(PRINT_READY_ATTRIBUTE, PRINT_READY_VALUE);
}

run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  document.documentElement.setAttribute(PRINT_ERROR_ATTRIBUTE, message);
  const box = document.getElementById('pages');
  if (box) box.textContent = message;
});
