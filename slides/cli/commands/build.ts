import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { copyPictures, missingPicturesWarning } from '../../node/pictures.ts';
import { DEFAULT_RENDERER_DIR } from '../../node/package-root.ts';
import { writeStaticDeck } from '../../node/static-site.ts';
import { ClassicScriptsMissingError } from '../../node/classic-scripts.ts';
import { DECK_SCRIPT_FILE } from '../../../renderer/host/embedded-names.ts';
import { CliError, EXIT_USAGE, writeError } from '../cli-error.ts';
import { addDeckOptions } from '../deck-options.ts';
import type { DeckCliOptions } from '../deck-options.ts';
import { formatDuration } from '../../core/index.ts';
import { loadDeck } from '../load-deck.ts';
import type { RegisterCommand } from './command.ts';


const inside = (child: string, parent: string): boolean => child === parent || child.startsWith(parent + sep);

async function checkRenderer(dir: string): Promise<void> {
  const index = await stat(join(dir, 'index.html')).catch(() => undefined);
  if (!index?.isFile()) {
    throw new CliError({
      file: relative(process.cwd(), join(dir, 'index.html')) || dir,
      message: { key: 'cli.build.noRenderer' },
      hint: { key: 'cli.build.noRenderer.hint' },
    });
  }
}

/** Writing into an existing folder is allowed only when it is empty or a previous `podium build`. */
async function checkOutput(outDir: string, file: string, rendererDir: string): Promise<void> {
  const out = resolve(outDir);
  if (inside(out, resolve(rendererDir)) || inside(resolve(rendererDir), out)) {
    throw new CliError({ file: outDir, message: { key: 'cli.build.overlaps' }, hint: { key: 'cli.build.overlaps.hint' }, exitCode: EXIT_USAGE });
  }
  if (inside(resolve(file), out)) {
    throw new CliError({ file: outDir, message: { key: 'cli.build.holdsReport' }, hint: { key: 'cli.build.holdsReport.hint' }, exitCode: EXIT_USAGE });
  }
  const info = await stat(out).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) {
    throw new CliError({ file: outDir, message: { key: 'cli.build.notFolder' }, hint: { key: 'cli.build.notFolder.hint' }, exitCode: EXIT_USAGE });
  }
  const entries = await readdir(out);
  // deck.js since Podium wrote the deck once for all pages; deck.json before.
  if (entries.length > 0 && !((entries.includes(DECK_SCRIPT_FILE) || entries.includes('deck.json')) && entries.includes('index.html'))) {
    throw new CliError({ file: outDir, message: { key: 'cli.build.notEmpty' }, hint: { key: 'cli.build.notEmpty.hint' }, exitCode: EXIT_USAGE });
  }
}

/** `podium build <file> -o <dir>`: a static offline deck (the audience view with reveal.js and the deck). */
export const registerBuild: RegisterCommand = (program, io, text) => {
  addDeckOptions(
    program
      .command('build')
      .description(text.t('cli.build.description'))
      .argument('<file>', text.t('cli.arg.report'))
      .requiredOption('-o, --output <dir>', text.t('cli.build.output'))
      .option('--renderer <dir>', text.t('cli.build.renderer'), DEFAULT_RENDERER_DIR),
    text,
  ).action(async (file: string, options: DeckCliOptions & { output: string; renderer: string }) => {
    const loaded = await loadDeck(file, options, { io, text });
    await checkRenderer(options.renderer);
    await checkOutput(options.output, file, options.renderer);
    let deck = loaded.deck;
    try {
      await writeStaticDeck(options.renderer, options.output, deck);
      // The pictures travel with the deck: copied beside its pages under the same paths.
      const pictures = await copyPictures(deck, dirname(resolve(file)), options.output);
      io.err(missingPicturesWarning(file, pictures.missing, text.lang));
      if (pictures.missing.length > 0) {
        deck = pictures.deck;
        await writeStaticDeck(options.renderer, options.output, deck);
      }
    } catch (error) {
      if (error instanceof ClassicScriptsMissingError) throw new CliError({ message: error.said, hint: error.hint });
      if ((error as NodeJS.ErrnoException).code) throw writeError(options.output, error);
      throw error;
    }
    io.out(`${text.t('cli.wrote', { file: join(options.output, 'index.html'), n: deck.slides.length, time: formatDuration(deck.meta.totalSeconds) })}\n`);
  });
};
