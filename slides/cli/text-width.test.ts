import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration.ts';
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

describe('durations', () => {
  it('parses minutes, mm:ss and h:mm:ss', () => {
    expect(parseDuration('50')).toBe(3000);
    expect(parseDuration('2.5')).toBe(150);
    expect(parseDuration('50:00')).toBe(3000);
    expect(parseDuration('1:05:30')).toBe(3930);
    for (const bad of ['', 'abc', '5:7', '5:60', '1:60:00', '-3', '50m']) expect(parseDuration(bad)).toBeUndefined();
  });

  it('formats as m:ss, with hours only when needed', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3000)).toBe('50:00');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(-12)).toBe('-0:12');
  });
});
