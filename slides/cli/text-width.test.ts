import { describe, expect, it } from 'vitest';
import { renderTable } from './table.ts';
import { padEnd, textWidth, truncateToWidth } from './text-width.ts';

describe('textWidth', () => {
  it('counts Han, full-width punctuation and kana as two columns, ASCII as one, marks as none', () => {
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('一、过去五年')).toBe(12);
    expect(textWidth('（一）')).toBe(6);
    expect(textWidth('R&D经费')).toBe(7);
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('𠮷')).toBe(2);
    expect(textWidth('“八八战略”')).toBe(10);
  });

  it('pads and truncates by columns, not characters', () => {
    expect(padEnd('过去', 6)).toBe('过去  ');
    expect(truncateToWidth('过去五年的工作回顾', 9)).toBe('过去五年…');
    expect(textWidth(truncateToWidth('过去五年的工作回顾', 9))).toBeLessThanOrEqual(9);
    expect(truncateToWidth('short', 9)).toBe('short');
  });
});

describe('renderTable', () => {
  it('lines up columns that hold Chinese text', () => {
    const table = renderTable(
      [{ header: 'Section' }, { header: 'Slides', align: 'right' }, { header: 'Time', align: 'right' }],
      [['一、过去五年的工作回顾', '14', '12:34'], ['Closing', '1', '0:20']],
      [['Total', '15', '12:54']],
    );
    const lines = table.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    // Every line ends where the Time column ends.
    expect(new Set(lines.map(textWidth)).size).toBe(1);
    expect(lines[2]).toBe('一、过去五年的工作回顾      14  12:34');
  });
});
