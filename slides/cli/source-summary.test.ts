import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../core/model.ts';
import { formatLine, lostSentence, recognisedLine, revisionsSentence } from './source-summary.ts';

const document = (extra: Partial<SourceDocument>): SourceDocument => ({
  paragraphs: 49, numbered: 0, headingStyles: 0, tables: 0, softBreaks: 0, revisions: 0, formatRevisions: 0, comments: 0, footnotes: 0, endnotes: 0, lost: [], ...extra,
});

describe('what the CLI says about the source', () => {
  it('says plainly that revisions were accepted, with counts', () => {
    expect(revisionsSentence(document({ revisions: 12, comments: 3 }))).toBe('This document has 12 unaccepted revisions and 3 comments; the slides show the text with them accepted, without the comments.');
    expect(revisionsSentence(document({ revisions: 1, formatRevisions: 2 }))).toBe('This document has 1 unaccepted revision and 2 unaccepted formatting changes; the slides show the text with them accepted.');
    expect(revisionsSentence(document({ comments: 1 }))).toBe('This document has 1 comment; comments are not part of the slides or the notes.');
    expect(revisionsSentence(document({}))).toBeUndefined();
  });

  it('names the format, the encoding, a misleading extension and what was recognised', () => {
    expect(formatLine('txt', document({ encoding: 'gb18030' }))).toBe('plain text, encoding gb18030');
    expect(formatLine('docx', document({ namedAs: '.doc' }))).toBe('Word document (.docx), named .doc: recognised by its content');
    expect(recognisedLine(document({ numbered: 15, headingStyles: 2, tables: 1, softBreaks: 3, footnotes: 2 }), 'docx')).toBe(
      '49 paragraphs, 15 numbered paragraphs (list numbering rendered), 2 headings by style, 1 table, 3 soft line breaks kept inside paragraphs, 2 footnotes',
    );
    expect(recognisedLine(document({ pages: 20, droppedLines: 20 }), 'pdf')).toBe('49 paragraphs, 20 running headers, footers and page numbers left out');
    expect(recognisedLine(document({}), 'txt')).toBeUndefined();
  });

  it('says what a .doc cannot carry, and how to keep it', () => {
    expect(lostSentence('doc', document({ lost: ['numbering', 'heading-styles'] }))).toBe(
      'Not read from this Word 97–2003 document (.doc): automatic list numbering (headings numbered by Word are read without their 一、 （一） 1.); and heading styles (headings are found by their written labels only). Save it as .docx in Word or WPS to keep them.',
    );
    expect(lostSentence('docx', document({}))).toBeUndefined();
  });
});
