import { compileDeck } from '../core/index.ts';
import type { DeckModel, SourceText } from '../core/model.ts';
import { sourceNotices, sourceOf } from '../core/source-notice.ts';
import { say as sayMessage } from '../core/messages/catalogue.ts';
import { resolveTheme } from '../core/themes.ts';
import { readReport } from '../node/read-report.ts';
import { readRevisionRecordFile } from '../node/revision-record-file.ts';
import type { CliText } from './cli-text.ts';
import { compileOptionsFrom } from './deck-options.ts';
import type { DeckCliOptions } from './deck-options.ts';
import type { CliIo } from './io.ts';

/**
 * Reads and compiles the report a command was given; errors are DeckErrors naming the file.
 * What the user must know about the source (tracked changes accepted, structure the format
 * lost) and the deck's notices (a theme read differently) go to stderr, so it is seen whatever the command writes to stdout (`podium info`,
 * passing no `say`, prints it in its own output).
 */
export async function loadDeck(file: string, options: DeckCliOptions, say?: { io: CliIo; text: CliText }): Promise<{ source: SourceText; deck: DeckModel }> {
  const source = await readReport(file);
  const deck = compileDeck(source, compileOptionsFrom(options));
  // A deck updated from a revised draft has its record beside it (修订对照).
  const record = source.format === 'md' ? await readRevisionRecordFile(file) : undefined;
  if (record) deck.revision = record;
  // A --theme Podium does not have opens the deck anyway; the notice says what was used instead.
  const themeNotice = options.theme === undefined ? undefined : resolveTheme(options.theme).notice;
  if (themeNotice) deck.meta.notices = [...(deck.meta.notices ?? []), themeNotice];
  if (say) {
    printSourceNotices(source, say);
    for (const notice of deck.meta.notices ?? []) say.io.err(`podium: ${source.name}: ${sayMessage(say.text.lang, notice)}\n`);
  }
  return { source, deck };
}

/** What reading the file found that the user must know (tracked changes accepted, structure lost), on stderr. */
export function printSourceNotices(source: SourceText, say: { io: CliIo; text: CliText }): void {
  for (const notice of sourceNotices(sourceOf(source), say.text.lang)) say.io.err(`podium: ${source.name}: ${notice}\n`);
}
