/** Report blocks → flowable elements: sentence spans (for page-turn-safe splits) and slide anchors. */
import type { ReportBlock, ReportBlockKind } from './report-text.ts';

const TAGS: Record<ReportBlockKind, 'h1' | 'h2' | 'p'> = {
  kicker: 'p',
  title: 'h1',
  subtitle: 'p',
  salutation: 'p',
  heading1: 'h1',
  heading2: 'h2',
  para: 'p',
  footnote: 'p',
};

export function reportBlockElement(block: ReportBlock): HTMLElement {
  const node = document.createElement(TAGS[block.kind]);
  node.className = `rb rb-${block.kind}`;
  if (block.kind === 'para' || block.kind === 'salutation' || block.kind === 'footnote') node.dataset.splittable = '';
  if (block.kind === 'heading1' || block.kind === 'heading2' || block.kind === 'kicker' || block.kind === 'title') node.dataset.keepWithNext = '';
  for (const piece of block.pieces) {
    if (piece.slideStart !== undefined) {
      const anchor = document.createElement('span');
      anchor.className = 'slide-anchor';
      anchor.dataset.slide = String(piece.slideStart);
      node.append(anchor);
    }
    if (piece.text) {
      const sentence = document.createElement('span');
      sentence.className = 's';
      sentence.textContent = piece.text;
      node.append(sentence);
    }
  }
  return node;
}
