/**
 * word/document.xml → paragraphs and tables as the document shows them, with tracked changes
 * accepted: inserted and moved-to text kept, deleted and moved-from text dropped, a deleted
 * paragraph mark joining its paragraph to the next. Hidden text (w:vanish) and field codes are not
 * shown, so they are left out; soft line breaks stay inside the paragraph as \n; list numbering
 * is rendered in front of the paragraph; footnote and endnote references are taken out of the
 * text and their notes attached to the paragraph. Pictures are collected by relationship id so
 * that they can be attached to their paragraph.
 */
import type { SourceBlock, SourceDocument, SourceParagraph } from '../../core/model.ts';
import { NumberingCounter, type ListLabel, type NumberingDefinitions } from './numbering.ts';
import { paragraphOutlineLevel, type StyleInfo } from './styles.ts';
import { attr, child, children, intAttr, isOn, path, type XmlElement } from './xml.ts';

export type WordCounts = Pick<SourceDocument, 'paragraphs' | 'numbered' | 'headingStyles' | 'tables' | 'softBreaks' | 'revisions' | 'formatRevisions'>;

export interface WordParagraph extends SourceParagraph {
  /** Relationship ids of the pictures in the paragraph (word/_rels/document.xml.rels). */
  pictures?: string[];
}

export interface WordBody {
  blocks: (WordParagraph | Extract<SourceBlock, { type: 'table' }>)[];
  counts: WordCounts;
}

export interface WordContext {
  styles: Map<string, StyleInfo>;
  numbering: NumberingDefinitions;
  /** Footnote and endnote texts by id. */
  footnotes: Map<string, string>;
  endnotes: Map<string, string>;
  /** The default paragraph style's id (w:default="1"), for paragraphs without w:pStyle. */
  defaultStyle?: string;
}

