/**
 * Reading copy (讲话稿) for the podium: the whole report in large type with generous
 * spacing, pages turned between sentences where possible, 【幻灯片 12】 in the margin
 * where each slide begins, and page numbers.
 */
import type { PrintContext } from './context.ts';
import { flowBlocks } from './paginate.ts';
import { reportBlockElement } from './report-dom.ts';
import { reportBlocks } from './report-text.ts';
import { A4, addSheetText, createSheets, offsetInSheet, setPageSize } from './sheet.ts';
import type { Sheet } from './sheet.ts';

export function layoutReading(context: PrintContext): Sheet[] {
  setPageSize(A4.width, A4.height);
  const { sheets, next } = createSheets(context.container, {
    ...A4,
    margins: { top: 20, right: 16, bottom: 22, left: 34 },
    className: 'sheet-reading',
    watermark: context.request.watermark,
  });
  const blocks = reportBlocks(context.deck).map(reportBlockElement);
  flowBlocks(blocks, () => next().body, 'sentence', (done) => context.progress(done / blocks.length));
  // Read every anchor's position in one layout, then write the marks: no layout per mark.
  const anchors = sheets.map((sheet) => [...sheet.body.querySelectorAll<HTMLElement>('.slide-anchor')].map((anchor) => ({ slide: Number(anchor.dataset.slide), top: offsetInSheet(anchor, sheet) })));
  let markHeight = 0;
  sheets.forEach((sheet, index) => {
    let lowest = -Infinity;
    for (const anchor of anchors[index] ?? []) {
      const mark = addSheetText(sheet, 'margin-mark', context.labels.slideMark(anchor.slide));
      markHeight ||= mark.getBoundingClientRect().height;
      // Marks of slides starting on one line stack downwards.
      const top = Math.max(anchor.top, lowest);
      mark.style.top = `${top}px`;
      lowest = top + markHeight;
    }
    addSheetText(sheet, 'sheet-folio', context.labels.pageOf(sheet.number, sheets.length));
  });
  return sheets;
}
