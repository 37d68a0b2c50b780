/**
 * Notes pages: A4 portrait, each slide with its notes (the verbatim text) below; long
 * notes continue on the next page between sentences, never cut off.
 * - 1 a page (the default): each slide at the top of a fresh page, the slide large.
 * - 2 a page: a smaller slide with its heading beside it; the next slide follows on the
 *   same page under a rule when there is room, at most two slides starting on a page.
 * - Large type: the notes at 18 pt for a speaker reading from paper at the lectern.
 */
import type { Slide } from '../../slides/core/model.ts';
import type { PrintContext } from './context.ts';
import { faceSize, printFace } from './faces.ts';
import { flowBlocks } from './paginate.ts';
import { splitSentences } from './sentences.ts';
import { A4, addSheetText, createSheets, setPageSize } from './sheet.ts';
import type { Sheet } from './sheet.ts';

const MARGINS = { top: 16, right: 18, bottom: 20, left: 18 };
/** Tallest slide picture, mm: large type leaves the notes more of the page. */
const MAX_FACE_HEIGHT_MM = { normal: 110, large: 85 } as const;
/** Two a page: the slide's width, mm, with its heading in the rest of the line. */
const TWO_UP_FACE_WIDTH_MM = 84;

export function layoutNotes(context: PrintContext): Sheet[] {
  setPageSize(A4.width, A4.height);
  const perPage = context.request.perPage === 2 ? 2 : 1;
  const large = context.request.largeType === true;
  const { sheets, next } = createSheets(context.container, {
    ...A4,
    margins: MARGINS,
    className: `sheet-notes notes-${perPage}${large ? ' notes-large' : ''}`,
    watermark: context.request.watermark,
  });
  const bodyWidth = A4.width - MARGINS.left - MARGINS.right;
  const size = perPage === 2
    ? faceSize(context, TWO_UP_FACE_WIDTH_MM, MAX_FACE_HEIGHT_MM.large)
    : faceSize(context, bodyWidth, MAX_FACE_HEIGHT_MM[large ? 'large' : 'normal']);
  const blocks: HTMLElement[] = [];
  context.deck.slides.forEach((slide, index) => {
    const head = slideHead(slide, index + 1, context, size);
    if (perPage === 1) head.dataset.breakBefore = '';
    else {
      head.dataset.startsPerPage = '2';
      head.dataset.keepWithNext = '';
    }
    blocks.push(head, ...noteParagraphs(slide, index + 1));
  });
  flowBlocks(blocks, () => next().body, 'sentence', (done) => context.progress(done / blocks.length));
  const { labels } = context;
  for (const sheet of sheets) {
    const first = sheet.body.firstElementChild as HTMLElement | null;
    if (first && !first.classList.contains('notes-slide') && first.dataset.slide) {
      addSheetText(sheet, 'sheet-running-head', `${labels.slideName(Number(first.dataset.slide))}${labels.continued}`);
    }
    addSheetText(sheet, 'sheet-folio', labels.pageOf(sheet.number, sheets.length));
  }
  return sheets;
}

/** The slide's picture with its number, title, section and time (beside the picture when two share a page). */
function slideHead(slide: Slide, number: number, context: PrintContext, size: { width: number; height: number }): HTMLElement {
  const { labels } = context;
  const head = document.createElement('div');
  head.className = 'notes-slide';
  head.dataset.slide = String(number);
  const heading = document.createElement(slide.kind === 'section' || slide.kind === 'title' ? 'h1' : 'h2');
  heading.className = 'notes-heading';
  heading.textContent = `${labels.slideName(number)}  ${slide.title}`;
  const meta = document.createElement('div');
  meta.className = 'notes-meta';
  meta.textContent = [slide.sectionPath.join(''), labels.duration(slide.seconds)].filter(Boolean).join(' · ');
  const caption = document.createElement('div');
  caption.className = 'notes-caption';
  caption.append(heading, meta);
  head.append(caption, printFace(slide, context, size.width, size.height, { bookmark: false }));
  return head;
}

/** The notes, a paragraph per line, each sentence a span so pages can turn between sentences. */
function noteParagraphs(slide: Slide, number: number): HTMLElement[] {
  return slide.notes
    .split(/\n+/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((line) => {
      const paragraph = document.createElement('p');
      paragraph.className = 'notes-para';
      paragraph.dataset.splittable = '';
      paragraph.dataset.slide = String(number);
      for (const sentence of splitSentences(line)) {
        const span = document.createElement('span');
        span.className = 's';
        span.textContent = sentence;
        paragraph.append(span);
      }
      return paragraph;
    });
}