/** Elements whose content is shown (descend into them). */
const TRANSPARENT = new Set(['hyperlink', 'smartTag', 'customXml', 'sdt', 'sdtContent', 'fldSimple', 'ins', 'moveTo', 'bdo', 'dir', 'ruby', 'rubyBase']);
/** Tracked removals: not shown once the changes are accepted. */
const REMOVED = new Set(['del', 'moveFrom']);
/** Tracked formatting changes (the text is unchanged). */
const FORMAT_CHANGES = new Set(['rPrChange', 'pPrChange', 'sectPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'tblGridChange', 'numberingChange']);

interface ParagraphState {
  text: string;
  footnotes: string[];
  pictures: string[];
  /** Inside a complex field's instruction (between w:fldChar begin and separate). */
  inFieldCode: boolean;
}

class BodyReader {
  private readonly counter: NumberingCounter;
  readonly counts: WordCounts = { paragraphs: 0, numbered: 0, headingStyles: 0, tables: 0, softBreaks: 0, revisions: 0, formatRevisions: 0 };
  readonly blocks: WordBody['blocks'] = [];
  /** A paragraph whose mark was deleted: the next paragraph joins it. */
  private carried: WordParagraph | undefined;
  /** Table nesting: paragraphs in cells are not counted as the document's paragraphs. */
  private depth = 0;

  constructor(private readonly context: WordContext) {
    this.counter = new NumberingCounter(context.numbering);
  }

  /** Counts tracked changes anywhere below `node` (once per change element). */
  countRevisions(node: XmlElement): void {
    const stack = [node];
    while (stack.length > 0) {
      const current = stack.pop() as XmlElement;
      for (const element of children(current)) {
        const name = element.localName;
        if (name === 'ins' || name === 'del' || name === 'moveFrom' || name === 'moveTo') {
          // A change that is only a paragraph mark or a run property is still a change to accept.
          this.counts.revisions++;
        } else if (name !== null && FORMAT_CHANGES.has(name)) {
          this.counts.formatRevisions++;
          continue;
        }
        stack.push(element);
      }
    }
  }

  body(container: XmlElement, into: WordBody['blocks']): void {
    for (const element of children(container)) {
      switch (element.localName) {
        case 'p':
          this.paragraph(element, into);
          break;
        case 'tbl':
          this.flush(into);
          into.push(this.table(element));
          break;
        case 'sdt':
          this.body(child(element, 'sdtContent') ?? element, into);
          break;
        case 'customXml':
        case 'ins':
        case 'moveTo':
          this.body(element, into);
          break;
        default:
          break;
      }
    }
  }

  /** Ends a paragraph left open by a deleted paragraph mark (at the end of a cell or the body). */
  flush(into: WordBody['blocks']): void {
    if (this.carried) into.push(this.carried);
    this.carried = undefined;
  }

  private table(tbl: XmlElement): Extract<SourceBlock, { type: 'table' }> {
    this.counts.tables++;
    this.depth++;
    const rows: string[][] = [];
    for (const tr of children(tbl)) {
      if (tr.localName !== 'tr') continue;
      // A deleted row (tracked) is gone once changes are accepted.
      if (child(child(tr, 'trPr'), 'del')) continue;
      const cells: string[] = [];
      for (const tc of children(tr)) {
        const cellElement = tc.localName === 'sdt' ? child(child(tc, 'sdtContent'), 'tc') : tc;
        if (!cellElement || cellElement.localName !== 'tc') continue;
        const merged = path(cellElement, 'tcPr', 'vMerge');
        const continues = merged !== undefined && (attr(merged, 'val') ?? 'continue') === 'continue';
        const inner: WordBody['blocks'] = [];
        this.body(cellElement, inner);
        this.flush(inner);
        const text = inner.map((b) => (b.type === 'paragraph' ? b.text : b.rows.map((r) => r.join(' ')).join('\n'))).filter((t) => t !== '').join('\n');
        cells.push(continues ? '' : text);
        const span = intAttr(path(cellElement, 'tcPr', 'gridSpan'), 'val') ?? 1;
        for (let k = 1; k < span; k++) cells.push('');
      }
      rows.push(cells);
    }
    this.depth--;
    return { type: 'table', rows };
  }

  private paragraph(p: XmlElement, into: WordBody['blocks']): void {
    const pPr = child(p, 'pPr');
    const styleId = attr(child(pPr, 'pStyle'), 'val') ?? this.context.defaultStyle;
    const style = styleId !== undefined ? this.context.styles.get(styleId) : undefined;
    const state: ParagraphState = { text: '', footnotes: [], pictures: [], inFieldCode: false };
    this.inline(p, state);
    const markDeleted = child(path(pPr, 'rPr'), 'del') !== undefined;

    // Numbering: the paragraph's own w:numPr, else its style's.
    const numPr = child(pPr, 'numPr');
    const numId = attr(child(numPr, 'numId'), 'val') ?? style?.numId;
    const ilvl = intAttr(child(numPr, 'ilvl'), 'val') ?? (numPr && attr(child(numPr, 'numId'), 'val') !== undefined ? 0 : style?.ilvl ?? 0);
    const own = paragraphOutlineLevel(intAttr(child(pPr, 'outlineLvl'), 'val'));
    const headingLevel = own === null ? undefined : own ?? style?.headingLevel;

    if (this.carried) {
      // The previous paragraph's mark was deleted: this paragraph's text runs on in it.
      this.carried.text += state.text;
      this.carried.footnotes = [...(this.carried.footnotes ?? []), ...state.footnotes];
      if (!markDeleted) this.flush(into);
      return;
    }
    // An empty paragraph shows nothing, not even its number: Word hides the label of an empty
    // list item only when it is a deleted one, but an empty numbered line carries no text to read.
    const label = numId !== undefined && !this.isEmpty(state) ? this.counter.next(numId, ilvl) : undefined;
    if (this.depth === 0) this.counts.paragraphs++;
    const paragraph: WordParagraph = { type: 'paragraph', text: labelled(label, state.text) };
    if (label && label.text !== '') this.counts.numbered++;
    if (headingLevel !== undefined && state.text.trim() !== '') {
      paragraph.headingLevel = headingLevel;
      this.counts.headingStyles++;
    }
    if (state.footnotes.length > 0) paragraph.footnotes = state.footnotes;
    if (state.pictures.length > 0) paragraph.pictures = state.pictures;
    if (markDeleted) {
      this.carried = paragraph;
      return;
    }
    into.push(paragraph);
  }

  private isEmpty(state: ParagraphState): boolean {
    return state.text.trim() === '' && state.pictures.length === 0;
  }

  /** The shown text of a paragraph's content (runs, links, fields, inserted text). */
  private inline(node: XmlElement, state: ParagraphState): void {
    for (const element of children(node)) {
      const name = element.localName ?? '';
      if (name === 'r') this.run(element, state);
      else if (TRANSPARENT.has(name)) this.inline(name === 'sdt' ? (child(element, 'sdtContent') ?? element) : element, state);
      else if (REMOVED.has(name) || name === 'pPr') continue;
    }
  }

  private run(r: XmlElement, state: ParagraphState): void {
    const rPr = child(r, 'rPr');
    if (isOn(child(rPr, 'vanish')) || isOn(child(rPr, 'specVanish'))) return;
    for (const element of children(r)) {
      switch (element.localName) {
        case 't':
          if (!state.inFieldCode) state.text += element.textContent ?? '';
          break;
        case 'tab':
        case 'ptab':
          if (!state.inFieldCode) state.text += '\t';
          break;
        case 'br':
        case 'cr': {
          const type = attr(element, 'type');
          if (type === 'page' || type === 'column') break; // a page break is layout, not text
          state.text += '\n';
          this.counts.softBreaks++;
          break;
        }
        case 'noBreakHyphen':
          state.text += '-';
          break;
        case 'sym': {
          const code = attr(element, 'char');
          const value = code !== undefined ? Number.parseInt(code, 16) : NaN;
          // Symbol-font private-use codes (F0xx) are glyphs of a font, not characters: left out.
          if (Number.isFinite(value) && (value < 0xe000 || value > 0xf8ff)) state.text += String.fromCodePoint(value);
          break;
        }
        case 'fldChar': {
          const type = attr(element, 'fldCharType');
          if (type === 'begin') state.inFieldCode = true;
          else if (type === 'separate' || type === 'end') state.inFieldCode = false;
          break;
        }
        case 'footnoteReference':
        case 'endnoteReference': {
          const id = attr(element, 'id') ?? '';
          const note = (element.localName === 'footnoteReference' ? this.context.footnotes : this.context.endnotes).get(id);
          if (note !== undefined && note !== '') state.footnotes.push(note);
          break;
        }
        case 'drawing':
        case 'pict':
        case 'object': {
          for (const blip of element.getElementsByTagNameNS('*', 'blip')) {
            const id = attr(blip as XmlElement, 'embed');
            if (id !== undefined) state.pictures.push(id);
          }
          break;
        }
        case 'AlternateContent':
          // Newer drawing markup with a fallback: pictures only, from the first choice.
          break;
        default:
          break;
      }
    }
  }
}

/** Label and text as shown: 一、过去五年 (no gap after a CJK label), 1. Introduction. */
function labelled(label: ListLabel | undefined, text: string): string {
  if (!label || label.text === '') return text;
  if (label.suffix === 'nothing') return label.text + text;
  const body = text.replace(/^[\t ]+/, '');
  const shown = label.text.trimEnd();
  // A level text that ends in its own space (第%1部分 ) keeps one; a CJK label needs no gap.
  const spaced = shown !== label.text;
  const last = shown.codePointAt(shown.length - 1) ?? 0;
  const cjk = last >= 0x2e80 || (last >= 0x2460 && last <= 0x24ff);
  return spaced || !cjk ? `${shown} ${body}` : shown + body;
}

/** The body of word/document.xml (its w:body element) as blocks, with the counts for `podium info`. */
export function readBody(body: XmlElement, context: WordContext): WordBody {
  const reader = new BodyReader(context);
  reader.countRevisions(body);
  reader.body(body, reader.blocks);
  reader.flush(reader.blocks);
  return { blocks: reader.blocks, counts: reader.counts };
}

/**
 * Footnotes or endnotes part → text by id (separator notes, ids -1 and 0 in Word, are skipped by
 * type). Tracked changes in the notes are accepted like the body's and added to `changes`.
 */
export function readNotes(root: XmlElement | undefined, context: WordContext, changes?: Pick<WordCounts, 'revisions' | 'formatRevisions'>): Map<string, string> {
  const notes = new Map<string, string>();
  if (!root) return notes;
  for (const note of children(root)) {
    const type = attr(note, 'type');
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    const reader = new BodyReader({ ...context, footnotes: new Map(), endnotes: new Map() });
    reader.countRevisions(note);
    if (changes) {
      changes.revisions += reader.counts.revisions;
      changes.formatRevisions += reader.counts.formatRevisions;
    }
    reader.body(note, reader.blocks);
    reader.flush(reader.blocks);
    // One line per note: a note's paragraphs and soft breaks are joined by spaces.
    const text = reader.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.rows.map((r) => r.join(' ')).join(' '))).join(' ').replace(/\s+/g, ' ').trim();
    notes.set(attr(note, 'id') ?? '', text);
  }
  return notes;
}
