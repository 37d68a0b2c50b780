/**
 * Draws aids as ruby over text already on the page, without changing the text: each
 * aid's characters are wrapped in <ruby class="aid"> and the reading is an empty <rt>
 * whose ::before shows `data-reading`. Generated content is not part of the document's
 * text, so textContent, copy, find-in-page and the reading cursor see only the report's
 * characters, and the reading sits above the line (aids.css) without moving a glyph.
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

function rubyFor(aid: Pick<Aid, 'kind' | 'reading' | 'source'> & { corrected?: boolean }, base: Text): HTMLElement {
  const ruby = document.createElement('ruby');
  ruby.className = `${AID_CLASS} aid-${aid.kind}`;
  ruby.dataset['source'] = aid.source;
  if (aid.corrected) ruby.dataset['corrected'] = '';
  const rt = document.createElement('rt');
  rt.dataset['reading'] = aid.reading;
  base.replaceWith(ruby);
  ruby.append(base, rt);
  return ruby;
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
  for (const aid of [...aids].sort((a, b) => b.start - a.start)) {
    let index = starts.length - 1;
    while (index > 0 && (starts[index] as number) > aid.start) index -= 1;
    const node = nodes[index];
    const nodeStart = starts[index] as number;
    if (!node || aid.end > nodeStart + node.data.length) continue;
    const after = node.splitText(aid.start - nodeStart);
    after.splitText(aid.end - aid.start);
    rubyFor(aid, after);
    drawn += 1;
  }
  return drawn;
}

/** Takes every aid out again, leaving the text as it was (adjacent text nodes merged). */
export function clearAids(root: HTMLElement): void {
  for (const ruby of Array.from(root.querySelectorAll<HTMLElement>(`ruby.${AID_CLASS}`))) {
    ruby.querySelector('rt')?.remove();
    ruby.replaceWith(...Array.from(ruby.childNodes));
  }
  root.normalize();
}
