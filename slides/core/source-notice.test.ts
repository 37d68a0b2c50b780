import { describe, expect, it } from 'vitest';
import type { DeckMeta, SourceDocument } from './model.ts';
import { sourceNotices } from './source-notice.ts';

function source(format: DeckMeta['source']['format'], extra: Partial<SourceDocument>): DeckMeta['source'] {
  const document: SourceDocument = { paragraphs: 10, numbered: 0, headingStyles: 0, tables: 0, softBreaks: 0, revisions: 0, formatRevisions: 0, comments: 0, footnotes: 0, endnotes: 0, lost: [], ...extra };
  return { name: `report.${format}`, format, document };
}

describe('what the presenter and the CLI say about the source', () => {
  it('revisions accepted and comments left out, with counts, in English and Chinese', () => {
    expect(sourceNotices(source('docx', { revisions: 12, comments: 3 }), 'en')).toEqual(['This document has 12 unaccepted revisions and 3 comments; the slides and notes show the text with the changes accepted, without the comments.']);
    expect(sourceNotices(source('docx', { revisions: 12, comments: 3 }), 'zh-CN')).toEqual(['此文档有 12 处未接受的修订、3 条批注；幻灯片和讲稿采用接受全部修订后的文字，批注不进入幻灯片和讲稿。']);
    expect(sourceNotices(source('docx', { revisions: 1, formatRevisions: 2, comments: 1 }), 'en')[0]).toMatch(/^This document has 1 unaccepted revision, 2 unaccepted formatting changes and 1 comment;/);
    expect(sourceNotices(source('docx', { comments: 2 }), 'en')).toEqual(['This document has 2 comments; comments are not part of the slides or the notes.']);
  });

  it('what a .doc or a PDF could not carry', () => {
    expect(sourceNotices(source('doc', { lost: ['numbering'] }), 'zh-CN')).toEqual(['未能从此 .doc 文件读取：自动编号（自动编号的标题会缺少“一、”“（一）”等序号，另存为 .docx 可保留）。']);
    expect(sourceNotices(source('pdf', { lost: ['tables'] }), 'en')).toEqual(['Not read from this PDF: tables (a PDF does not mark them: they are read as lines of text).']);
  });

  it('why a .doc or .wps was read as text only, before what that lost; nothing when LibreOffice converted it', () => {
    const lost = ['numbering', 'heading-styles'] as const;
    const timeout = sourceNotices(source('wps', { lost: [...lost], conversion: { via: 'text', reason: 'timeout', detail: '60' } }), 'en');
    expect(timeout).toEqual([
      'LibreOffice took more than 60 s to convert this .wps file and was stopped, so only its text was read. Open it again, or save it as .docx.',
      'Not read from this .wps file: automatic list numbering (headings numbered by Word lack their 一、 （一）; save as .docx to keep them) and heading styles (headings are found by their written labels only).',
    ]);
    expect(sourceNotices(source('doc', { lost: [...lost], conversion: { via: 'text', reason: 'failed', detail: 'Error: source file could not be loaded' } }), 'zh-CN')[0]).toBe(
      'LibreOffice 未能转换此 .doc 文件（Error: source file could not be loaded），只读取了其文字。可在 Word/WPS 中另存为 .docx 后再打开。',
    );
    expect(sourceNotices(source('doc', { lost: [...lost], conversion: { via: 'text', reason: 'off' } }), 'zh-CN')[0]).toBe('LibreOffice 转换已关闭（PODIUM_SOFFICE=off），只读取了此 .doc 文件的文字。');
    expect(sourceNotices(source('doc', { numbered: 15, conversion: { via: 'libreoffice' } }), 'en')).toEqual([]);
  });

  it('nothing to say for a clean file or a deck without source details', () => {
    expect(sourceNotices(source('docx', { numbered: 4, tables: 1 }), 'en')).toEqual([]);
    expect(sourceNotices({ name: 'report.txt', format: 'txt' }, 'en')).toEqual([]);
  });
});
