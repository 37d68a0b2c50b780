/**
 * Word 97–2003 (.doc) and WPS (.wps, the same binary format) → blocks, with word-extractor
 * (MIT, pure JavaScript). It gives the text of the body with deleted revisions removed, and the
 * footnotes, endnotes and comments as separate texts; it does not give paragraph styles, list
 * numbering (Word draws automatic numbers, they are not in the text) or where each footnote
 * is referenced. What it cannot give is reported as lost, so the user knows to use a .docx.
 */
import WordExtractor from 'word-extractor';
import type { LostStructure, SourceBlock, SourceDocument, SourceParagraph } from '../../core/model.ts';

const KEEP_TYPOGRAPHY = { filterUnicode: false } as const;

function lines(text: string): string[] {
  return text.split(/\r\n?|\n/).map((line) => line.trim()).filter((line) => line !== '');
}

/**
 * In the extracted body a table row is one line whose cells each end with a tab (word-extractor
 * turns the cell mark into a tab). Lines of that shape, with two cells or more, are table rows.
 */
function tableRow(line: string): string[] | undefined {
  if (!line.endsWith('\t')) return undefined;
  const cells = line.slice(0, -1).split('\t').map((cell) => cell.trim());
  return cells.length >= 2 ? cells : undefined;
}

function blocksOf(body: string): { blocks: SourceBlock[]; tables: number; paragraphs: number } {
  const blocks: SourceBlock[] = [];
  let tables = 0;
  let paragraphs = 0;
  for (const raw of body.split(/\r\n?|\n/)) {
    const row = tableRow(raw.replace(/^ +| +$/g, '').replace(/\t+$/, '\t'));
    const last = blocks[blocks.length - 1];
    if (row) {
      if (last?.type === 'table') last.rows.push(row);
      else {
        blocks.push({ type: 'table', rows: [row] });
        tables++;
      }
      continue;
    }
    const text = raw.trim();
    if (text === '') continue;
    blocks.push({ type: 'paragraph', text: text.replace(/\t+/g, ' ') });
    paragraphs++;
  }
  return { blocks, tables, paragraphs };
}

export interface DocContent {
  blocks: SourceBlock[];
  document: SourceDocument;
}

export async function readDoc(bytes: Uint8Array): Promise<DocContent> {
  const extracted = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const { blocks, tables, paragraphs } = blocksOf(extracted.getBody(KEEP_TYPOGRAPHY));
  const footnotes = lines(extracted.getFootnotes(KEEP_TYPOGRAPHY));
  const endnotes = lines(extracted.getEndnotes(KEEP_TYPOGRAPHY));
  const comments = lines(extracted.getAnnotations(KEEP_TYPOGRAPHY));
  const lost: LostStructure[] = ['numbering', 'heading-styles', 'revisions'];
  const notes = [...footnotes, ...endnotes];
  if (notes.length > 0) {
    // Where each note was referenced is not known: they go with the last paragraph, as endnotes.
    lost.push('footnote-places');
    const last = [...blocks].reverse().find((b): b is SourceParagraph => b.type === 'paragraph');
    if (last) last.footnotes = notes;
  }
  if (comments.length > 0) lost.push('comments');
  return {
    blocks,
    document: {
      paragraphs,
      numbered: 0,
      headingStyles: 0,
      tables,
      softBreaks: 0,
      revisions: 0,
      formatRevisions: 0,
      comments: comments.length,
      footnotes: footnotes.length,
      endnotes: endnotes.length,
      lost,
    },
  };
}
