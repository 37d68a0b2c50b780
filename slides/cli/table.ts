import { padEnd, padStart, textWidth } from './text-width.ts';

/** A plain-text table whose columns line up with Chinese text in them (wide characters count double). */

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/** Rows are cells in column order; `footer` rows come after a rule (totals). */
export function renderTable(columns: Column[], rows: string[][], footer: string[][] = []): string {
  const all = [columns.map((c) => c.header), ...rows, ...footer];
  const widths = columns.map((_, i) => Math.max(...all.map((row) => textWidth(row[i] ?? ''))));
  const line = (row: string[]): string =>
    columns
      .map((column, i) => (column.align === 'right' ? padStart(row[i] ?? '', widths[i]!) : padEnd(row[i] ?? '', widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ').trimEnd();
  const out = [line(all[0]!), rule, ...rows.map(line)];
  if (footer.length > 0) out.push(rule, ...footer.map(line));
  return `${out.join('\n')}\n`;
}
