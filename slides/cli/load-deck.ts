import { compileDeck } from '../core/index.ts';
import type { DeckModel, SourceText } from '../core/model.ts';
import { readReport } from '../node/read-report.ts';
import { compileOptionsFrom } from './deck-options.ts';
import type { DeckCliOptions } from './deck-options.ts';

/** Reads and compiles the report a command was given; errors are DeckErrors naming the file. */
export async function loadDeck(file: string, options: DeckCliOptions): Promise<{ source: SourceText; deck: DeckModel }> {
  const source = await readReport(file);
  return { source, deck: compileDeck(source, compileOptionsFrom(options)) };
}
