import { describe, expect, it } from 'vitest';
import type { DeckModel, SourceDocument } from '../core/model.ts';
import { smallDeck } from '../../test/fixtures/small-deck.ts';
import { cliText } from './cli-text.ts';
import { formatLine, recognisedLine } from './source-summary.ts';

const document = (extra: Partial<SourceDocument>): SourceDocument => ({
  paragraphs: 49, numbered: 0, headingStyles: 0, tables: 0, softBreaks: 0, revisions: 0, formatRevisions: 0, comments: 0, footnotes: 0, endnotes: 0, lost: [], ...extra,
});
const deckFrom = (format: DeckModel['meta']['source']['format'], doc: SourceDocument): DeckModel => ({ ...smallDeck, meta: { ...smallDeck.meta, source: { name: `r.${format}`, format, document: doc } } });
const en = cliText('en');
const zh = cliText('zh-CN');

describe('what podium info says about the source', () => {
  it('names the format, the encoding, a misleading extension and the pages', () => {
    expect(formatLine('txt', document({ encoding: 'gb18030' }), en)).toBe('Format: plain text, encoding gb18030');
    expect(formatLine('docx', document({ namedAs: '.doc' }), en)).toBe('Format: Word document (.docx), named .doc: recognised by its content');
    expect(formatLine('pdf', document({ pages: 20 }), zh)).toBe('格式：含文字的 PDF，20 页');
    expect(formatLine('doc', document({ conversion: { via: 'libreoffice' } }), en)).toBe('Format: Word 97–2003 document (.doc), read as a .docx converted by LibreOffice');
    expect(formatLine('wps', document({ conversion: { via: 'text', reason: 'missing' } }), zh)).toBe('格式：WPS 文档（.wps，Word 97–2003 格式），只读取了文字（未经 LibreOffice 转换）');
  });

  it('says what was recognised, with the outline it gave', () => {
    const deck = deckFrom('docx', document({ numbered: 15, headingStyles: 2, tables: 1, softBreaks: 3, footnotes: 2 }));
    expect(recognisedLine(deck, en)).toBe(`Recognised: paragraphs 49, numbered paragraphs (list numbering rendered) 15, headings by style 2, tables 1, soft line breaks kept inside paragraphs 3, footnotes 2; sections ${smallDeck.sections.length}`);
    expect(recognisedLine(deckFrom('pdf', document({ pages: 20, droppedLines: 20 })), en)).toMatch(/running headers, footers and page numbers left out 20;/);
    expect(recognisedLine(deckFrom('txt', document({})), en)).toBeUndefined();
  });
});
