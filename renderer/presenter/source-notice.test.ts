import { describe, expect, it } from 'vitest';
import type { DeckModel, SourceDocument } from '../../slides/core/model.ts';
import { smallDeck } from '../../test/fixtures/small-deck.ts';
import { sourceNotice } from './source-notice.ts';

function withSource(format: DeckModel['meta']['source']['format'], extra: Partial<SourceDocument>): DeckModel {
  const document: SourceDocument = { paragraphs: 10, numbered: 0, headingStyles: 0, tables: 0, softBreaks: 0, revisions: 0, formatRevisions: 0, comments: 0, footnotes: 0, endnotes: 0, lost: [], ...extra };
  return { ...smallDeck, meta: { ...smallDeck.meta, source: { name: `report.${format}`, format, document } } };
}

describe('the presenter says what happened to the source (Chinese UI)', () => {
  it('revisions accepted and comments left out, with counts', () => {
    expect(sourceNotice(withSource('docx', { revisions: 12, comments: 3 }))).toBe('此文档有 12 处未接受的修订、3 条批注；幻灯片和讲稿采用接受全部修订后的文字，批注不进入幻灯片和讲稿。');
  });

  it('what a .doc or a PDF could not carry', () => {
    expect(sourceNotice(withSource('doc', { lost: ['numbering'] }))).toBe('未能从此 .doc 文件读取：自动编号（自动编号的标题会缺少“一、”“（一）”等序号，另存为 .docx 可保留）。');
    expect(sourceNotice(withSource('pdf', { lost: ['tables'] }))).toMatch(/^未能从此 PDF 读取：表格/);
  });

  it('nothing to say for a clean file or a deck without source details', () => {
    expect(sourceNotice(withSource('docx', { numbered: 4, tables: 1 }))).toBeUndefined();
    expect(sourceNotice(smallDeck)).toBeUndefined();
  });
});
