/**
 * 校对单, the printable proofreading sheet: each slide beside the report passage it comes from
 * (its notes, with the words the slide takes marked), differences marked on the slide's side —
 * words the report does not have underlined in red, the report's words left out struck through,
 * figures that differ boxed — and each finding said under the slide. A4, slide by slide.
 */
import { fieldMessage, proofreadDeck, type DeckProof, type ProofLine, type ProofPiece, type SlideProof } from '../../slides/core/proof/index.ts';
import { say, t, type MessageKey, type MessageValues, type UiLang } from '../../slides/core/messages/catalogue.ts';
import type { DeckModel, Slide } from '../../slides/core/model.ts';
import type { PrintContext } from './context.ts';
import { flowBlocks } from './paginate.ts';
import { A4, addSheetText, createSheets, setPageSize } from './sheet.ts';
import type { Sheet } from './sheet.ts';

/** Characters of the report shown around words a slide takes from another slide's notes. */
const CONTEXT = 12;

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function sheetLang(deck: DeckModel): UiLang {
  return deck.meta.lang === 'zh' ? 'zh-CN' : 'en';
}

/** A piece of a slide's line: plain, typed (<ins>), left out (<del>), a figure boxed. */
function pieceNode(piece: ProofPiece): HTMLElement {
  const node = document.createElement(piece.kind === 'added' ? 'ins' : piece.kind === 'removed' ? 'del' : 'span');
  if (piece.number) node.className = 'num';
  node.textContent = piece.text;
  return node;
}

function lineNode(line: ProofLine, tag: string, className: string): HTMLElement {
  const node = element(tag, `prf-line ${className}`);
  node.append(...line.pieces.map(pieceNode));
  if (line.shortened) node.append('…');
  return node;
}

/** Text with the ranges [start, end) marked (<mark>), overlapping ranges merged. */
function markedText(node: HTMLElement, text: string, ranges: readonly [number, number][]): void {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) node.append(text.slice(at, from));
    node.append(element('mark', '', text.slice(from, end)));
    at = end;
  }
  if (at < text.length) node.append(text.slice(at));
}

/** The slide's side: its lines as shown, differences marked, and what is wrong with them. */
function slideSide(slide: Slide, proof: SlideProof, sayIt: (key: MessageKey, values?: MessageValues) => string, lang: UiLang): HTMLElement {
  const side = element('div', 'prf-left');
  const points = element('ul', 'prf-points');
  for (const line of proof.lines) {
    if (line.field === 'point' || line.field === 'body' || line.field === 'cell') points.append(lineNode(line, 'li', `prf-${line.field}`));
    else side.append(lineNode(line, 'p', `prf-${line.field}`));
  }
  if (points.childElementCount > 0) side.append(points);
  if (proof.lines.length === 0) side.append(element('p', 'prf-empty', slide.picture ? slide.picture.alt || slide.picture.src : '—'));
  if (proof.findings.length > 0) {
    const list = element('ol', 'prf-findings');
    for (const finding of proof.findings) {
      const item = element('li', `prf-finding prf-k-${finding.kind}`);
      item.append(
        element('span', 'prf-kind', sayIt(`proof.kind.${finding.kind}`)),
        element('span', 'prf-field', ` ${say(lang, fieldMessage(finding.field, finding.index))}\u3000`),
        element('span', 'prf-detail', sayIt('print.proof.finding', { text: finding.text, detail: say(lang, finding.detail) })),
      );
      list.append(item);
    }
    side.append(list);
  }
  return side;
}

/** The report's side: the slide's notes with the words it takes marked, and words it takes from elsewhere with their place. */
function reportSide(deck: DeckModel, index: number, proof: SlideProof, sayIt: (key: MessageKey, values?: MessageValues) => string): HTMLElement {
  const side = element('div', 'prf-right');
  const slide = deck.slides[index] as Slide;
  const own: [number, number][] = [];
  const elsewhere: NonNullable<ProofLine['source']>[] = [];
  for (const line of proof.lines) {
    if (!line.source) continue;
    if (line.source.slide === index) own.push([line.source.start, line.source.end]);
    else elsewhere.push(line.source);
  }
  const passage = element('p', 'prf-passage');
  markedText(passage, slide.notes, own);
  side.append(passage);
  for (const source of elsewhere) {
    const notes = deck.slides[source.slide]?.notes ?? '';
    const from = Math.max(0, source.start - CONTEXT);
    const to = Math.min(notes.length, source.end + CONTEXT);
    const quote = element('p', 'prf-elsewhere');
    quote.append(element('span', 'prf-from', `${sayIt('print.proof.from', { n: source.slide + 1 })} `), from > 0 ? '…' : '');
    markedText(quote, notes.slice(from, to), [[source.start - from, source.end - from]]);
    if (to < notes.length) quote.append('…');
    side.append(quote);
  }
  return side;
}

