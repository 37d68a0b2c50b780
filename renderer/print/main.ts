/**
 * The print page: renders the current deck in one print layout
 (?kind=slides|notes|handout|reading|official|changes|proof&perPage=2|3|4|6&watermark=…, see
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
import type { PdfExportKind, PrintRequest } from '../../electron/common/print.ts';
import { getHost } from '../host/index.ts';
import { applyDeckLook } from '../slides/frame.ts';
import type { PrintContext } from './context.ts';
import { fitAllFaces } from './faces.ts';
import { FACE, loadFaces } from './fonts.ts';
import { registerAllFaces } from '../fonts/registry.ts';
import { prepareMarkdown } from '../slides/markdown.ts';
import { loadFontsFor } from '../slides/fonts.ts';
import { printLabels, printLabelText } from './labels.ts';
import { loadOfficialFaces } from './official-fonts.ts';
import { layoutChanges } from './layout-changes.ts';
import { layoutProof, proofSheetText } from './layout-proof.ts';
import { proofreadDeck } from '../../slides/core/proof/index.ts';
import { layoutHandout } from './layout-handout.ts';
import { layoutNotes } from './layout-notes.ts';
import { layoutOfficial } from './layout-official.ts';
import { layoutReading } from './layout-reading.ts';
import { layoutSlides } from './layout-slides.ts';
import type { Sheet } from './sheet.ts';
import { DeckAids } from '../aids/deck-aids.ts';
import '../aids/aids.css';

const LAYOUTS: Record<PdfExportKind, (context: PrintContext) => Sheet[]> = {
  slides: layoutSlides,
  notes: layoutNotes,
  handout: layoutHandout,
  reading: layoutReading,
  official: layoutOfficial,
  changes: layoutChanges,
  proof: layoutProof,
};

/** Characters of folios, slide marks and running heads: digits and the catalogue's print labels in both languages. */
const FURNITURE = `0123456789—·Notes讲稿${printLabelText()}`;

/**
 * Loads the font subsets for what this layout prints, each face only for the text it
 * sets: slides in the slides' faces, running text (the notes) in the serif, headings
 * and page furniture in the few faces they use.
 */
async function loadPrintFonts(deck: DeckModel, request: PrintRequest, facesRegistered: Promise<void>, aids?: DeckAids): Promise<void> {
  const { kind } = request;
  const watermark = request.watermark ?? '';
  const headings = [
    deck.meta.title, deck.meta.subtitle ?? '', ...(deck.meta.byline ?? []), watermark,
    ...deck.sections.map((section) => section.label + section.title),
    ...deck.slides.flatMap((slide) => (slide.kind === 'section' || slide.kind === 'title' ? [slide.title, slide.overline ?? '', slide.subtitle ?? '', ...slide.points] : [])),
    FURNITURE,
  ].join('');
  // Every slice registered (unloaded), as any text laid out must find its bundled glyphs; the loads below fetch what we know is shown.
  await facesRegistered;
  const loads = [loadFaces([FACE.sans, FACE.sansBold, FACE.serifBold], headings)];
  if (kind === 'slides' || kind === 'handout' || kind === 'notes') {
    const shown = deck.slides.map((slide) => [slide.title, slide.overline, slide.subtitle, ...slide.points, slide.body, slide.sectionPath.join(''), ...(slide.table?.rows.flat() ?? [])].join('')).join('');
    loads.push(loadFontsFor(shown + headings));
  }
  if (kind === 'official') {
    // Each system face gets the whole report's characters: the title, headings and text share most of them.
    loads.push(loadOfficialFaces(request.faces ?? [], deck.slides.map((slide) => slide.notes).join('') + headings));
  }
  if (kind === 'notes' || kind === 'reading' || kind === 'official') {
    loads.push(loadFaces([FACE.serif], deck.slides.map((slide) => slide.notes + (slide.footnotes ?? []).join('')).join('') + FURNITURE + '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳' + (aids?.readingsText() ?? '')));
  }
  if (kind === 'changes') {
    // The two drafts' text and the slide titles, in the serif (removed text is only in the record) and the sans headings.
    const record = deck.revision;
    const previous = [...(record?.slides ?? []).map((s) => s.before ?? ''), ...(record?.removed ?? []).flatMap((r) => [r.notes, r.title])].join('');
    const edits = (record?.summary.unplaced ?? []).map((u) => u.id + u.edit).join('');
    loads.push(loadFaces([FACE.serif], deck.slides.map((slide) => slide.notes).join('') + previous + edits + FURNITURE));
    loads.push(loadFaces([FACE.sans, FACE.sansBold], deck.slides.map((slide) => slide.title).join('') + previous + edits + (record ? record.previous + record.current + record.date : '')));
  }
  if (kind === 'proof') {
    // The slides' words and the notes beside them in the serif, headings, labels and findings in the sans.
    const shown = deck.slides.map((slide) => [slide.title, slide.subtitle, slide.overline, ...slide.points, slide.body, ...(slide.table?.rows.flat() ?? [])].join('')).join('');
    const sheet = proofSheetText(deck, proofreadDeck(deck));
    loads.push(loadFaces([FACE.serif], deck.slides.map((slide) => slide.notes).join('') + shown + sheet + FURNITURE));
    loads.push(loadFaces([FACE.sans, FACE.sansBold], deck.slides.map((slide) => slide.title).join('') + shown + sheet + FURNITURE));
  }
  await Promise.all(loads);
  await document.fonts.ready;
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
  await prepareMarkdown(update.deck);
  return update.deck;
}

async function run(): Promise<void> {
  const root = document.documentElement;
  const request = parsePrintQuery(new URLSearchParams(location.search));
  if (!request) throw new Error(`Not a valid print request: "${location.search}". Expected ?kind=slides|notes|handout|reading|official (handout: &perPage=2|3|4|6).`);
  // The slices' list (a 150 KB module) loads while the deck is fetched, not after it.
  const facesRegistered = registerAllFaces();
  facesRegistered.catch(() => undefined);
  const deck = await loadDeck();
  // Phase marks for the export benchmark's diagnosis (performance.getEntriesByType('mark')).
  performance.mark('podium:deck');
  setMetadata(deck);
  root.dataset.layout = request.kind;
  const aids = request.kind === 'reading' && request.aids !== false ? await DeckAids.open(getHost(), deck) : undefined;
  await loadPrintFonts(deck, request, facesRegistered, aids);
  performance.mark('podium:fonts');
  const container = document.getElementById('pages');
  if (!container) throw new Error('print.html has no #pages element.');
  const context: PrintContext = {
    deck,
    request,
    labels: printLabels(deck.meta.lang),
    container,
    ...(aids ? { aids } : {}),
    progress: (fraction) => {
      const value = fraction.toFixed(2);
      if (root.getAttribute(PRINT_PROGRESS_ATTRIBUTE) !== value) root.setAttribute(PRINT_PROGRESS_ATTRIBUTE, value);
    },
  };
  applyDeckLook(container, deck.meta);
  LAYOUTS[request.kind](context);
  performance.mark('podium:layout');
  fitAllFaces(container);
  performance.mark('podium:fit');
  await document.fonts.ready;
  root.setAttribute(PRINT_READY_ATTRIBUTE, PRINT_READY_VALUE);
}

run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  document.documentElement.setAttribute(PRINT_ERROR_ATTRIBUTE, message);
  const box = document.getElementById('pages');
  if (box) box.textContent = message;
});
