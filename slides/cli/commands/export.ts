import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { HANDOUT_LAYOUTS } from '../../../electron/common/print.ts';
import type { PdfExportKind, PrintRequest } from '../../../electron/common/print.ts';
import type { DeckModel } from '../../core/model.ts';
import { openPdfSession, PdfExportError } from '../../export/pdf.ts';
import { batchFileName, deckStem, EXPORT_FORMATS, FORMAT_EXTENSION, FormatListError, isPdfFormat, parseFormats } from '../../export/formats.ts';
import type { ExportFormat } from '../../export/formats.ts';
import { ClassicScriptsMissingError } from '../../node/classic-scripts.ts';
import type { ExportProgress } from '../../export/pdf.ts';
import { renderPptx } from '../../export/pptx.ts';
import { makePrintRequest, PrintRequestError } from '../../export/print-request.ts';
import { RendererMissingError } from '../../export/renderer-dir.ts';
import { renderSingleHtml } from '../../export/single-html.ts';
import { CliError, EXIT_USAGE, writeError } from '../cli-error.ts';
import { addDeckOptions } from '../deck-options.ts';
import type { DeckCliOptions } from '../deck-options.ts';
import type { CliIo } from '../io.ts';
import { loadDeck } from '../load-deck.ts';
import { writeFileAtomic } from '../../node/write-atomic.ts';
import { REPORT_ARGUMENT } from './command.ts';
import type { RegisterCommand } from './command.ts';

interface ExportCliOptions extends DeckCliOptions {
  format: ExportFormat[];
  output: string;
  perPage?: number;
  watermark?: string;
  author?: string;
  browser?: string;
  renderer?: string;
}

function formatsParser(value: string): ExportFormat[] {
  try {
    return parseFormats(value);
  } catch (error) {
    if (error instanceof FormatListError) throw new InvalidArgumentError(error.message);
    throw error;
  }
}

function perPageParser(value: string): number {
  const n = Number(value);
  if (!HANDOUT_LAYOUTS.some((allowed) => allowed === n)) throw new InvalidArgumentError(`Use ${HANDOUT_LAYOUTS.join(', ')}.`);
  return n;
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
    throw new CliError({ file: output, message: `A ${format} export is a ${wanted} file, but the output name ends in "${extname(output) || '(nothing)'}".`, hint: `Name the output *${wanted}, e.g. -o report${wanted}; or, for several formats, give a folder.`, exitCode: EXIT_USAGE });
  }
  if (resolve(output) === resolve(file)) {
    throw new CliError({ file: output, message: 'The output is the report itself.', hint: 'Choose another output file name.', exitCode: EXIT_USAGE });
  }
  const info = await stat(output).catch(() => undefined);
  if (info?.isDirectory()) {
    throw new CliError({ file: output, message: 'This is a folder, not a file.', hint: `Give a file name, e.g. ${resolve(output, `report${wanted}`)}.`, exitCode: EXIT_USAGE });
  }
}

/** Several formats: -o is a folder (made if missing, in an existing parent); the files in it get the batch names. */
async function checkOutputFolder(output: string, formats: readonly ExportFormat[], file: string): Promise<Array<{ format: ExportFormat; path: string }>> {
  const info = await stat(output).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw new CliError({ file: output, message: `Several formats (${formats.join(', ')}) go into a folder, but this is a file.`, hint: 'Give a folder for -o (it is created if missing), e.g. -o handouts.', exitCode: EXIT_USAGE });
  }
  if (!info && !(await stat(dirname(resolve(output))).catch(() => undefined))?.isDirectory()) {
    throw new CliError({ file: output, message: 'The folder to write into is not there, nor the folder that would hold it.', hint: 'Create the parent folder first, or choose another output folder.' });
  }
  const stem = deckStem(basename(file));
  const targets = formats.map((format) => ({ format, path: join(output, batchFileName(stem, format)) }));
  const clash = targets.find((target) => resolve(target.path) === resolve(file));
  if (clash) {
    throw new CliError({ file: clash.path, message: 'This output would replace the report itself.', hint: 'Choose another output folder.', exitCode: EXIT_USAGE });
  }
  for (const target of targets) {
    if ((await stat(target.path).catch(() => undefined))?.isDirectory()) {
      throw new CliError({ file: target.path, message: 'A folder has the name this export needs.', hint: 'Rename or move that folder, or choose another output folder.', exitCode: EXIT_USAGE });
    }
  }
  return targets;
}

function printRequest(format: PdfExportKind, options: ExportCliOptions): PrintRequest {
  try {
    return makePrintRequest({
      kind: format,
      ...(options.perPage === undefined || format !== 'handout' ? {} : { perPage: options.perPage }),
      ...(options.watermark === undefined ? {} : { watermark: options.watermark }),
    });
  } catch (error) {
    if (error instanceof PrintRequestError) throw new CliError({ message: error.message, hint: 'See "podium export --help".', exitCode: EXIT_USAGE });
    throw error;
  }
}

/** What one format's export gives: the bytes and a line for the user. */
interface Exported {
  data: Uint8Array | string;
  summary: string;
}

