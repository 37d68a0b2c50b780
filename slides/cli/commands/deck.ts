import { addDeckOptions } from '../deck-options.ts';
import type { DeckCliOptions } from '../deck-options.ts';
import { formatDuration } from '../../core/index.ts';
import { loadDeck } from '../load-deck.ts';
import { renderTable } from '../table.ts';
import { truncateToWidth } from '../text-width.ts';
import type { RegisterCommand } from './command.ts';

/** `podium deck <file> [--json]`: the compiled deck, as JSON (the DeckModel) or as a list of slides. */
export const registerDeck: RegisterCommand = (program, io, text) => {
  addDeckOptions(
    program
      .command('deck')
      .description(text.t('cli.deck.description'))
      .argument('<file>', text.t('cli.arg.report'))
      .option('--json', text.t('cli.deck.json')),
    text,
  ).action(async (file: string, options: DeckCliOptions & { json?: boolean }) => {
    const { deck } = await loadDeck(file, options, { io, text });
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
      [
        { header: '#', align: 'right' },
        { header: text.t('cli.info.time'), align: 'right' },
        { header: text.t('cli.deck.kind') },
        { header: text.t('cli.deck.section') },
        { header: text.t('cli.deck.title') },
        { header: text.t('cli.deck.points'), align: 'right' },
      ],
      rows,
      [['', formatDuration(deck.meta.totalSeconds), '', '', text.t('cli.deck.count', { n: deck.slides.length }), '']],
    ));
  });
};
