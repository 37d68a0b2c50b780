/**
 * What reading the report found, in plain English for the command line: the format and encoding,
 * what was recognised (numbering, heading styles, tables, soft breaks, footnotes), tracked changes
 * and comments that were accepted, and what the format could not carry.
 */
import type { DeckModel, LostStructure, SourceDocument, SourceFormat } from '../core/model.ts';

const FORMAT_NAMES: Readonly<Record<SourceFormat, string>> = {
  txt: 'plain text',
  md: 'Markdown',
  docx: 'Word document (.docx)',
  doc: 'Word 97–2003 document (.doc)',
  wps: 'WPS document (.wps, Word 97–2003 format)',
  pdf: 'PDF with text',
};

/** What each lost structure means for the deck, as a phrase. */
const LOST: Readonly<Record<LostStructure, string>> = {
  numbering: 'automatic list numbering (headings numbered by Word are read without their 一、 （一） 1.)',
  'heading-styles': 'heading styles (headings are found by their written labels only)',
  revisions: 'a count of tracked changes (any are read as accepted)',
  comments: 'comments (counted only)',
  tables: 'tables (a PDF does not mark them: they are read as lines of text)',
  'footnote-places': 'where each footnote is referenced (they are kept with the last paragraph)',
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "Word document (.docx), named .doc" / "plain text, gb18030". */
export function formatLine(format: SourceFormat, document: SourceDocument | undefined): string {
  const parts = [FORMAT_NAMES[format]];
  if (document?.encoding) parts.push(`encoding ${document.encoding}`);
  if (document?.namedAs) parts.push(`named ${document.namedAs}: recognised by its content`);
  if (document?.pages !== undefined) parts.push(plural(document.pages, 'page'));
  return parts.join(', ');
}

/** What the reader recognised, or undefined for a text file (nothing to say beyond its encoding). */
export function recognisedLine(document: SourceDocument | undefined, format: SourceFormat): string | undefined {
  if (!document || format === 'txt' || format === 'md') return undefined;
  const found = [
    plural(document.paragraphs, 'paragraph'),
    ...(document.numbered > 0 ? [`${plural(document.numbered, 'numbered paragraph')} (list numbering rendered)`] : []),
    ...(document.headingStyles > 0 ? [plural(document.headingStyles, 'heading by style', 'headings by style')] : []),
    ...(document.tables > 0 ? [plural(document.tables, 'table')] : []),
    ...(document.softBreaks > 0 ? [`${plural(document.softBreaks, 'soft line break')} kept inside paragraphs`] : []),
    ...(document.footnotes > 0 ? [plural(document.footnotes, 'footnote')] : []),
    ...(document.endnotes > 0 ? [plural(document.endnotes, 'endnote')] : []),
    ...(document.droppedLines ? [`${plural(document.droppedLines, 'running header, footer or page number', 'running headers, footers and page numbers')} left out`] : []),
  ];
  return found.join(', ');
}

/**
 * The sentence the user must not miss: "This document has 12 unaccepted revisions and 3 comments;
 * the slides show the text with them accepted." Undefined when there is nothing to say.
 */
export function revisionsSentence(document: SourceDocument | undefined): string | undefined {
  if (!document) return undefined;
  const { revisions, formatRevisions, comments } = document;
  if (revisions + formatRevisions + comments === 0) return undefined;
  const changes = [
    ...(revisions > 0 ? [plural(revisions, 'unaccepted revision')] : []),
    ...(formatRevisions > 0 ? [plural(formatRevisions, 'unaccepted formatting change')] : []),
  ];
  const has = [...changes, ...(comments > 0 ? [plural(comments, 'comment')] : [])];
  const list = has.length > 1 ? `${has.slice(0, -1).join(', ')} and ${has.at(-1)}` : has[0];
  const accepted = changes.length > 0 ? 'the slides show the text with them accepted' : 'comments are not part of the slides or the notes';
  return `This document has ${list}; ${accepted}${changes.length > 0 && comments > 0 ? ', without the comments' : ''}.`;
}

/** One sentence naming what the format (or its reader) could not carry, or undefined. */
export function lostSentence(format: SourceFormat, document: SourceDocument | undefined): string | undefined {
  const lost = document?.lost ?? [];
  if (lost.length === 0) return undefined;
  const phrases = lost.map((item) => LOST[item]);
  const list = phrases.length > 1 ? `${phrases.slice(0, -1).join('; ')}; and ${phrases.at(-1)}` : phrases[0];
  const keep = format === 'doc' || format === 'wps' ? ' Save it as .docx in Word or WPS to keep them.' : format === 'pdf' ? ' The Word file it was printed from keeps them.' : '';
  return `Not read from this ${FORMAT_NAMES[format]}: ${list}.${keep}`;
}

/** Footnotes and endnotes with the slide they belong to: "3. 数据来源：县统计局。 (slide 5)". */
export function footnoteLines(deck: DeckModel): string[] {
  const lines: string[] = [];
  deck.slides.forEach((slide, index) => {
    for (const note of slide.footnotes ?? []) lines.push(`${lines.length + 1}. ${note.replace(/\s+/g, ' ')} (slide ${index + 1})`);
  });
  return lines;
}

/** Warnings for this deck's source (revisions accepted, structure lost): stderr of every command, part of `podium info`. */
export function sourceWarnings(deck: DeckModel): string[] {
  const { format, document } = deck.meta.source;
  return [revisionsSentence(document), lostSentence(format, document)].filter((line): line is string => line !== undefined);
}
