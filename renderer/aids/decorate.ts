/**
 * Draws aids as ruby over text already on the page, without changing the text:
 *
 *   <span class="aid"><span class="aid-head"><span class="aid-anchor" data-reading="bèng bù"></span>蚌</span>埠</span>
 *
 * The anchor is an empty, zero-size inline box at the start of the aid (kept on the line
 * of the aid's first character); its ::before shows the reading above the line, centred
 * over the aid (aids.css). Generated content is not part of the document's text, so
 * textContent, copy, find-in-page and the reading cursor see only the report's characters;
 * the text itself stays unpositioned and in the flow, so no glyph moves, lines break
 * where they broke without aids, and a PDF's text keeps the report's order (the
 * positioned readings are painted after it).
 */
import type { Aid } from '../../slides/core/aids/model.ts';

export const AID_CLASS = 'aid';

/** The text nodes under `root` in document order, outside any existing aid's reading. */
function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The text of `root` as its aids are computed from: every text node, in order. */
export function plainText(root: Node): string {
  return textNodes(root).map((node) => node.data).join('');
}

/** Rough width of `text` in ems (ideographs 1, Latin letters and digits about half), to centre the reading. */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF\u{20000}-\u{3FFFF}]/u.test(ch) ? 1 : /[%‰@MWmw]/.test(ch) ? 0.85 : /[.,:;'\s]/.test(ch) ? 0.3 : 0.56;
  return Math.round(width * 100) / 100;
}

function wrap(aid: Pick<Aid, 'kind' | 'reading' | 'source'> & { corrected?: boolean }, base: Text): HTMLElement {
  const outer = document.createElement('span');
  outer.className = `${AID_CLASS} aid-${aid.kind}`;
  outer.dataset['source'] = aid.source;
  if (aid.corrected) outer.dataset['corrected'] = '';
  const anchor = document.createElement('span');
  anchor.className = 'aid-anchor';
  anchor.dataset['reading'] = aid.reading;
  anchor.style.setProperty('--aid-len', String(emWidth(base.data)));
  const head = document.createElement('span');
  head.className = 'aid-head';
  const firstLength = [...base.data][0]?.length ?? 0;
  const rest = base.splitText(firstLength);
  base.replaceWith(outer);
  head.append(anchor, base);
  outer.append(head, rest);
  return outer;
}

/**
 * Wraps each aid (offsets into `plainText(root)`) in ruby. An aid that would straddle two
 * text nodes (a sentence boundary drawn by the reading cursor) is left undrawn rather
 * than split.
 */
export function drawAids(root: HTMLElement, aids: readonly Pick<Aid, 'kind' | 'reading' | 'source' | 'start' | 'end' | 'corrected'>[]): number {
  if (aids.length === 0) return 0;
  const nodes = textNodes(root);
  const starts: number[] = [];
  let offset = 0;
  for (const node of nodes) {
    starts.push(offset);
    offset += node.data.length;
  }
  let drawn = 0;
  // Last first, so splitting a node never moves an aid still to draw in it.
  // (Text nodes inside aids already drawn count too: call clearAids before drawing again.)
  for (const aid of [...aids].sort((a, b) => b.start - a.start)) {
    let index = starts.length - 1;
    while (index > 0 && (starts[index] as number) > aid.start) index -= 1;
    const node = nodes[index];
    const nodeStart = starts[index] as number;
    if (!node || aid.end > nodeStart + node.data.length) continue;
    const after = node.splitText(aid.start - nodeStart);
    after.splitText(aid.end - aid.start);
    wrap(aid, after);
    drawn += 1;
  }
  return drawn;
}

/**
 * Centres each reading over its aid as laid out (justified spacing included; over the
 * first line's part when an aid wraps), replacing drawAids' estimate. All reads first,
 * then all writes: one layout for the lot. The writes touch only the readings' own
 * out-of-flow boxes.
 */
export function centreAids(root: HTMLElement): void {
  const aids = Array.from(root.querySelectorAll<HTMLElement>(`span.${AID_CLASS}`));
  const widths = aids.map((aid) => {
    const first = aid.getClientRects()[0];
    const size = parseFloat(getComputedStyle(aid).fontSize);
    return first && size > 0 ? Math.round((first.width / size) * 100) / 100 : undefined;
  });
  aids.forEach((aid, index) => {
    const width = widths[index];
    if (width !== undefined) aid.querySelector<HTMLElement>('.aid-anchor')?.style.setProperty('--aid-len', String(width));
  });
}

/** Takes every aid out again, leaving the text as it was (adjacent text nodes merged). */
export function clearAids(root: HTMLElement): void {
  const aids = Array.from(root.querySelectorAll<HTMLElement>(`span.${AID_CLASS}`));
  if (aids.length === 0) return;
  for (const aid of aids) aid.replaceWith(aid.textContent ?? '');
  root.normalize();
}
