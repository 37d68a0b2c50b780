import { describe, expect, it } from 'vitest';
import { level, W_NS } from '../fixtures/word-package.ts';
import { formatNumber } from './number-formats.ts';
import { NumberingCounter, readNumbering } from './numbering.ts';

describe('formatNumber: Word number formats as Word and WPS show them', () => {
  it('Chinese counting: 一 … 十 十一 二十 二十一 一百零五', () => {
    const shown = [1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 105, 110].map((n) => formatNumber(n, 'chineseCounting'));
    expect(shown).toEqual(['一', '二', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十']);
    expect(formatNumber(3, 'chineseCountingThousand')).toBe('三');
  });

  it('legal, stems, circled, full-width, letters, roman, zero-padded', () => {
    expect(formatNumber(12, 'chineseLegalSimplified')).toBe('壹拾贰');
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect([1, 26, 27, 28].map((n) => formatNumber(n, 'upperLetter'))).toEqual(['A', 'Z', 'AA', 'BB']);
    expect(formatNumber(2, 'lowerLetter')).toBe('b');
    expect(formatNumber(14, 'upperRoman')).toBe('XIV');
    expect(formatNumber(4, 'lowerRoman')).toBe('iv');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect(formatNumber(7, 'decimal')).toBe('7');
    expect(formatNumber(7, 'bullet')).toBe('');
    expect(formatNumber(7, 'someFutureFormat')).toBe('7');
  });
});

function numbering(parts: string): ReturnType<typeof readNumbering> {
  return readNumbering(`<w:numbering xmlns:w="${W_NS}">${parts}</w:numbering>`);
}

const REPORT_LIST = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.')}${level(3, 'decimal', '（%4）')}</w:abstractNum>`;

describe('NumberingCounter: counting as Word counts', () => {
  it('renders level text with placeholders and resets deeper levels when a level is used', () => {
    const counter = new NumberingCounter(numbering(`${REPORT_LIST}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`));
    const labels = [[0], [1], [1], [2], [3], [3], [2], [0], [1], [2]].map(([ilvl]) => counter.next('1', ilvl as number)?.text);
    expect(labels).toEqual(['一、', '（一）', '（二）', '1.', '（1）', '（2）', '2.', '二、', '（一）', '1.']);
  });

  it('instances of one list continue its count; a start override restarts it once', () => {
    const counter = new NumberingCounter(numbering(`${REPORT_LIST}
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`));
    expect(counter.next('1', 0)?.text).toBe('一、');
    expect(counter.next('2', 0)?.text).toBe('二、');
    expect(counter.next('3', 0)?.text).toBe('一、');
    expect(counter.next('3', 0)?.text).toBe('二、');
    expect(counter.next('1', 0)?.text).toBe('三、');
  });

  it('a level override replaces the definition; numId 0 and unknown ids are not numbered', () => {
    const counter = new NumberingCounter(numbering(`${REPORT_LIST}
      <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${level(0, 'chineseCounting', '第%1部分', 1)}</w:lvlOverride></w:num>`));
    expect(counter.next('4', 0)?.text).toBe('第一部分');
    expect(counter.next('4', 0)?.text).toBe('第二部分');
    expect(counter.next('0', 0)).toBeUndefined();
    expect(counter.next('99', 0)).toBeUndefined();
  });

  it('legal numbering shows every level in decimal; lvlRestart 0 never restarts; start values count from there', () => {
    const counter = new NumberingCounter(numbering(`<w:abstractNum w:abstractNumId="5">${level(0, 'upperRoman', '%1.', 3)}${level(1, 'lowerLetter', '%1.%2', 1, '<w:isLgl/><w:lvlRestart w:val="0"/>')}</w:abstractNum>
      <w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num>`));
    expect(counter.next('5', 0)?.text).toBe('III.');
    expect(counter.next('5', 1)?.text).toBe('3.1');
    expect(counter.next('5', 0)?.text).toBe('IV.');
    expect(counter.next('5', 1)?.text).toBe('4.2');
  });

  it('keeps the suffix: tab by default, space or nothing when set', () => {
    const counter = new NumberingCounter(numbering(`<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '%2)', 1, '<w:suff w:val="nothing"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`));
    expect(counter.next('1', 0)).toEqual({ text: '1.', suffix: 'tab' });
    expect(counter.next('1', 1)).toEqual({ text: '1)', suffix: 'nothing' });
  });
});
