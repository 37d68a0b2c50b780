import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_PER_PAGE, HANDOUT_LAYOUTS, NOTES_LAYOUTS } from '../../../electron/common/print.ts';
import type { PdfExportKind, PrintRequest } from '../../../electron/common/print.ts';
import { BatchWriteError, exportBatch } from '../../export/batch.ts';
import { chromiumPrinter, PdfExportError } from '../../export/pdf.ts';
import { batchFileName, deckStem, EXPORT_FORMATS, FORMAT_EXTENSION, FormatListError, isPdfFormat, parseFormats } from '../../../electron/common/export-formats.ts';
import type { ExportFormat } from '../../../electron/common/export-formats.ts';
import { ClassicScriptsMissingError } from '../../node/classic-scripts.ts';
import type { ExportProgress } from '../../export/pdf.ts';
import { makePrintRequest, PER_PAGE_LAYOUTS, PrintRequestError, takesPerPage } from '../../export/print-request.ts';
import type { PerPageLayout } from '../../export/print-request.ts';
import { RendererMissingError } from '../../export/renderer-dir.ts';
import { CliError, EXIT_USAGE, writeError } from '../cli-error.ts';
import { say } from '../../core/messages/catalogue.ts';
import { describeOfficialFaces } from '../../core/official-faces.ts';
import { addDeckOptions } from '../deck-options.ts';
import type { DeckCliOptions } from '../deck-options.ts';
import type { CliIo } from '../io.ts';
import { loadDeck } from '../load-deck.ts';
import { inlinePictures, missingPicturesWarning } from '../../node/pictures.ts';
import type { RegisterCommand } from './command.ts';
import type { CliText } from '../cli-text.ts';

interface ExportCliOptions extends DeckCliOptions {
  format: ExportFormat[];
  output: string;
  perPage?: number;
  watermark?: string;
  author?: string;
  browser?: string;
  renderer?: string;
  /** Commander's --no-aids: false when given. */
  aids: boolean;
  largeType?: boolean;
}

function formatsParser(text: CliText) {
  return (value: string): ExportFormat[] => {
    try {
      return parseFormats(value);
    } catch (error) {
      if (error instanceof FormatListError) throw new InvalidArgumentError(say(text.lang, error.said));
      throw error;
    }
  };
}

function perPageParser(text: CliText) {
  return (value: string): number => {
    const n = Number(value);
    if (![...HANDOUT_LAYOUTS, ...NOTES_LAYOUTS].some((allowed) => allowed === n)) {
      throw new InvalidArgumentError(text.t('cli.export.perPageInvalid', { values: HANDOUT_LAYOUTS.join(', '), notes: NOTES_LAYOUTS.join(', ') }));
    }
    return n;
  };
}

/** Progress on stderr: a redrawn line on a terminal, one line per stage otherwise (logs, CI). */
function progressReporter(io: CliIo, label: string): { update(progress: ExportProgress): void; end(): void } {
  const tty = process.stderr.isTTY === true;
  let lastStage = '';
  return {
    update({ stage, fraction }) {
      const percent = `${Math.round(fraction * 100)}%`.padStart(4);
      if (tty) io.err(`\r${label}: ${percent} ${stage.padEnd(10)}`);
      else if (stage !== lastStage) io.err(`${label}: ${stage} ${percent.trim()}\n`);
      lastStage = stage;
    },
    end() {
      if (tty) io.err('\n');
    },
  };
}

async function checkOutputFile(output: string, format: ExportFormat, file: string): Promise<void> {
  const wanted = FORMAT_EXTENSION[format];
  if (extname(output).toLowerCase() !== wanted) {
    const actual = extname(output) || ({ key: 'cli.export.noExtension' } as const);
    throw new CliError({ file: output, message: { key: 'cli.export.wrongExtension', values: { format, wanted, actual } }, hint: { key: 'cli.export.wrongExtension.hint', values: { wanted } }, exitCode: EXIT_USAGE });
  }
  if (resolve(output) === resolve(file)) {
    throw new CliError({ file: output, message: { key: 'cli.export.isInput' }, hint: { key: 'cli.export.isInput.hint' }, exitCode: EXIT_USAGE });
  }
  const info = await stat(output).catch(() => undefined);
  if (info?.isDirectory()) {
    throw new CliError({ file: output, message: { key: 'cli.export.isFolder' }, hint: { key: 'cli.export.isFolder.hint', values: { example: resolve(output, `report${wanted}`) } }, exitCode: EXIT_USAGE });
  }
  // The folder must be there before the report is compiled and printed, not found missing after.
  const parent = await stat(dirname(resolve(output))).catch(() => undefined);
  if (!parent?.isDirectory()) throw new CliError({ file: output, message: { key: 'cli.write.noFolder' }, hint: { key: 'cli.write.noFolder.hint' } });
}

