/**
 * Notes pages: A4 portrait, each slide at the top of a fresh page with its notes
 * (the verbatim text) below; long notes continue on the next page between
 * sentences, never cut off.
 */
import type { PrintContext } from './context.ts';
import { faceSize, printFace } from './faces.ts';
import { flowBlocks } from './paginate.ts';
import { splitSentences } from './sentences.ts';
import { A4, addSheetText, createSheets, setPageSize } from './sheet.ts';
import type { Sheet } from './sheet.ts';

const MARGINS = { top: 16, right: 18, bottom: 20, left: 18 };
const MAX_FACE_HEIGHT_MM = 110;

export function layoutNotes(context: PrintContext): Sheet[] {
  setPageSize(A4.width, A4.height);
  const { sheets, next } = createSheets(context.container, {
    ...A4,
    margins: MARGINS,
    className: 'sheet-notes',
    watermark: context.request.watermark,
  });
  const size = faceSize(context, A4.width - MARGINS.left - MARGINS.right, MAX_FACE_HEIGHT_MM);
  const blocks: HTMLElement[] = [];
  const { deck, labels } = context;
  deck.slides.forEach((slide, index) => {
    const number = index + 1;
    const head = document.createElement('div');
    head.className = 'notes-slide';
    head.dataset.breakBefore = '';
    head.dataset.slide = String(number);
    const heading = document.createElement(slide.kind === 'section' || slide.kind === 'title' ? 'h1' : 'h2');
    heading.className = 'notes-heading';
    heading.textContent = `${labels.slideName(number)}  ${slide.title}`;
    const meta = document.createElement('div');
    meta.className = 'notes-meta';
    meta.textContent = [slide.sectionPath.join(''), labels.duration(slide.seconds)].filter(Boolean).join(' · ');
    head.append(heading, meta, printFace(slide, context, size.width, size.height, { bookmark: false }));
    blocks.push(head);
    for (const line of slide.notes.split(/\n+/).map((text) => text.trim()).filter(Boolean)) {
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
      blocks.push(paragraph);
    }
  });
  flowBlocks(blocks, () => next().body, 'sentence', (done) => context.progress(done / blocks.length));
  for (const sheet of sheets) {
    const first = sheet.body.firstElementChild as HTMLElement | null;
    if (first && !first.classList.contains('notes-slide') && first.dataset.slide) {
      addSheetText(sheet, 'sheet-running-head', `${labels.slideName(Number(first.dataset.slide))}${labels.continued}`);
    }
    addSheetText(sheet, 'sheet-folio', labels.pageOf(sheet.number, sheets.length));
  }
  return sheets;
}
