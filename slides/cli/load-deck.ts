import { compileDeck } from '../core/index.ts';
import { say } from '../core/messages/catalogue.ts';
import { resolveTheme } from '../core/themes.ts';
import type { CliText } from './cli-text.ts';
import type { CliIo } from './io.ts';
import type { DeckModel, SourceText } from '../core/model.ts';
import { readReport } from '../node/read-report.ts';
import { compileOptionsFrom } from './deck-options.ts';
import type { DeckCliOptions } from './deck-options.ts';

/** Reads and compiles the report a command was given; errors are DeckErrors naming the file. */
export async function loadDeck(file: string, options: DeckCliOptions): Promise<{ source: SourceText; deck: DeckModel }> {
  const source = await readReport(file);
  const deck = compileDeck(source, compileOptionsFrom(options));
  // A --theme Podium does not have opens the deck anyway; the notice says what was used instead.
  const notice = options.theme === undefined ? undefined : resolveTheme(options.theme).notice;
  if (notice) deck.meta.notices = [...(deck.meta.notices ?? []), notice];
  return { source, deck };
}

/** The deck's notices (a theme replaced, …), one line each on stderr, in the user's language. */
export function reportNotices(deck: DeckModel, io: CliIo, text: CliText): void {
  for (const notice of deck.meta.notices ?? []) io.err(`podium: ${say(text.lang, notice)}\n`);
}
