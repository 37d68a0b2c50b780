import { compileDeck } from '../core/index.ts';
import type { DeckModel, SourceText } from '../core/model.ts';
import { sourceNotices } from '../core/source-notice.ts';
import { readReport } from '../node/read-report.ts';
import type { CliText } from './cli-text.ts';
import { compileOptionsFrom } from './deck-options.ts';
import type { DeckCliOptions } from './deck-options.ts';
import type { CliIo } from './io.ts';

/**
 * Reads and compiles the report a command was given; errors are DeckErrors naming the file.
 * What the user must know about the source (tracked changes accepted, structure the format
 * lost) goes to stderr, so it is seen whatever the command writes to stdout (`podium info`,
 * passing no `say`, prints it in its own output).
 */
export async function loadDeck(file: string, options: DeckCliOptions, say?: { io: CliIo; text: CliText }): Promise<{ source: SourceText; deck: DeckModel }> {
  const source = await readReport(file);
  const deck = compileDeck(source, compileOptionsFrom(options));
  if (say) for (const notice of sourceNotices(deck.meta.source, say.text.lang)) say.io.err(`podium: ${source.name}: ${notice}\n`);
  return { source, deck };
}
