import type { DeckModel } from '../../core/model.ts';
import { addDeckOptions } from '../deck-options.ts';
import type { DeckCliOptions } from '../deck-options.ts';
import { formatDuration } from '../../core/index.ts';
import { loadDeck } from '../load-deck.ts';
import { renderTable } from '../table.ts';
import { truncateToWidth } from '../text-width.ts';
import type { RegisterCommand } from './command.ts';
import type { CliText } from '../cli-text.ts';
import { sourceNotices } from '../../core/source-notice.ts';
import { say } from '../../core/messages/catalogue.ts';
import { footnoteLines, formatLine, recognisedLine } from '../source-summary.ts';

interface OutlineRow {
  name: string;
  slides: number;
  seconds: number;
}

/** Slides in order, grouped by section; slides outside any section (title, closing) get a row of their own. */
export function outlineRows(deck: DeckModel, text: CliText): OutlineRow[] {
  const sections = new Map(deck.sections.map((section) => [section.id, section]));
  const rows: (OutlineRow & { key: string })[] = [];
  for (const slide of deck.slides) {
    const key = slide.sectionId ?? `(${slide.kind})`;
    let row = rows.at(-1);
    if (!row || row.key !== key) {
      const section = slide.sectionId ? sections.get(slide.sectionId) : undefined;
      const name = section ? `${section.label}${section.title}` : text.t(slide.kind === 'title' ? 'cli.info.title' : slide.kind === 'closing' ? 'cli.info.closing' : 'cli.info.opening');
      row = { key, name, slides: 0, seconds: 0 };
      rows.push(row);
    }
    row.slides++;
    row.seconds += slide.seconds;
  }
  return rows.map(({ name, slides, seconds }) => ({ name, slides, seconds }));
}

function rateText(deck: DeckModel, text: CliText): string {
  const units = deck.meta.readingUnits.toLocaleString('en-US');
  return deck.meta.lang === 'zh'
    ? text.t('cli.info.rateZh', { rate: deck.meta.rate.cjkPerMinute, units })
    : text.t('cli.info.rateEn', { rate: deck.meta.rate.wordsPerMinute, units });
}

function targetRow(deck: DeckModel, text: CliText): string[] | undefined {
  const target = deck.meta.targetSeconds;
  if (target === undefined) return undefined;
  const difference = deck.meta.totalSeconds - target;
  const verdict = difference > 0 ? text.t('cli.info.over', { time: formatDuration(difference) })
    : difference < 0 ? text.t('cli.info.spare', { time: formatDuration(-difference) })
    : text.t('cli.info.onTarget');
  return [text.t('cli.info.target'), '', formatDuration(target), verdict];
}

/** `podium info <file>`: the outline with slide counts and durations per section, the total and the target. */
export const registerInfo: RegisterCommand = (program, io, text) => {
  addDeckOptions(
    program
      .command('info')
      .description(text.t('cli.info.description'))
      .argument('<file>', text.t('cli.arg.report')),
    text,
  ).action(async (file: string, options: DeckCliOptions) => {
    const { deck } = await loadDeck(file, options);
    const { meta } = deck;
    const header = [
      meta.title,
      ...(meta.subtitle ? [meta.subtitle] : []),
      `${meta.source.name} · ${text.t(meta.lang === 'zh' ? 'cli.info.chinese' : 'cli.info.english')} · ${rateText(deck, text)} · ${meta.aspect} · ${meta.theme}`,
      formatLine(meta.source.format, meta.source.document, text),
      ...[recognisedLine(deck, text)].filter((line): line is string => line !== undefined),
      ...sourceNotices(meta.source, text.lang),
      // What the deck's settings did not mean to Podium as written (a theme replaced, …).
      ...(meta.notices ?? []).map((notice) => `${text.t('cli.info.note')}${say(text.lang, notice)}`),
    ];
    const notes = footnoteLines(deck, text);
    const footnotes = notes.length > 0 ? `\n\n${text.t('cli.source.footnotesHeading')}\n${notes.map((line) => `  ${line}`).join('\n')}\n` : '';
    const rows = outlineRows(deck, text).map((row) => [truncateToWidth(row.name, 56), String(row.slides), formatDuration(row.seconds), '']);
    const footer = [[text.t('cli.info.total'), String(deck.slides.length), formatDuration(meta.totalSeconds), '']];
    const target = targetRow(deck, text);
    if (target) footer.push(target);
    const table = renderTable(
      [{ header: text.t('cli.info.section') }, { header: text.t('cli.info.slides'), align: 'right' }, { header: text.t('cli.info.time'), align: 'right' }, { header: '' }],
      rows,
      footer,
    );
    io.out(`${header.join('\n')}\n\n${table}${footnotes}`);
  });
};
