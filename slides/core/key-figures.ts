/**
 * A report's table that is a short list of indicators and their values (指标 | 数值 | 年均增长:
 * 地区生产总值 | X亿元 | X%) is shown to the hall as key figures — the cards of the figures layout
 * (layouts.ts), each value large over its indicator — rather than as a grid; its notes still read
 * the table row by row. Any other table stays a table. The same decision serves the views, the
 * slides PDF and the PPTX.
 */
import { MAX_FIGURES, MIN_FIGURES, type KeyFigure } from './layouts.ts';
import type { SlideTable } from './model.ts';
import { displayWidth } from './text.ts';

/** A key figure from a table row: indicator and value, and a third column's value with its header (年均增长 X%). */
export interface TableFigure extends KeyFigure {
  note?: string;
}

/** An indicator longer than this (in CJK characters) reads as text, not a label. */
const MAX_LABEL_WIDTH = 14;

/** A short figure as a table gives it: X亿元, 12.5%, −3.2, 1,200万, 3家. */
export function isFigure(cell: string): boolean {
  return cell.length <= 14 && /^[-+−]?[\dX０-９][\dX０-９.,，]*\s*\S{0,4}$/u.test(cell.trim());
}

/** The table's rows as key figures, or undefined when it is not a short list of indicators and values. */
export function keyFigures(table: SlideTable): TableFigure[] | undefined {
  const columns = Math.max(...table.rows.map((row) => row.length));
  if (columns < 2 || columns > 3) return undefined;
  const header = table.header ? table.rows[0] : undefined;
  const body = table.header ? table.rows.slice(1) : table.rows;
  if (body.length < MIN_FIGURES || body.length > MAX_FIGURES) return undefined;
  const noteHeader = header?.[2]?.trim() ?? '';
  const figures: TableFigure[] = [];
  for (const row of body) {
    const label = (row[0] ?? '').trim();
    const value = (row[1] ?? '').trim();
    const third = (row[2] ?? '').trim();
    if (label === '' || label.includes('\n') || displayWidth(label) > MAX_LABEL_WIDTH || !isFigure(value)) return undefined;
    if (third !== '' && !isFigure(third)) return undefined;
    const figure: TableFigure = { label, value };
    if (third !== '') figure.note = noteHeader ? `${noteHeader} ${third}` : third;
    figures.push(figure);
  }
  return figures;
}
