import { addDeckOptions } from '../deck-options.ts';
import type { DeckCliOptions } from '../deck-options.ts';
import { formatDuration } from '../../core/index.ts';
import { loadDeck } from '../load-deck.ts';
import { renderTable } from '../table.ts';
import { truncateToWidth } from '../text-width.ts';
import { REPORT_ARGUMENT } from './command.ts';
import type { RegisterCommand } from './command.ts';

/** `podium deck <file> [--json]`: the compiled deck, as JSON (the DeckModel) or as a list of slides. */
export const registerDeck: RegisterCommand = (program, io) => {
  addDeckOptions(
    program
      .command('deck')
      .description('compile a report and print its slides (with --json: the whole DeckModel)')
      .argument('<file>', REPORT_ARGUMENT)
      .option('--json', 'print the DeckModel as JSON'),
  ).action(async (file: string, options: DeckCliOptions & { json?: boolean }) => {
    const { deck } = await loadDeck(file, options, io);
    if (options.json) {
      io.out(`${JSON.stringify(deck, null, 2)}\n`);
      return;
    }
    const rows = deck.slides.map((slide, i) => [
      String(i + 1),
      formatDuration(slide.seconds),
      slide.kind,
      slide.sectionPath.join(''),
      truncateToWidth(slide.title, 50) + (slide.part ? ` (${slide.part.index}/${slide.part.count})` : ''),
      String(slide.points.length),
    ]);
    io.out(renderTable(
      [{ header: '#', align: 'right' }, { header: 'Time', align: 'right' }, { header: 'Kind' }, { header: 'Section' }, { header: 'Title' }, { header: 'Points', align: 'right' }],
      rows,
      [['', formatDuration(deck.meta.totalSeconds), '', '', `${deck.slides.length} slides`, '']],
    ));
  });
};