/** Several formats: -o is a folder (made if missing, in an existing parent); the files in it get the batch names. */
async function checkOutputFolder(output: string, formats: readonly ExportFormat[], file: string): Promise<Array<{ format: ExportFormat; path: string }>> {
  const info = await stat(output).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw new CliError({ file: output, message: { key: 'cli.export.folderIsFile', values: { formats: formats.join(', ') } }, hint: { key: 'cli.export.folderIsFile.hint' }, exitCode: EXIT_USAGE });
  }
  if (!info && !(await stat(dirname(resolve(output))).catch(() => undefined))?.isDirectory()) {
    throw new CliError({ file: output, message: { key: 'cli.export.noParent' }, hint: { key: 'cli.export.noParent.hint' } });
  }
  const stem = deckStem(basename(file));
  const targets = formats.map((format) => ({ format, path: join(output, batchFileName(stem, format)) }));
  const clash = targets.find((target) => resolve(target.path) === resolve(file));
  if (clash) {
    throw new CliError({ file: clash.path, message: { key: 'cli.export.replacesReport' }, hint: { key: 'cli.export.otherFolder.hint' }, exitCode: EXIT_USAGE });
  }
  for (const target of targets) {
    if ((await stat(target.path).catch(() => undefined))?.isDirectory()) {
      throw new CliError({ file: target.path, message: { key: 'cli.export.folderNamed' }, hint: { key: 'cli.export.folderNamed.hint' }, exitCode: EXIT_USAGE });
    }
  }
  return targets;
}

/**
 * Which layouts --per-page sets. One number serves handouts and notes pages; where it fits only
 * one of the two asked for (--format all --per-page 6), the other keeps its default, and a note
 * says so. Where it fits none of them, the print request says what each takes.
 */
function perPageTargets(formats: readonly ExportFormat[], perPage: number, io: CliIo, text: CliText): Set<PerPageLayout> {
  const asked = formats.filter(takesPerPage);
  const fitting = asked.filter((kind) => (PER_PAGE_LAYOUTS[kind] as readonly number[]).includes(perPage));
  if (fitting.length === 0 || fitting.length === asked.length) return new Set(asked);
  for (const kind of asked.filter((each) => !fitting.includes(each))) {
    const name = (layout: PerPageLayout): string => text.t(`cli.export.perPage.${layout}`);
    io.err(`podium: ${text.t('cli.export.perPageKept', { n: perPage, used: fitting.map(name).join(', '), other: name(kind), values: PER_PAGE_LAYOUTS[kind].join(', '), default: DEFAULT_PER_PAGE[kind] })}\n`);
  }
  return new Set(fitting);
}

function printRequest(format: PdfExportKind, options: ExportCliOptions, perPageFor: ReadonlySet<PerPageLayout>): PrintRequest {
  try {
    return makePrintRequest({
      kind: format,
      ...(options.perPage === undefined || !takesPerPage(format) || !perPageFor.has(format) ? {} : { perPage: options.perPage }),
      ...(options.largeType === true && format === 'notes' ? { largeType: true } : {}),
      ...(options.watermark === undefined ? {} : { watermark: options.watermark }),
      ...(options.aids === false && format === 'reading' ? { aids: false } : {}),
    });
  } catch (error) {
    if (error instanceof PrintRequestError) throw new CliError({ message: error.said, hint: { key: 'cli.export.seeHelp' }, exitCode: EXIT_USAGE });
    throw error;
  }
}

/**
 * `podium export <file> --format … -o <out>`: PDF layouts, PPTX or a single-file HTML
 * presentation; several formats (or all) in one pass into a folder, sharing one compile,
 * one browser and one font subsetter.
 */
