import { realpath } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { deckToMarkdown } from '../../core/index.ts';
import { CliError, EXIT_USAGE, writeError } from '../cli-error.ts';
import { addDeckOptions } from '../deck-options.ts';
import type { DeckCliOptions } from '../deck-options.ts';
import { formatDuration } from '../../core/index.ts';
import { loadDeck } from '../load-deck.ts';
import { writeFileAtomic } from '../../node/write-atomic.ts';
import type { RegisterCommand } from './command.ts';

/** The same file, even through a symbolic link or a different spelling of the path. */
async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (path: string): Promise<string> => realpath(path).catch(() => resolve(path));
  return (await real(a)) === (await real(b));
}

/** `podium import <file> -o <deck.md>`: the auto-planned deck as editable Markdown (slides, notes, timings). */
export const registerImport: RegisterCommand = (program, io, text) => {
  addDeckOptions(
    program
      .command('import')
      .description(text.t('cli.import.description'))
      .argument('<file>', text.t('cli.arg.report'))
      .requiredOption('-o, --output <deck.md>', text.t('cli.import.output')),
    text,
  ).action(async (file: string, options: DeckCliOptions & { output: string }) => {
    const output = options.output;
    if (output !== '-' && !['.md', '.markdown'].includes(extname(output).toLowerCase())) {
      throw new CliError({ file: output, message: { key: 'cli.import.notMarkdown' }, hint: { key: 'cli.import.notMarkdown.hint', values: { file } }, exitCode: EXIT_USAGE });
    }
    if (output !== '-' && (await samePath(file, output))) {
      throw new CliError({ file: output, message: { key: 'cli.import.isInput' }, hint: { key: 'cli.import.isInput.hint' }, exitCode: EXIT_USAGE });
    }
    const { deck } = await loadDeck(file, options, { io, text });
    const markdown = deckToMarkdown(deck);
    if (output === '-') {
      io.out(markdown);
      return;
    }
    try {
      await writeFileAtomic(output, markdown);
    } catch (error) {
      throw writeError(output, error);
    }
    io.out(`${text.t('cli.wrote', { file: output, n: deck.slides.length, time: formatDuration(deck.meta.totalSeconds) })}\n`);
  });
};
