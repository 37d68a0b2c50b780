/**
 * A .docx (WordprocessingML package) → the document's blocks and what was found in it. The
 * package is opened with JSZip and its parts parsed with @xmldom/xmldom; mammoth is not used here
 * because it drops what a report's outline needs (list numbering text, heading outline levels,
 * tracked changes and comment counts).
 */
import JSZip from 'jszip';
import type { SourceBlock, SourceDocument } from '../../core/model.ts';
import { readBody, readNotes, type WordContext, type WordParagraph } from './document.ts';
import { readNumbering } from './numbering.ts';
import { readStyles } from './styles.ts';
import { attr, child, children, descendants, parseXml } from './xml.ts';

const OFFICE_DOCUMENT = /\/officeDocument$/;

export interface DocxContent {
  blocks: SourceBlock[];
  /** Pictures per paragraph (relationship ids resolved to package paths), in block order. */
  pictures: Map<WordParagraph, string[]>;
  document: SourceDocument;
}

/** Relationship targets of a part, by type suffix (styles, numbering, footnotes …) and by id. */
interface Relationships {
  byType: Map<string, string>;
  byId: Map<string, string>;
}

function joinPath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

async function partText(zip: JSZip, name: string | undefined): Promise<string | undefined> {
  if (name === undefined) return undefined;
  const entry = zip.file(name);
  return entry ? entry.async('string') : undefined;
}

async function relationships(zip: JSZip, part: string): Promise<Relationships> {
  const folder = part.includes('/') ? part.slice(0, part.lastIndexOf('/') + 1) : '';
  const file = part.slice(folder.length);
  const xml = await partText(zip, `${folder}_rels/${file}.rels`);
  const rels: Relationships = { byType: new Map(), byId: new Map() };
  if (xml === undefined) return rels;
  const root = parseXml(xml, `${folder}_rels/${file}.rels`).documentElement;
  for (const rel of root ? children(root) : []) {
    const target = attr(rel, 'Target');
    if (target === undefined || attr(rel, 'TargetMode') === 'External') continue;
    const resolved = joinPath(part, target);
    const type = (attr(rel, 'Type') ?? '').split('/').pop() ?? '';
    if (!rels.byType.has(type)) rels.byType.set(type, resolved);
    rels.byId.set(attr(rel, 'Id') ?? '', resolved);
  }
  return rels;
}

/** Throws an Error saying what is wrong when the package has no Word document in it. */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const packageRels = await relationships(zip, '');
  const mainPart = [...packageRels.byType.entries()].find(([type]) => OFFICE_DOCUMENT.test(`/${type}`))?.[1] ?? 'word/document.xml';
  const mainXml = await partText(zip, mainPart);
  if (mainXml === undefined) throw new Error('Could not find main document part (word/document.xml): this ZIP is not a Word document');
  const rels = await relationships(zip, mainPart);
  const [stylesXml, numberingXml, footnotesXml, endnotesXml, commentsXml] = await Promise.all(
    ['styles', 'numbering', 'footnotes', 'endnotes', 'comments'].map((type) => partText(zip, rels.byType.get(type))),
  );
  const stylesRoot = stylesXml !== undefined ? parseXml(stylesXml, 'word/styles.xml').documentElement : undefined;
  const defaultStyle = stylesRoot
    ? children(stylesRoot).find((s) => s.localName === 'style' && attr(s, 'type') === 'paragraph' && ['1', 'true', 'on'].includes(attr(s, 'default') ?? ''))
    : undefined;
  const context: WordContext = {
    styles: readStyles(stylesXml),
    numbering: readNumbering(numberingXml),
    footnotes: new Map(),
    endnotes: new Map(),
  };
  const defaultId = defaultStyle ? attr(defaultStyle, 'styleId') : undefined;
  if (defaultId !== undefined) context.defaultStyle = defaultId;
  // Notes may use lists of their own; they get their own counters (a reader per part). Their tracked changes count with the body's.
  const noteChanges = { revisions: 0, formatRevisions: 0 };
  context.footnotes = readNotes(footnotesXml !== undefined ? parseXml(footnotesXml, 'word/footnotes.xml').documentElement ?? undefined : undefined, context, noteChanges);
  context.endnotes = readNotes(endnotesXml !== undefined ? parseXml(endnotesXml, 'word/endnotes.xml').documentElement ?? undefined : undefined, context, noteChanges);
  const documentRoot = parseXml(mainXml, mainPart).documentElement;
  const body = documentRoot ? child(documentRoot, 'body') : undefined;
  if (!body) throw new Error('The main document part has no body');
  const { blocks, counts } = readBody(body, context);
  const commentsRoot = commentsXml !== undefined ? parseXml(commentsXml, 'word/comments.xml').documentElement : undefined;
  const comments = commentsRoot ? descendants(commentsRoot, 'comment').length : 0;
  const pictures = new Map<WordParagraph, string[]>();
  for (const block of blocks) {
    if (block.type === 'paragraph' && block.pictures) pictures.set(block, block.pictures.map((id) => rels.byId.get(id) ?? id));
  }
  const document: SourceDocument = {
    ...counts,
    revisions: counts.revisions + noteChanges.revisions,
    formatRevisions: counts.formatRevisions + noteChanges.formatRevisions,
    comments,
    footnotes: [...context.footnotes.values()].filter((n) => n !== '').length,
    endnotes: [...context.endnotes.values()].filter((n) => n !== '').length,
    lost: [],
  };
  const plain = blocks.map((block): SourceBlock => {
    if (block.type !== 'paragraph' || !block.pictures) return block;
    const copy: WordParagraph = { ...block };
    delete copy.pictures;
    return copy;
  });
  return { blocks: plain, pictures, document };
}
