import { access, realpath, rm } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { deckToMarkdown, formatDuration, isDeckError } from '../../core/index.ts';
import type { DeckModel } from '../../core/model.ts';
import { handEdits } from '../../core/revise/index.ts';
import { CliError, EXIT_USAGE, writeError } from '../cli-error.ts';
import type { CliText } from '../cli-text.ts';
import { addDeckOptions, compileOptionsFrom } from '../deck-options.ts';
import type { DeckCliOptions } from '../deck-options.ts';
import type { CliIo } from '../io.ts';
import { loadDeck, printSourceNotices } from '../load-deck.ts';
import { readReport } from '../../node/read-report.ts';
import { DeckWriteError, readDeckFile, revisionRecordPath, updateDeckFile, type DeckFileUpdate } from '../../node/revise-deck-file.ts';
import { writeFileAtomic } from '../../node/write-atomic.ts';
import type { RegisterCommand } from './command.ts';

interface ImportOptions extends DeckCliOptions {
  output?: string;
  into?: string;
  force?: boolean;
  json?: boolean;
}

/** The same file, even through a symbolic link or a different spelling of the path. */
async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (path: string): Promise<string> => realpath(path).catch(() => resolve(path));
  return (await real(a)) === (await real(b));
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

function checkMarkdownOutput(output: string, file: string): void {
  if (!['.md', '.markdown'].includes(extname(output).toLowerCase())) {
    throw new CliError({ file: output, message: { key: 'cli.import.notMarkdown' }, hint: { key: 'cli.import.notMarkdown.hint', values: { file } }, exitCode: EXIT_USAGE });
  }
}

async function checkNotInput(file: string, output: string): Promise<void> {
  if (await samePath(file, output)) {
    throw new CliError({ file: output, message: { key: 'cli.import.isInput' }, hint: { key: 'cli.import.isInput.hint' }, exitCode: EXIT_USAGE });
  }
}

/** `-o` onto a deck that holds hand edits is refused (unless --force): they would be lost. */
async function refuseOverwritingEdits(file: string, output: string): Promise<void> {
  if (!(await exists(output))) return;
  let deck: DeckModel;
  try {
    ({ deck } = await readDeckFile(output));
  } catch (error) {
    // Not a deck (or unreadable): nothing of a deck's to lose; the write says what goes wrong.
    if (isDeckError(error)) return;
    throw error;
  }
  const edits = handEdits(deck);
  if (edits.length > 0) {
    throw new CliError({
      file: output,
      message: { key: 'cli.import.hasEdits', values: { n: edits.length } },
      hint: { key: 'cli.import.hasEdits.hint', values: { file, deck: output } },
    });
  }
}

/** The update summary for a person: counts, then the slides to look at, the edits to place again. */
function summaryText(text: CliText, update: DeckFileUpdate, into: string, report: string): string {
  const { summary, deck, removed } = update.result;
  const titleOf = new Map(deck.slides.map((s) => [s.id, s.title]));
  const lines = [
    text.t('cli.updated', {
      file: into, report, n: summary.slides, kept: summary.kept, changed: summary.changed.length, added: summary.added.length, removed: summary.removed.length,
    }),
  ];
  const list = (heading: 'cli.updated.changed' | 'cli.updated.added', ids: readonly string[]): void => {
    if (ids.length === 0) return;
    lines.push(text.t(heading), ...ids.map((id) => `  ${id}  ${titleOf.get(id) ?? ''}`));
  };
  list('cli.updated.changed', summary.changed);
  list('cli.updated.added', summary.added);
  if (removed.length > 0) lines.push(text.t('cli.updated.removed'), ...removed.map((r) => `  ${r.id}  ${r.title}`));
  if (summary.unplaced.length > 0) lines.push(text.t('cli.updated.unplaced'), ...summary.unplaced.map((u) => `  ${u.id}  ${u.edit}`));
  if (update.written) lines.push(text.t('cli.updated.backup', { file: update.previousPath }));
  else lines.push(text.t('cli.updated.nothing'));
  if (summary.changed.length + summary.added.length + summary.removed.length > 0) lines.push(text.t('cli.updated.changes', { file: into }));
  return `${lines.join('\n')}\n`;
}

async function updateInto(file: string, into: string, options: ImportOptions, io: CliIo, text: CliText): Promise<void> {
  checkMarkdownOutput(into, file);
  await checkNotInput(file, into);
  const draft = await readReport(file);
  // As every command says it: a draft with tracked changes or comments, or structure its format lost.
  printSourceNotices(draft, { io, text });
  let update;
  try {
    update = await updateDeckFile(into, draft, compileOptionsFrom(options));
  } catch (error) {
    if (error instanceof DeckWriteError) throw writeError(error.file, error.reason);
    throw error;
  }
  const { summary } = update.result;
  if (options.json) io.out(`${JSON.stringify(summary, null, 2)}\n`);
  else io.out(summaryText(text, update, into, file));
}

async function writeNew(file: string, output: string, options: ImportOptions, io: CliIo, text: CliText): Promise<void> {
  if (output !== '-') {
    checkMarkdownOutput(output, file);
    await checkNotInput(file, output);
    if (!options.force) await refuseOverwritingEdits(file, output);
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
  // A record of an earlier deck's revision no longer describes this one.
  await rm(revisionRecordPath(output), { force: true });
  io.out(`${text.t('cli.wrote', { file: output, n: deck.slides.length, time: formatDuration(deck.meta.totalSeconds) })}\n`);
}

/**
 * `podium import <file> -o <deck.md>`: the auto-planned deck as editable Markdown (slides, notes,
 * timings); refuses to write over a deck holding hand edits unless --force.
 * `podium import <new draft> --into <deck.md>`: brings a revised draft into an edited deck
 * (core/revise), prints what was kept, changed, added, removed and could not stay (`--json`).
 */
export const registerImport: RegisterCommand = (program, io, text) => {
  addDeckOptions(
    program
      .command('import')
      .description(text.t('cli.import.description'))
      .argument('<file>', text.t('cli.arg.report'))
      .option('-o, --output <deck.md>', text.t('cli.import.output'))
      .option('--into <deck.md>', text.t('cli.import.into'))
      .option('--force', text.t('cli.import.force'))
      .option('--json', text.t('cli.import.json')),
    text,
  ).action(async (file: string, options: ImportOptions) => {
    const usage = (key: 'cli.import.outputOrInto' | 'cli.import.jsonNeedsInto' | 'cli.import.forceWithInto'): CliError =>
      new CliError({ file: options.into ?? options.output ?? file, message: { key }, hint: { key: `${key}.hint`, values: { file } }, exitCode: EXIT_USAGE });
    if ((options.output === undefined) === (options.into === undefined)) throw usage('cli.import.outputOrInto');
    if (options.into !== undefined) {
      if (options.force) throw usage('cli.import.forceWithInto');
      await updateInto(file, options.into, options, io, text);
      return;
    }
    if (options.json) throw usage('cli.import.jsonNeedsInto');
    await writeNew(file, options.output as string, options, io, text);
  });
};
