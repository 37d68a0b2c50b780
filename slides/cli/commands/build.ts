import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { DEFAULT_RENDERER_DIR } from '../../node/package-root.ts';
import { writeStaticDeck } from '../../node/static-site.ts';
import { ClassicScriptsMissingError } from '../../node/classic-scripts.ts';
import { DECK_SCRIPT_FILE } from '../../../renderer/host/embedded-names.ts';
import { CliError, EXIT_USAGE, writeError } from '../cli-error.ts';
import { addDeckOptions } from '../deck-options.ts';
import type { DeckCliOptions } from '../deck-options.ts';
import { formatDuration } from '../../core/index.ts';
import { loadDeck } from '../load-deck.ts';
import { REPORT_ARGUMENT } from './command.ts';
import type { RegisterCommand } from './command.ts';


const inside = (child: string, parent: string): boolean => child === parent || child.startsWith(parent + sep);

async function checkRenderer(dir: string): Promise<void> {
  const index = await stat(join(dir, 'index.html')).catch(() => undefined);
  if (!index?.isFile()) {
    throw new CliError({
      file: relative(process.cwd(), join(dir, 'index.html')) || dir,
      message: 'The slide viewer is not built yet, so there is nothing to copy into the deck.',
      hint: 'Run "npm run build:renderer" in the Podium folder once, then run podium build again.',
    });
  }
}

/** Writing into an existing folder is allowed only when it is empty or a previous `podium build`. */
async function checkOutput(outDir: string, file: string, rendererDir: string): Promise<void> {
  const out = resolve(outDir);
  if (inside(out, resolve(rendererDir)) || inside(resolve(rendererDir), out)) {
    throw new CliError({ file: outDir, message: 'The output folder overlaps the slide viewer\'s build folder.', hint: 'Choose another output folder, e.g. -o deck.', exitCode: EXIT_USAGE });
  }
  if (inside(resolve(file), out)) {
    throw new CliError({ file: outDir, message: 'The report is inside the output folder, which the build replaces.', hint: 'Choose an output folder that does not hold the report.', exitCode: EXIT_USAGE });
  }
  const info = await stat(out).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) {
    throw new CliError({ file: outDir, message: 'This exists and is not a folder.', hint: 'Give a folder name for the static deck (it is created if missing).', exitCode: EXIT_USAGE });
  }
  const entries = await readdir(out);
  // deck.js since Podium wrote the deck once for all pages; deck.json before.
  if (entries.length > 0 && !((entries.includes(DECK_SCRIPT_FILE) || entries.includes('deck.json')) && entries.includes('index.html'))) {
    throw new CliError({ file: outDir, message: 'The folder is not empty and is not a previous podium build, so it will not be replaced.', hint: 'Choose a new or empty folder.', exitCode: EXIT_USAGE });
  }
}

/** `podium build <file> -o <dir>`: a static offline deck (the audience view with reveal.js and the deck). */
export const registerBuild: RegisterCommand = (program, io) => {
  addDeckOptions(
    program
      .command('build')
      .description('write a static offline deck: open its index.html in a browser, from disk or any web server')
      .argument('<file>', REPORT_ARGUMENT)
      .requiredOption('-o, --output <dir>', 'folder to write (created; a previous build there is replaced)')
      .option('--renderer <dir>', 'the built slide viewer to copy', DEFAULT_RENDERER_DIR),
  ).action(async (file: string, options: DeckCliOptions & { output: string; renderer: string }) => {
    const { deck } = await loadDeck(file, options);
    await checkRenderer(options.renderer);
    await checkOutput(options.output, file, options.renderer);
    try {
      await writeStaticDeck(options.renderer, options.output, deck);
    } catch (error) {
      if (error instanceof ClassicScriptsMissingError) throw new CliError({ message: error.message, hint: error.hint });
      if ((error as NodeJS.ErrnoException).code) throw writeError(options.output, error);
      throw error;
    }
    io.out(`Wrote ${join(options.output, 'index.html')}: ${deck.slides.length} slides, ${formatDuration(deck.meta.totalSeconds)}.\n`);
  });
};
