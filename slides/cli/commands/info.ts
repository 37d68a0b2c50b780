import type { DeckModel } from '../../core/model.ts';
import { addDeckOptions } from '../deck-options.ts';
import type { DeckCliOptions } from '../deck-options.ts';
import { formatDuration } from '../../core/index.ts';
import { loadDeck } from '../load-deck.ts';
import { renderTable } from '../table.ts';
import { truncateToWidth } from '../text-width.ts';
import { footnoteLines, formatLine, recognisedLine, sourceWarnings } from '../source-summary.ts';
import { REPORT_ARGUMENT } from './command.ts';
import type { RegisterCommand } from './command.ts';

interface OutlineRow {
  name: string;
  slides: number;
  seconds: number;
}

/** Slides in order, grouped by section; slides outside any section (title, closing) get a row of their own. */
export function outlineRows(deck: DeckModel): OutlineRow[] {
  const sections = new Map(deck.sections.map((section) => [section.id, section]));
  const rows: (OutlineRow & { key: string })[] = [];
  for (const slide of deck.slides) {
    const key = slide.sectionId ?? `(${slide.kind})`;
    let row = rows.at(-1);
    if (!row || row.key !== key) {
      const section = slide.sectionId ? sections.get(slide.sectionId) : undefined;
      const name = section ? `${section.label}${section.title}` : slide.kind === 'title' ? '(title)' : slide.kind === 'closing' ? '(closing)' : '(opening)';
      row = { key, name, slides: 0, seconds: 0 };
      rows.push(row);
    }
    row.slides++;
    row.seconds += slide.seconds;
  }
  return rows.map(({ name, slides, seconds }) => ({ name, slides, seconds }));
}

function outlineSummary(deck: DeckModel): string {
  const tables = deck.slides.filter((s) => s.table).length;
  return `${deck.sections.length} section${deck.sections.length === 1 ? '' : 's'}${tables > 0 ? `, ${tables} table slide${tables === 1 ? '' : 's'}` : ''}`;
}

function rateText(deck: DeckModel): string {
  return deck.meta.lang === 'zh'
    ? `${deck.meta.rate.cjkPerMinute} characters/min, ${deck.meta.readingUnits.toLocaleString('en-US')} characters`
    : `${deck.meta.rate.wordsPerMinute} words/min, ${deck.meta.readingUnits.toLocaleString('en-US')} words`;
}

function targetRow(deck: DeckModel): string[] | undefined {
  const target = deck.meta.targetSeconds;
  if (target === undefined) return undefined;
  const difference = deck.meta.totalSeconds - target;
  const verdict = difference > 0 ? `${formatDuration(difference)} over` : difference < 0 ? `${formatDuration(-difference)} to spare` : 'on target';
  return ['Target', '', formatDuration(target), verdict];
}

/** `podium info <file>`: the outline with slide counts and durations per section, the total and the target. */
export const registerInfo: RegisterCommand = (program, io) => {
  addDeckOptions(
    program
      .command('info')
      .description('print the outline: slides and reading time per section, the total and the target')
      .argument('<file>', REPORT_ARGUMENT),
  ).action(async (file: string, options: DeckCliOptions) => {
    const { deck } = await loadDeck(file, options, undefined);
    const { meta } = deck;
    const { format, document } = meta.source;
    const recognised = recognisedLine(document, format);
    const header = [
      meta.title,
      ...(meta.subtitle ? [meta.subtitle] : []),
      `${meta.source.name} · ${meta.lang === 'zh' ? 'Chinese' : 'English'} · ${rateText(deck)} · ${meta.aspect} · ${meta.theme}`,
      `Format: ${formatLine(format, document)}`,
      ...(recognised ? [`Recognised: ${recognised}; ${outlineSummary(deck)}`] : []),
      ...sourceWarnings(deck),
    ];
    const notes = footnoteLines(deck);
    const footnotes = notes.length > 0 ? `\n\nFootnotes and endnotes (not read aloud; printed in the reading copy):\n${notes.map((line) => `  ${line}`).join('\n')}\n` : '';
    const rows = outlineRows(deck).map((row) => [truncateToWidth(row.name, 56), String(row.slides), formatDuration(row.seconds), '']);
    const footer = [['Total', String(deck.slides.length), formatDuration(meta.totalSeconds), '']];
    const target = targetRow(deck);
    if (target) footer.push(target);
    const table = renderTable(
      [{ header: 'Section' }, { header: 'Slides', align: 'right' }, { header: 'Time', align: 'right' }, { header: '' }],
      rows,
      footer,
    );
    io.out(`${header.join('\n')}\n\n${table}${footnotes}`);
  });
};