function slideBlock(deck: DeckModel, proof: SlideProof, lang: UiLang): HTMLElement {
  const sayIt = (key: MessageKey, values?: MessageValues): string => t(lang, key, values);
  const index = proof.number - 1;
  const slide = deck.slides[index] as Slide;
  const block = element('div', `prf-slide${proof.findings.length > 0 ? ' prf-has-findings' : ''}`);
  block.dataset.slide = slide.id;
  const head = element('div', 'prf-head');
  head.append(element('span', 'prf-where', sayIt('print.slideName', { n: proof.number })), element('span', 'prf-title', slide.title));
  head.append(proof.findings.length > 0
    ? element('span', 'prf-badge prf-badge-check', sayIt('proof.list.count', { n: proof.findings.length }))
    : element('span', 'prf-badge prf-badge-ok', sayIt('print.proof.ok')));
  const columns = element('div', 'prf-cols');
  columns.append(slideSide(slide, proof, sayIt, lang), reportSide(deck, index, proof, sayIt));
  block.append(head, columns);
  return block;
}

/** The sheet's blocks: heading, summary, key, then one block per slide. */
export function proofBlocks(deck: DeckModel, proof: DeckProof): HTMLElement[] {
  const lang = sheetLang(deck);
  const sayIt = (key: MessageKey, values?: MessageValues): string => t(lang, key, values);
  const title = element('h1', 'prf-heading', sayIt('print.proof.title'));
  title.dataset.keepWithNext = '';
  const key = element('p', 'prf-key', sayIt('print.proof.legend'));
  key.append(
    element('mark', '', sayIt('print.proof.legendSource')), ' ',
    pieceNode({ kind: 'added', text: sayIt('print.proof.legendTyped') }), ' ',
    pieceNode({ kind: 'removed', text: sayIt('print.proof.legendLeftOut') }), ' ',
    pieceNode({ kind: 'added', text: sayIt('print.proof.legendFigure'), number: true }),
  );
  const columns = element('div', 'prf-cols prf-col-heads');
  columns.append(element('div', 'prf-left', sayIt('print.proof.slideCol')), element('div', 'prf-right', sayIt('print.proof.reportCol')));
  return [
    title,
    element('p', 'prf-deck', deck.meta.title),
    element('p', 'prf-summary', sayIt('print.proof.summary', { n: deck.slides.length, findings: proof.findings.length })),
    key,
    columns,
    ...proof.slides.map((slide) => slideBlock(deck, slide, lang)),
  ];
}

/** Every character the sheet prints beside the deck's own text (labels, findings), for the font subsets. */
export function proofSheetText(deck: DeckModel, proof: DeckProof): string {
  const lang = sheetLang(deck);
  const keys: MessageKey[] = ['print.proof.title', 'print.proof.legend', 'print.proof.legendSource', 'print.proof.legendTyped', 'print.proof.legendLeftOut', 'print.proof.legendFigure', 'print.proof.slideCol', 'print.proof.reportCol', 'print.proof.ok', 'proof.kind.not-in-report', 'proof.kind.cut-phrase', 'proof.kind.figure', 'proof.kind.heading'];
  const counts = [t(lang, 'print.proof.summary', { n: deck.slides.length, findings: proof.findings.length }), t(lang, 'proof.list.count', { n: 0 }), t(lang, 'print.proof.from', { n: 0 }), t(lang, 'print.slideName', { n: 0 }), t(lang, 'print.proof.finding', { text: '', detail: '' })];
  const findings = proof.findings.map((f) => f.text + say(lang, f.detail) + say(lang, fieldMessage(f.field, f.index)));
  return [...keys.map((key) => t(lang, key)), ...counts, ...findings, '0123456789“”…　'].join('');
}

export function layoutProof(context: PrintContext): Sheet[] {
  const { deck } = context;
  setPageSize(A4.width, A4.height);
  const { sheets, next } = createSheets(context.container, {
    ...A4,
    margins: { top: 16, right: 15, bottom: 18, left: 17 },
    className: 'sheet-proof',
    watermark: context.request.watermark,
  });
  const blocks = proofBlocks(deck, proofreadDeck(deck));
  flowBlocks(blocks, () => next().body, 'sentence', (done) => context.progress(done / blocks.length));
  for (const sheet of sheets) addSheetText(sheet, 'sheet-folio', context.labels.pageOf(sheet.number, sheets.length));
  return sheets;
}
