/**
 * What `podium info` says about the report's file beside its outline: the format and encoding
 * (and a misleading extension), what was recognised (numbering, heading styles, tables, soft
 * breaks, footnotes, running lines left out), and the footnotes with their slides.
 */
import type { MessageKey } from '../core/messages/catalogue.ts';
import type { DeckModel, SourceDocument, SourceFormat } from '../core/model.ts';
import type { CliText } from './cli-text.ts';

const FORMAT_NAMES: Readonly<Record<SourceFormat, MessageKey>> = {
  txt: 'cli.source.format.txt',
  md: 'cli.source.format.md',
  docx: 'cli.source.format.docx',
  doc: 'cli.source.format.doc',
  wps: 'cli.source.format.wps',
  pdf: 'cli.source.format.pdf',
};

/** "Format: Word document (.docx), named .doc: recognised by its content". */
export function formatLine(format: SourceFormat, document: SourceDocument | undefined, text: CliText): string {
  const parts = [text.t(FORMAT_NAMES[format])];
  if (document?.encoding) parts.push(text.t('cli.source.encoding', { encoding: document.encoding }));
  if (document?.namedAs) parts.push(text.t('cli.source.namedAs', { ext: document.namedAs }));
  if (document?.pages !== undefined) parts.push(text.t('cli.source.pages', { n: document.pages }));
  if (document?.conversion) parts.push(text.t(document.conversion.via === 'libreoffice' ? 'cli.source.viaOffice' : 'cli.source.textOnly'));
  return text.t('cli.source.format', { format: parts.join(text.t('cli.source.listJoin')) });
}

/** "Recognised: paragraphs 49, numbered paragraphs … 15, tables 1; sections 4, table slides 1" (documents only). */
export function recognisedLine(deck: DeckModel, text: CliText): string | undefined {
  const { format, document } = deck.meta.source;
  if (!document || format === 'txt' || format === 'md') return undefined;
  const counts: [MessageKey, number][] = [
    ['cli.source.numbered', document.numbered],
    ['cli.source.headingStyles', document.headingStyles],
    ['cli.source.tables', document.tables],
    ['cli.source.softBreaks', document.softBreaks],
    ['cli.source.footnotes', document.footnotes],
    ['cli.source.endnotes', document.endnotes],
    ['cli.source.dropped', document.droppedLines ?? 0],
  ];
  const found = [text.t('cli.source.paragraphs', { n: document.paragraphs }), ...counts.filter(([, n]) => n > 0).map(([key, n]) => text.t(key, { n }))];
  const tableSlides = deck.slides.filter((s) => s.table).length;
  const outline = [text.t('cli.source.sections', { n: deck.sections.length }), ...(tableSlides > 0 ? [text.t('cli.source.tableSlides', { n: tableSlides })] : [])];
  const join = text.t('cli.source.listJoin');
  return text.t('cli.source.recognised', { list: found.join(join), outline: outline.join(join) });
}

/** Footnotes and endnotes with the slide they belong to, numbered through the deck. */
export function footnoteLines(deck: DeckModel, text: CliText): string[] {
  const lines: string[] = [];
  deck.slides.forEach((slide, index) => {
    for (const note of slide.footnotes ?? []) lines.push(text.t('cli.source.footnote', { n: lines.length + 1, text: note.replace(/\s+/g, ' '), slide: index + 1 }));
  });
  return lines;
}
