import { compileDeck } from '../core/index.ts';
import type { DeckModel, SourceText } from '../core/model.ts';
import { readReport } from '../node/read-report.ts';
import { readRevisionRecordFile } from '../node/revise-deck-file.ts';
import { compileOptionsFrom } from './deck-options.ts';
import type { DeckCliOptions } from './deck-options.ts';

/** Reads and compiles the report a command was given; errors are DeckErrors naming the file. */
export async function loadDeck(file: string, options: DeckCliOptions): Promise<{ source: SourceText; deck: DeckModel }> {
  const source = await readReport(file);
  const deck = compileDeck(source, compileOptionsFrom(options));
  // A deck updated from a revised draft has its record beside it (修订对照).
  const record = source.format === 'md' ? await readRevisionRecordFile(file) : undefined;
  if (record) deck.revision = record;
  return { source, deck };
}
