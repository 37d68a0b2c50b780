import { compileDeck } from '../core/index.ts';
import type { DeckModel, SourceText } from '../core/model.ts';
import { readReport } from '../node/read-report.ts';
import { compileOptionsFrom } from './deck-options.ts';
import type { DeckCliOptions } from './deck-options.ts';
import type { CliIo } from './io.ts';
import { sourceWarnings } from './source-summary.ts';

/**
 * Reads and compiles the report a command was given; errors are DeckErrors naming the file.
 * What the user must know about the source (tracked changes accepted, structure the format
 * lost) goes to stderr, so it is seen whatever the command writes to stdout (`podium info`,
 * passing no io, prints it in its own output).
 */
export async function loadDeck(file: string, options: DeckCliOptions, io: CliIo | undefined): Promise<{ source: SourceText; deck: DeckModel }> {
  const source = await readReport(file);
  const deck = compileDeck(source, compileOptionsFrom(options));
  for (const warning of io ? sourceWarnings(deck) : []) io?.err(`podium: ${source.name}: ${warning}\n`);
  return { source, deck };
}