export const registerExport: RegisterCommand = (program, io, text) => {
  addDeckOptions(
    program
      .command('export')
      .description(text.t('cli.export.description'))
      .argument('<file>', text.t('cli.arg.report'))
      .addOption(new Option('-f, --format <formats>', text.t('cli.export.format', { formats: EXPORT_FORMATS.join(', ') })).argParser(formatsParser(text)).makeOptionMandatory())
      .requiredOption('-o, --output <path>', text.t('cli.export.output'))
      .addOption(new Option('--per-page <n>', text.t('cli.export.perPage')).argParser(perPageParser(text)))
      .option('--watermark <text>', text.t('cli.export.watermark'))
      .option('--no-aids', text.t('cli.export.noAids'))
      .option('--large-type', text.t('cli.export.largeType'))
      .option('--author <name>', text.t('cli.export.author'))
      .option('--browser <path>', text.t('cli.export.browser'))
      .option('--renderer <dir>', text.t('cli.export.renderer')),
    text,
  ).action(async (file: string, options: ExportCliOptions) => {
    const formats = options.format;
    // Options and outputs first: a mistake is reported before the report is read and compiled.
    const targets = formats.length === 1
      ? [{ format: formats[0]!, path: options.output }]
      : await checkOutputFolder(options.output, formats, file);
    if (formats.length === 1) await checkOutputFile(options.output, formats[0]!, file);
    const pdfs = formats.filter(isPdfFormat);
    if (pdfs.length === 0 && (options.watermark !== undefined || options.perPage !== undefined)) {
      throw new CliError({ message: { key: 'cli.export.pdfOnly', values: { format: formats.join(', ') } }, hint: { key: 'cli.export.pdfOnly.hint' }, exitCode: EXIT_USAGE });
    }
    if (options.perPage !== undefined && !formats.some(takesPerPage)) {
      throw new CliError({ message: { key: 'cli.export.perPageNoHandout' }, hint: { key: 'cli.export.perPageNoHandout.hint' }, exitCode: EXIT_USAGE });
    }
    if (options.largeType === true && !formats.includes('notes')) {
      throw new CliError({ message: { key: 'cli.export.largeTypeNoNotes' }, hint: { key: 'cli.export.largeTypeNoNotes.hint' }, exitCode: EXIT_USAGE });
    }
    const perPageFor = options.perPage === undefined ? new Set<PerPageLayout>() : perPageTargets(formats, options.perPage, io, text);
    const requests = new Map(pdfs.map((format) => [format, printRequest(format, options, perPageFor)]));
    if (formats.length > 1) await mkdir(options.output, { recursive: true }).catch((error: unknown) => { throw writeError(options.output, error); });
    try {
      // The exports carry their pictures inside them, read from the deck's own folder.
      const deck = loadDeck(file, options, { io, text }).then(async (loaded) => {
        if (formats.includes('changes') && !loaded.deck.revision) {
          throw new CliError({ file, message: { key: 'cli.export.noRevision' }, hint: { key: 'cli.export.noRevision.hint', values: { file } } });
        }
        const { deck: withPictures, missing } = await inlinePictures(loaded.deck, dirname(resolve(file)));
        io.err(missingPicturesWarning(file, missing, text.lang));
        return withPictures;
      });
      await exportBatch(deck, targets, {
        requests,
        ...(options.author === undefined ? {} : { author: options.author }),
        ...(options.renderer === undefined ? {} : { rendererDir: options.renderer }),
        openPrinter: chromiumPrinter({
          ...(options.browser === undefined ? {} : { browserPath: options.browser }),
          ...(options.renderer === undefined ? {} : { rendererDir: options.renderer }),
        }),
        onPrinter: (printer) => io.err(`podium: ${text.t('cli.export.printedWith', printer.browser)}\n`),
        onProgress: (format) => {
          const reporter = progressReporter(io, `podium: ${format}`);
          return (step) => {
            reporter.update(step);
            if (step.stage === 'done') reporter.end();
          };
        },
        onWritten: (target, made, bytes) => {
          const summary = target.format === 'pptx' ? text.t('cli.export.pptxSummary', { n: made.slides })
            : target.format === 'html' ? text.t('cli.export.htmlSummary', { n: made.slides })
            : made.pages === 1 ? text.t('cli.export.pdfSummaryOne') : text.t('cli.export.pdfSummary', { n: made.pages ?? 0 });
          io.out(`${text.t('cli.wroteExport', { file: target.path, summary, size: (bytes / 1024).toFixed(0) })}\n`);
          if (made.faces) io.out(`  ${describeOfficialFaces(made.faces, text.lang)}\n`);
        },
      });
    } catch (error) {
      if (error instanceof BatchWriteError) throw writeError(error.path, error.cause);
      if (error instanceof PdfExportError || error instanceof RendererMissingError || error instanceof ClassicScriptsMissingError) {
        throw new CliError({ message: error.said, hint: error.hint });
      }
      throw error;
    }
  });
};
