/**
 * Handouts for the hall: 2, 3, 4 or 6 slides per A4 page; with 3, ruled lines beside
 * each slide for writing. Nothing from the notes.
 */
import type { PrintContext } from './context.ts';
import { faceSize, printFace } from './faces.ts';
import { A4, addSheetText, createSheets, setPageSize } from './sheet.ts';
import type { Sheet } from './sheet.ts';

const MARGINS = { top: 18, right: 15, bottom: 18, left: 15 };
const CAPTION_MM = 7;
const GAP_MM = 8;
const RULED_LINES = 8;
/** Columns × rows of each handout grid. */
const GRID: Record<number, { columns: number; rows: number }> = {
  2: { columns: 1, rows: 2 },
  3: { columns: 1, rows: 3 },
  4: { columns: 2, rows: 2 },
  6: { columns: 2, rows: 3 },
};

export function layoutHandout(context: PrintContext): Sheet[] {
  setPageSize(A4.width, A4.height);
  const perPage = context.request.perPage ?? 3;
  const grid = GRID[perPage] ?? { columns: 1, rows: 3 };
  const { sheets, next } = createSheets(context.container, {
    ...A4,
    margins: MARGINS,
    className: `sheet-handout handout-${perPage}`,
    watermark: context.request.watermark,
  });
  const bodyWidth = A4.width - MARGINS.left - MARGINS.right;
  const bodyHeight = A4.height - MARGINS.top - MARGINS.bottom;
  const cellWidth = (bodyWidth - GAP_MM * (grid.columns - 1)) / grid.columns;
  const cellHeight = (bodyHeight - GAP_MM * (grid.rows - 1)) / grid.rows;
  // With 3 a page the slide takes a little over half the width; the lines take the rest.
  const faceBox = perPage === 3 ? { width: cellWidth * 0.56, height: cellHeight - CAPTION_MM } : { width: cellWidth, height: cellHeight - CAPTION_MM };
  const size = faceSize(context, faceBox.width, faceBox.height);
  // Without writing lines, a row is as tall as its slide and caption, and the rows sit together in
  // the middle of the page: 6 a page no longer leaves a wide blank band under every row.
  const rowHeight = perPage === 3 ? cellHeight : Math.min(cellHeight, size.height + CAPTION_MM);

  const slides = context.deck.slides;
  let sheet: Sheet | undefined;
  slides.forEach((slide, index) => {
    if (index % perPage === 0) {
      sheet = next();
      sheet.body.style.gridTemplateColumns = `repeat(${grid.columns}, ${cellWidth}mm)`;
      sheet.body.style.gridTemplateRows = `repeat(${grid.rows}, ${rowHeight}mm)`;
      sheet.body.style.gap = `${GAP_MM}mm`;
      if (perPage !== 3) sheet.body.style.alignContent = 'center';
    }
    const cell = document.createElement('div');
    cell.className = 'handout-cell';
    const figure = document.createElement('figure');
    figure.className = 'handout-figure';
    figure.append(printFace(slide, context, size.width, size.height, { bookmark: true }));
    const caption = document.createElement('figcaption');
    caption.textContent = context.labels.slideName(index + 1);
    figure.append(caption);
    cell.append(figure);
    if (perPage === 3) {
      const lines = document.createElement('div');
      lines.className = 'handout-lines';
      lines.setAttribute('aria-hidden', 'true');
      for (let i = 0; i < RULED_LINES; i += 1) lines.append(document.createElement('div'));
      cell.append(lines);
    }
    sheet?.body.append(cell);
    context.progress((index + 1) / slides.length);
  });
  for (const each of sheets) {
    addSheetText(each, 'sheet-running-head', context.deck.meta.title);
    addSheetText(each, 'sheet-folio', context.labels.pageOf(each.number, sheets.length));
  }
  return sheets;
}
