/**
 * Delegate copy after the essentials of GB/T 9704: A4, text block 156 × 225 mm
 * (top 37, bottom 35, binding side 28, outer side 26 mm, mirrored on even pages),
 * body at 16 pt on a 22-line grid with about 28 characters a line, title in bold
 * serif at 22 pt, page numbers "— 3 —" at the outer bottom edge, optional
 * watermark. The title in 方正小标宋, the body in 仿宋, first-level headings in 黑体 and
 * second-level ones in 楷体 where the exporter found them on the computer (request.faces,
 * see slides/core/official-faces.ts); otherwise the bundled Noto Serif SC, Noto Sans SC for 黑体.
 */
import type { PrintContext } from './context.ts';
import { flowBlocks } from './paginate.ts';
import { reportBlockElement } from './report-dom.ts';
import { reportBlocks } from './report-text.ts';
import { A4, addSheetText, createSheets, setPageSize } from './sheet.ts';
import type { Sheet } from './sheet.ts';

export function layoutOfficial(context: PrintContext): Sheet[] {
  setPageSize(A4.width, A4.height);
  const { sheets, next } = createSheets(context.container, {
    ...A4,
    margins: { top: 37, right: 26, bottom: 35, left: 28 },
    mirror: true,
    className: ['sheet-official', ...(context.request.faces ?? []).map((role) => `official-face-${role}`)].join(' '),
    watermark: context.request.watermark,
  });
  const blocks = reportBlocks(context.deck).map(reportBlockElement);
  for (const anchor of blocks.flatMap((block) => [...block.querySelectorAll('.slide-anchor')])) anchor.remove();
  flowBlocks(blocks, () => next().body, 'line', (done) => context.progress(done / blocks.length));
  for (const sheet of sheets) addSheetText(sheet, 'official-folio', `— ${sheet.number} —`);
  return sheets;
}
