import { addDeckOptions } from '../deck-options.ts';
import type { DeckCliOptions } from '../deck-options.ts';
import { deckAids, type Aid } from '../../core/aids/index.ts';
import { loadDeck } from '../load-deck.ts';
import { renderTable } from '../table.ts';
import type { RegisterCommand } from './command.ts';
import type { MessageKey } from '../../core/messages/catalogue.ts';

/** What `--json` prints for each aid: exactly these keys, in this order. */
export interface AidJson {
  slide: string;
  kind: Aid['kind'];
  text: string;
  reading: string;
}

const WHY: Record<Aid['source'], MessageKey> = {
  rare: 'aids.why.rare',
  tricky: 'aids.why.tricky',
  deck: 'aids.why.deck',
  figure: 'aids.why.figure',
};

/**
 * `podium aids <file> [--json]`: every speaker aid of the deck (the built-in lists and
 * the file's own `pronounce:`), for the staff to check before the reading copy is printed.
 */
export const registerAids: RegisterCommand = (program, io, text) => {
  addDeckOptions(
    program
      .command('aids')
      .description(text.t('cli.aids.description'))
      .argument('<file>', text.t('cli.arg.report'))
      .option('--json', text.t('cli.aids.json')),
    text,
  ).action(async (file: string, options: DeckCliOptions & { json?: boolean }) => {
    const { deck } = await loadDeck(file, options);
    const aids = deckAids(deck);
    if (options.json) {
      const list: AidJson[] = aids.map((aid) => ({ slide: aid.slide, kind: aid.kind, text: aid.text, reading: aid.reading }));
      io.out(`${JSON.stringify(list, null, 2)}\n`);
      return;
    }
    const number = new Map(deck.slides.map((slide, index) => [slide.id, index + 1]));
    const rows = aids.map((aid) => [String(number.get(aid.slide) ?? ''), aid.kind, aid.text, aid.reading, text.t(WHY[aid.source])]);
    io.out(renderTable(
      [{ header: '#', align: 'right' }, { header: text.t('cli.deck.kind') }, { header: text.t('aids.col.text') }, { header: text.t('aids.col.reading') }, { header: text.t('aids.col.why') }],
      rows,
      [['', '', text.t('cli.aids.count', { n: aids.length }), '', '']],
    ));
  });
};
