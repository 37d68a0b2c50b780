import { realpath } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { deckToMarkdown } from '../../core/index.ts';
import { CliError, EXIT_USAGE, writeError } from '../cli-error.ts';
import { addDeckOptions } from '../deck-options.ts';
import type { DeckCliOptions } from '../deck-options.ts';
import { formatDuration } from '../../core/index.ts';
import { loadDeck } from '../load-deck.ts';
import { writeFileAtomic } from '../../node/write-atomic.ts';
import { REPORT_ARGUMENT } from './command.ts';
import type { RegisterCommand } from './command.ts';

/** The same file, even through a symbolic link or a different spelling of the path. */
async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (path: string): Promise<string> => realpath(path).catch(() => resolve(path));
  return (await real(a)) === (await real(b));
}

/** `podium import <file> -o <deck.md>`: the auto-planned deck as editable Markdown (slides, notes, timings). */
export const registerImport: RegisterCommand = (program, io) => {
  addDeckOptions(
    program
      .command('import')
      .description('write the planned deck as editable Markdown (reveal.js style: --- between slides, Note: before the notes)')
      .argument('<file>', REPORT_ARGUMENT)
      .requiredOption('-o, --output <deck.md>', 'the Markdown file to write (.md or .markdown; "-" for standard output)'),
  ).action(async (file: string, options: DeckCliOptions & { output: string }) => {
    const output = options.output;
    if (output !== '-' && !['.md', '.markdown'].includes(extname(output).toLowerCase())) {
      throw new CliError({ file: output, message: 'The output must be a Markdown file (.md or .markdown).', hint: `Try: podium import ${file} -o deck.md`, exitCode: EXIT_USAGE });
    }
    if (output !== '-' && (await samePath(file, output))) {
      throw new CliError({ file: output, message: 'This is the input file: importing would overwrite the report.', hint: 'Choose another output name, e.g. deck.md.', exitCode: EXIT_USAGE });
    }
    const { deck } = await loadDeck(file, options, io);
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
    io.out(`Wrote ${output}: ${deck.slides.length} slides, ${formatDuration(deck.meta.totalSeconds)}.\n`);
  });
};