/**
 * `podium export <file> --format … -o <out>`: PDF layouts, PPTX or a single-file HTML
 * presentation; several formats (or all) in one pass into a folder, sharing one compile,
 * one browser and one font subsetter.
 */
export const registerExport: RegisterCommand = (program, io) => {
  addDeckOptions(
    program
      .command('export')
      .description('export a report: PDF (slides, notes pages, handouts, reading copy 讲话稿, official copy), PPTX, or one offline HTML file; several at once into a folder')
      .argument('<file>', REPORT_ARGUMENT)
      .addOption(new Option('-f, --format <formats>', `what to export: ${EXPORT_FORMATS.join(', ')}; several comma-separated, or all`).argParser(formatsParser).makeOptionMandatory())
      .requiredOption('-o, --output <path>', 'the file to write (.pdf, .pptx or .html), or for several formats the folder (created if missing; files named <report>-slides.pdf … <report>.pptx, <report>.html); replaced atomically')
      .addOption(new Option('--per-page <n>', 'handouts: slides per A4 page (2, 3, 4 or 6; default 3)').argParser(perPageParser))
      .option('--watermark <text>', 'PDF: a diagonal watermark on every page, e.g. "内部资料 注意保存"')
      .option('--author <name>', 'author in the file\'s metadata (default: the report\'s byline, else your login name)')
      .option('--browser <path>', 'PDF: the Chromium, Chrome or Edge to print with (default: $PODIUM_BROWSER, else found on this machine)')
      .option('--renderer <dir>', 'PDF and HTML: the built renderer (default: dist/renderer)'),
  ).action(async (file: string, options: ExportCliOptions) => {
    const formats = options.format;
    // Options and outputs first: a mistake is reported before the report is read and compiled.
    const targets = formats.length === 1
      ? [{ format: formats[0]!, path: options.output }]
      : await checkOutputFolder(options.output, formats, file);
    if (formats.length === 1) await checkOutputFile(options.output, formats[0]!, file);
    const pdfs = formats.filter(isPdfFormat);
    if (pdfs.length === 0 && (options.watermark !== undefined || options.perPage !== undefined)) {
      throw new CliError({ message: `--watermark and --per-page apply to PDF exports, not to ${formats.join(', ')}.`, hint: 'Leave them out, or choose a PDF format.', exitCode: EXIT_USAGE });
    }
    if (options.perPage !== undefined && !formats.includes('handout')) {
      throw new CliError({ message: 'Slides per page applies to handouts only, and handout is not among the formats.', hint: 'Add handout to --format, or leave out --per-page.', exitCode: EXIT_USAGE });
    }
    const requests = new Map(pdfs.map((format) => [format, printRequest(format, options)]));
    if (formats.length > 1) await mkdir(options.output, { recursive: true }).catch((error: unknown) => { throw writeError(options.output, error); });
    // The browser starts while the report is compiled and the PPTX and HTML are made; every PDF prints in it, one after another.
    const session = pdfs.length > 0
      ? openPdfSession({
          ...(options.browser === undefined ? {} : { browserPath: options.browser }),
          ...(options.renderer === undefined ? {} : { rendererDir: options.renderer }),
        })
      : undefined;
    session?.catch(() => undefined);
    let announced = false;
    const exportOne = async (deck: DeckModel, format: ExportFormat): Promise<Exported> => {
      if (format === 'pptx') {
        return { data: await renderPptx(deck, options.author === undefined ? {} : { author: options.author }), summary: `${deck.slides.length} slides with their notes` };
      }
      if (format === 'html') {
        return { data: await renderSingleHtml(deck, options.renderer === undefined ? {} : { rendererDir: options.renderer }), summary: `${deck.slides.length} slides, audience and speaker views, works offline` };
      }
      const open = await session!;
      if (!announced) io.err(`podium: printing with ${open.browser.path} (Chromium ${open.browser.version}, found via ${open.browser.via})\n`);
      announced = true;
      const progress = progressReporter(io, `podium: ${format}`);
      const result = await open.render(deck, requests.get(format)!, {
        ...(options.author === undefined ? {} : { author: options.author }),
        onProgress: progress.update,
      });
      progress.end();
      return { data: result.pdf, summary: `${result.pages} pages` };
    };
    const order = [...formats.filter((format) => !isPdfFormat(format)), ...pdfs];
    try {
      const { deck } = await loadDeck(file, options);
      for (const format of order) {
        const target = targets.find((candidate) => candidate.format === format)!;
        let exported: Exported;
        try {
          exported = await exportOne(deck, format);
        } catch (error) {
          if (error instanceof PdfExportError) throw new CliError({ message: error.message, hint: error.hint });
          if (error instanceof RendererMissingError || error instanceof ClassicScriptsMissingError) throw new CliError({ message: error.message, hint: error.hint });
          throw error;
        }
        try {
          await writeFileAtomic(target.path, exported.data);
        } catch (error) {
          throw writeError(target.path, error);
        }
        const bytes = typeof exported.data === 'string' ? Buffer.byteLength(exported.data) : exported.data.byteLength;
        io.out(`Wrote ${target.path}: ${exported.summary}, ${(bytes / 1024).toFixed(0)} KB.\n`);
      }
    } finally {
      await (await session?.catch(() => undefined))?.close();
    }
  });
};
