/**
 * Outline of a document read as paragraphs and tables (Word, PDF): the same title block,
 * heading labels, salutation and closing rules as for plain text (outline.ts), but a paragraph
 * is the document's paragraph (a soft line break stays inside it), a heading style is a heading
 * whatever its label, and a table is one block read row by row.
 */
import { headingLabelAt, readHeading } from './headings.ts';
import type { SourceBlock, SourceParagraph } from './model.ts';
import {
  endsSentence,
  finishOutline,
  isEnglishHeading,
  isSalutation,
  readTitleBlock,
  type Outline,
  type ParagraphBlock,
  type RankedHeading,
  type RawBlock,
  type TableBlock,
} from './outline.ts';
import { displayWidth, normalizeText } from './text.ts';

/** How many leading lines the title block may be read from. */
const TITLE_LOOKAHEAD_LINES = 24;
/** A line just above a table that names it: short, not a sentence. */
const MAX_CAPTION_WIDTH = 30;
/** Ranks for styled headings without a label, below every label style and English headings. */
const UNLABELLED_STYLE_RANK = 20;

/** The blocks as one text, paragraphs and table rows one a line: what the notes give back. */
export function blocksText(blocks: readonly SourceBlock[]): string {
  return blocks
    .map((b) => (b.type === 'paragraph' ? b.text : b.rows.map((row) => row.join(' ')).join('\n')))
    .filter((text) => text.trim() !== '')
    .join('\n');
}

/** Normalised text per block (spaces collapsed, soft breaks kept as \n); empty paragraphs dropped. */
function clean(blocks: readonly SourceBlock[]): (SourceParagraph | TableBlock)[] {
  const paragraphs: (SourceParagraph | TableBlock)[] = [];
  for (const block of blocks) {
    if (block.type === 'table') {
      const rows = block.rows.map((row) => row.map((cell) => normalizeText(cell)));
      if (rows.some((row) => row.some((cell) => cell !== ''))) paragraphs.push({ type: 'table', rows });
      continue;
    }
    const text = normalizeText(block.text);
    if (text === '') continue;
    const paragraph: SourceParagraph = { ...block, text };
    paragraphs.push(paragraph);
  }
  return paragraphs;
}

/** The title block from the first paragraphs that are not headings by style; returns it and the blocks left. */
function titleFrom(blocks: (SourceParagraph | TableBlock)[]): { titleBlock?: ReturnType<typeof readTitleBlock>['block']; rest: (SourceParagraph | TableBlock)[] } {
  const lines: string[] = [];
  const owner: number[] = [];
  for (let i = 0; i < blocks.length && lines.length < TITLE_LOOKAHEAD_LINES; i++) {
    const block = blocks[i] as SourceParagraph | TableBlock;
    if (block.type !== 'paragraph' || block.headingLevel !== undefined) break;
    for (const line of block.text.split('\n')) {
      lines.push(line);
      owner.push(i);
    }
    lines.push('');
    owner.push(i);
  }
  const { block, used } = readTitleBlock(lines);
  if (!block || used === 0) return { rest: blocks };
  const lastOwner = owner[used - 1] as number;
  const leftLines = lines.slice(used).filter((_, k) => owner[used + k] === lastOwner).filter((line) => line !== '');
  const rest = blocks.slice(lastOwner + 1);
  const last = blocks[lastOwner] as SourceParagraph;
  if (leftLines.length > 0) {
    const remainder: SourceParagraph = { ...last, text: leftLines.join('\n') };
    rest.unshift(remainder);
  }
  return { titleBlock: block, rest };
}

function paragraphBlock(text: string, footnotes: readonly string[] | undefined): ParagraphBlock {
  return footnotes && footnotes.length > 0 ? { type: 'paragraph', text, footnotes: [...footnotes] } : { type: 'paragraph', text };
}

/** A short line right above a table that names it (表1 主要经济指标 / Key figures). */
function isCaption(block: RawBlock | undefined): block is ParagraphBlock {
  return block !== undefined && block.type === 'paragraph' && !block.text.includes('\n') && displayWidth(block.text) <= MAX_CAPTION_WIDTH && !endsSentence(block.text) && !isSalutation(block.text);
}

/** Styled headings without a label take the rank that labelled headings of the same style level have. */
function rankStyledHeadings(styled: Map<RankedHeading, number>): void {
  const rankOfLevel = new Map<number, number>();
  for (const [heading, level] of styled) {
    if (heading.label !== '' && !rankOfLevel.has(level)) rankOfLevel.set(level, heading.rank);
  }
  for (const [heading, level] of styled) {
    if (heading.label === '') heading.rank = rankOfLevel.get(level) ?? UNLABELLED_STYLE_RANK + level;
  }
}

/** Outline of a document given as paragraphs and tables. */
export function outlineBlocks(source: readonly SourceBlock[]): Outline {
  const { titleBlock, rest } = titleFrom(clean(source));
  const raw: RawBlock[] = [];
  const styled = new Map<RankedHeading, number>();
  let salutation: string | undefined;
  const pushParagraph = (text: string, footnotes?: readonly string[]): void => {
    const full = salutation !== undefined ? `${salutation}\n${text}` : text;
    salutation = undefined;
    raw.push(paragraphBlock(full, footnotes));
  };
  const flushSalutation = (): void => {
    if (salutation !== undefined) raw.push(paragraphBlock(salutation, undefined));
    salutation = undefined;
  };
  rest.forEach((block, index) => {
    if (block.type === 'table') {
      const table: TableBlock = { type: 'table', rows: block.rows };
      const before = raw[raw.length - 1];
      if (salutation === undefined && isCaption(before)) {
        raw.pop();
        table.caption = before.text;
      }
      flushSalutation();
      raw.push(table);
      return;
    }
    const { text } = block;
    if (block.headingLevel !== undefined) {
      flushSalutation();
      const label = headingLabelAt(text);
      const body = label ? text.slice(text.indexOf(label.label) + label.label.length).trim() : text;
      const heading: RankedHeading = { type: 'heading', rank: label?.rank ?? 0, label: label && body !== '' ? label.label : '', text: label && body !== '' ? body : text, raw: text };
      raw.push(heading);
      styled.set(heading, block.headingLevel);
      return;
    }
    // 同志们： alone opens the paragraph that follows it.
    if (salutation === undefined && isSalutation(text) && !readHeading(text) && !text.includes('\n')) {
      salutation = text;
      return;
    }
    const heading = salutation === undefined ? readHeading(text) : undefined;
    if (heading) {
      raw.push({ type: 'heading', rank: heading.label.rank, label: heading.label.label, text: heading.text.trim(), raw: heading.raw });
      const after = heading.rest.trim();
      if (after !== '') pushParagraph(after, block.footnotes);
      return;
    }
    const next = rest[index + 1];
    if (salutation === undefined && !text.includes('\n') && isEnglishHeading(text) && (next === undefined || (next.type === 'paragraph' && displayWidth(next.text) > displayWidth(text)))) {
      raw.push({ type: 'heading', rank: 10, label: '', text, raw: text });
      return;
    }
    pushParagraph(text, block.footnotes);
  });
  flushSalutation();
  rankStyledHeadings(styled);
  return finishOutline(raw, titleBlock);
}
