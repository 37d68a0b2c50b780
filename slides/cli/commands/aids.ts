import { addDeckOptions } from '../deck-options.ts';
import type { DeckCliOptions } from '../deck-options.ts';
import { deckAids, type Aid } from '../../core/aids/index.ts';
import { loadDeck } from '../load-deck.ts';
import { renderTable } from '../table.ts';
import { REPORT_ARGUMENT } from './command.ts';
import type { RegisterCommand } from './command.ts';

/** What `--json` prints for each aid: exactly these keys, in this order. */
export interface AidJson {
  slide: string;
  kind: Aid['kind'];
  text: string;
  reading: string;
}

const WHY: Record<Aid['source'], string> = {
  rare: 'rare character',
  tricky: 'tricky word',
  deck: 'pronunciation list',
  figure: 'figure',
};

/**
 * `podium aids <file> [--json]`: every speaker aid of the deck (the built-in lists and
 * the file's own `pronounce:`), for the staff to check before the reading copy is printed.
 */
export const registerAids: RegisterCommand = (program, io) => {
  addDeckOptions(
    program
      .command('aids')
      .description('list the speaker aids (朗读提示): pinyin over rare characters, tricky words and the pronounce: list; figures as read aloud')
      .argument('<file>', REPORT_ARGUMENT)
      .option('--json', 'print them as JSON: [{"slide": id, "kind": "pinyin"|"number", "text": "...", "reading": "..."}]'),
  ).action(async (file: string, options: DeckCliOptions & { json?: boolean }) => {
    const { deck } = await loadDeck(file, options);
    const aids = deckAids(deck);
    if (options.json) {
      const list: AidJson[] = aids.map((aid) => ({ slide: aid.slide, kind: aid.kind, text: aid.text, reading: aid.reading }));
      io.out(`${JSON.stringify(list, null, 2)}\n`);
      return;
    }
    const number = new Map(deck.slides.map((slide, index) => [slide.id, index + 1]));
    const rows = aids.map((aid) => [String(number.get(aid.slide) ?? ''), aid.kind, aid.text, aid.reading, WHY[aid.source]]);
    io.out(renderTable(
      [{ header: '#', align: 'right' }, { header: 'Kind' }, { header: 'Text' }, { header: 'Reading' }, { header: 'Why' }],
      rows,
      [['', '', `${aids.length} aids`, '', '']],
    ));
  });
};
