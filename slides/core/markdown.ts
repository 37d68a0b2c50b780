/**
 * Outline of a report written in Markdown (no explicit slide breaks): `#` headings, paragraphs,
 * lists, quotes, code, tables; markup removed from the text the speaker reads. Chinese labels in
 * headings or on lines of their own (一、, （一）) rank as in plain text. A line-based reader
 * rather than a full Markdown parser: it cannot recurse, so deep nesting costs nothing extra.
 */
import { readHeading } from './headings.ts';
import { stripInline } from './inline.ts';
import { finishOutline, isSalutation, ParagraphBuilder, type Outline, type RawBlock, type TitleBlock } from './outline.ts';

/** Markdown heading depth d ranks after every Chinese label style (0–4). */
const MARKDOWN_RANK_BASE = 10;

interface AtxHeading {
  depth: number;
  text: string;
}

function atxHeading(line: string): AtxHeading | undefined {
  let depth = 0;
  while (depth < line.length && depth < 7 && line[depth] === '#') depth++;
  if (depth === 0 || depth > 6 || (line[depth] !== ' ' && depth < line.length)) return undefined;
  let end = line.length;
  while (end > depth && (line[end - 1] === '#' || line[end - 1] === ' ')) end--;
  // "## Title ##": closing hashes go; "## C#" keeps its hash because no space precedes it.
  if (end < line.length && line[end] === '#' && line[end - 1] !== ' ' && end > depth) end = line.length;
  return { depth, text: line.slice(depth, end).trim() };
}

function quoteContent(line: string): string {
  let i = 0;
  while (i < line.length && (line[i] === '>' || line[i] === ' ')) i++;
  return line.slice(i);
}

const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])\s+/;
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;
const HORIZONTAL_RULE = /^(?:\*\s*){3,}$|^(?:_\s*){3,}$|^(?:-\s*){3,}$/;
const REFERENCE_DEFINITION = /^\[[^\]]{1,200}\]:\s+\S/;


/** Outline of normalised Markdown without front matter. */
export function outlineMarkdown(text: string): Outline {
  const lines = text.split('\n');
  const raw: RawBlock[] = [];
  const paragraph = new ParagraphBuilder();
  let inList = false;
  const endParagraph = (): void => {
    const text = paragraph.take();
    if (text !== '') raw.push({ type: 'paragraph', text });
    inList = false;
  };
  let fence = '';
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const rawLine = lines[i] as string;
    // Indentation is markup here (nesting, indented code); inside a fence it is the code's own.
    let line = rawLine.trimStart();
    if (fence !== '') {
      if (line.startsWith(fence)) {
        fence = '';
        endParagraph();
      } else {
        paragraph.add(rawLine, false);
      }
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (line.startsWith('<!--')) {
      if (!line.includes('-->')) inComment = true;
      continue;
    }
    const fenceMatch = /^(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      endParagraph();
      fence = fenceMatch[1] as string;
      continue;
    }
    if (line.startsWith('>')) line = quoteContent(line);
    if (line === '' || HORIZONTAL_RULE.test(line) || TABLE_RULE.test(line) || REFERENCE_DEFINITION.test(line)) {
      endParagraph();
      continue;
    }
    const heading = atxHeading(line);
    const setext = !heading && paragraph.isEmpty && /^=+$/.test(lines[i + 1] ?? '') ? line : undefined;
    if (heading || setext !== undefined) {
      endParagraph();
      const headingText = stripInline(heading ? heading.text : (setext as string)).trim();
      if (setext !== undefined) i++;
      if (headingText === '') continue; // a bare # is markup without text
      const labelled = readHeading(headingText);
      if (labelled && labelled.rest === '') {
        raw.push({ type: 'heading', rank: labelled.label.rank, label: labelled.label.label, text: labelled.text, raw: headingText });
      } else {
        raw.push({ type: 'heading', rank: MARKDOWN_RANK_BASE + (heading ? heading.depth : 1), label: '', text: headingText, raw: headingText });
      }
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      if (!inList) endParagraph();
      paragraph.add(stripInline(line.slice(item[0].length)), false);
      inList = true;
      continue;
    }
    const cells = line.startsWith('|') ? line.split('|').map((c) => c.trim()).filter((c) => c !== '').join(' ') : line;
    const plain = stripInline(cells);
    if (plain.trim() === '') continue;
    // A Chinese heading written as a plain line (一、…) is a heading here too.
    const labelled = paragraph.isEmpty ? readHeading(plain) : undefined;
    if (labelled) {
      raw.push({ type: 'heading', rank: labelled.label.rank, label: labelled.label.label, text: labelled.text, raw: labelled.raw });
      if (labelled.rest.trim() !== '') paragraph.add(labelled.rest.trim(), true);
      continue;
    }
    paragraph.add(plain, !inList);
  }
  endParagraph();
  return finishOutline(...takeTitle(raw));
}

/** A document whose only top-level heading comes first: that heading (and a salutation after it) is the title block. */
function takeTitle(raw: RawBlock[]): [RawBlock[], TitleBlock | undefined] {
  const first = raw[0];
  if (!first || first.type !== 'heading' || first.label !== '') return [raw, undefined];
  const sameRank = raw.filter((b) => b.type === 'heading' && b.label === '' && b.rank <= first.rank).length;
  if (sameRank !== 1) return [raw, undefined];
  const block: TitleBlock = { lines: [first.raw], title: first.text, byline: [] };
  let used = 1;
  const next = raw[1];
  if (next && next.type === 'paragraph' && !next.text.includes('\n') && isSalutation(next.text)) {
    block.lines.push(next.text);
    block.salutation = next.text;
    used = 2;
  }
  return [raw.slice(used), block];
}
