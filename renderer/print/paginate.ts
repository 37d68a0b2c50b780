/**
 * Flows blocks (headings, paragraphs, slide pictures) into fixed-size page boxes,
 * measuring as it goes. The print page does its own pagination rather than leaving
 * it to the browser's print fragmentation so that it can keep sentences whole
 * across page turns, keep headings with what follows, and place margin marks and
 * page numbers exactly; the same boxes are then printed one per PDF page.
 *
 * Block flags (data attributes on each block element):
 * - data-break-before: start on a fresh page;
 * - data-starts-per-page="n": start on a fresh page when n such blocks already start on this one
 *   (notes pages two a page);
 * - data-keep-with-next: never the last thing on a page (headings);
 * - data-splittable: a paragraph of span.s sentence children that may continue on the next page.
 */
import { CLAUSE_END, NO_LINE_START } from './sentences.ts';

/** 'sentence': turn pages between sentences where possible (reading copy, notes); 'line': fill every line (official copy). */
export type SplitMode = 'sentence' | 'line';
export type SheetReason = 'start' | 'break' | 'overflow';
/** Makes the next page and returns the box its content flows into. */
export type NewSheet = (reason: SheetReason) => HTMLElement;

/** In sentence mode, a page may end this much short (fraction of its height) rather than cut a sentence. */
const MAX_GAP_FOR_SENTENCE = 0.35;
const SUBPIXEL = 0.5;

export function fits(body: HTMLElement): boolean {
  const last = body.lastElementChild;
  if (!last) return true;
  return last.getBoundingClientRect().bottom <= body.getBoundingClientRect().bottom + SUBPIXEL;
}

/** Fraction of the page free above `block` (below the previous block). */
function spaceAbove(block: HTMLElement, body: HTMLElement): number {
  const box = body.getBoundingClientRect();
  const previous = block.previousElementSibling;
  const used = previous ? previous.getBoundingClientRect().bottom - box.top : 0;
  return Math.max(0, box.height - used) / box.height;
}

function freeFraction(body: HTMLElement): number {
  const box = body.getBoundingClientRect();
  const last = body.lastElementChild;
  const used = last ? last.getBoundingClientRect().bottom - box.top : 0;
  return Math.max(0, box.height - used) / box.height;
}

export function flowBlocks(blocks: HTMLElement[], newSheet: NewSheet, mode: SplitMode, onProgress?: (done: number) => void): void {
  const queue = [...blocks];
  let body = newSheet('start');
  let placed = 0;
  while (queue.length > 0) {
    const block = queue.shift() as HTMLElement;
    if (block.dataset.breakBefore !== undefined && body.childElementCount > 0) body = newSheet('break');
    else if (block.dataset.startsPerPage !== undefined && body.querySelectorAll(':scope > [data-starts-per-page]').length >= Number(block.dataset.startsPerPage)) body = newSheet('break');
    body.append(block);
    if (fits(body)) {
      placed += 1;
      onProgress?.(placed);
      continue;
    }
    const alone = body.childElementCount === 1;
    if (block.dataset.splittable !== undefined) {
      // Measured only now, in the layout fits() just made: appending does not move what came before.
      const spaceBefore = spaceAbove(block, body);
      const allowCut = mode === 'line' || alone || spaceBefore > MAX_GAP_FOR_SENTENCE;
      const rest = splitToFit(block, body, mode, allowCut);
      if (rest) {
        body = newSheet('overflow');
        queue.unshift(rest);
        continue;
      }
    }
    if (alone) {
      // Nothing smaller to move: an unsplittable block taller than a page stays (clipped) rather than loop.
      placed += 1;
      continue;
    }
    block.remove();
    const carried = [block];
    while (body.childElementCount > 1 && (body.lastElementChild as HTMLElement).dataset.keepWithNext !== undefined) {
      const heading = body.lastElementChild as HTMLElement;
      heading.remove();
      carried.unshift(heading);
    }
    body = newSheet('overflow');
    queue.unshift(...carried);
  }
}

/**
 * Leaves on the page the longest head of `block` that fits and returns the rest as a
 * continuation paragraph, or null when nothing can stay. Whole sentences first; a cut
 * inside a sentence (after a clause mark in sentence mode, at a line end in line mode)
 * only when `allowCut`.
 */
function splitToFit(block: HTMLElement, body: HTMLElement, mode: SplitMode, allowCut: boolean): HTMLElement | null {
  const kids = [...block.childNodes];
  const sentenceEnds: number[] = [];
  kids.forEach((kid, index) => {
    if (kid instanceof HTMLElement && kid.classList.contains('s')) sentenceEnds.push(index + 1);
  });
  const show = (count: number): void => block.replaceChildren(...kids.slice(0, count));

  // Largest number of whole sentences that fits (fitting only shrinks as sentences are added).
  let lo = 0;
  let hi = sentenceEnds.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    show(sentenceEnds[mid - 1] ?? 0);
    if (fits(body)) lo = mid;
    else hi = mid - 1;
  }
  const whole = lo;
  const keptNodes = whole === 0 ? 0 : (sentenceEnds[whole - 1] ?? 0);
  show(keptNodes);

  let cutSpan: HTMLElement | null = null;
  const next = kids.slice(keptNodes).find((kid): kid is HTMLElement => kid instanceof HTMLElement && kid.classList.contains('s'));
  const gapAfterWhole = freeFraction(body);
  if (next && (mode === 'line' || (allowCut && (whole === 0 || gapAfterWhole > MAX_GAP_FOR_SENTENCE)))) {
    const nextIndex = kids.indexOf(next);
    block.replaceChildren(...kids.slice(0, nextIndex + 1));
    cutSpan = cutInside(next, body, mode === 'line' ? 'line' : 'clause');
    if (!cutSpan) block.replaceChildren(...kids.slice(0, keptNodes));
  }

  const restKids = cutSpan ? [cutSpan, ...kids.slice(kids.indexOf(next as HTMLElement) + 1)] : kids.slice(keptNodes);
  const keptSomething = cutSpan !== null || whole > 0;
  if (!keptSomething) {
    block.replaceChildren(...kids);
    return null;
  }
  if (restKids.length === 0) return null;
  if (cutSpan && mode === 'line') block.classList.add('cut-at-line');
  const rest = block.cloneNode(false) as HTMLElement;
  rest.classList.remove('cut-at-line');
  rest.classList.add('cont');
  delete rest.dataset.breakBefore;
  rest.replaceChildren(...restKids);
  return rest;
}

/**
 * Cuts a sentence span so that its head fits; returns a new span with the tail, or
 * null. 'line' keeps as many characters as fit (never starting the next page with a
 * closing mark); 'clause' only cuts right after a clause mark (，；：、).
 */
function cutInside(span: HTMLElement, body: HTMLElement, at: 'line' | 'clause'): HTMLElement | null {
  const chars = [...(span.textContent ?? '')];
  const setLength = (n: number): void => {
    span.textContent = chars.slice(0, n).join('');
  };
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    setLength(mid);
    if (fits(body)) lo = mid;
    else hi = mid - 1;
  }
  let cut = lo;
  if (at === 'clause') {
    while (cut > 0 && !CLAUSE_END.has(chars[cut - 1] ?? '')) cut -= 1;
  }
  while (cut > 0 && NO_LINE_START.has(chars[cut] ?? '')) cut -= 1;
  if (cut === 0) {
    span.textContent = chars.join('');
    return null;
  }
  setLength(cut);
  const tail = span.cloneNode(false) as HTMLElement;
  tail.textContent = chars.slice(cut).join('');
  return tail;
}
