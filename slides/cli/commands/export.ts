import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { HANDOUT_LAYOUTS } from '../../../electron/common/print.ts';
import type { PrintRequest } from '../../../electron/common/print.ts';
import { PdfExportError, renderPdf } from '../../export/pdf.ts';
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

const FORMATS = ['slides', 'notes', 'handout', 'reading', 'official', 'pptx', 'html'] as const;
type ExportFormat = (typeof FORMATS)[number];
const EXTENSION: Record<ExportFormat, string> = {
  slides: '.pdf', notes: '.pdf', handout: '.pdf', reading: '.pdf', official: '.pdf', pptx: '.pptx', html: '.html',
};

interface ExportCliOptions extends DeckCliOptions {
  format: ExportFormat;
  output: string;
  perPage?: number;
  watermark?: string;
  author?: string;
  browser?: string;
  renderer?: string;
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

async function checkOutput(output: string, format: ExportFormat, file: string): Promise<void> {
  const wanted = EXTENSION[format];
  if (extname(output).toLowerCase() !== wanted) {
    throw new CliError({ file: output, message: `A ${format} export is a ${wanted} file, but the output name ends in "${extname(output) || '(nothing)'}".`, hint: `Name the output *${wanted}, e.g. -o report${wanted}.`, exitCode: EXIT_USAGE });
  }
  if (resolve(output) === resolve(file)) {
    throw new CliError({ file: output, message: 'The output is the report itself.', hint: 'Choose another output file name.', exitCode: EXIT_USAGE });
  }
  const info = await stat(output).catch(() => undefined);
  if (info?.isDirectory()) {
    throw new CliError({ file: output, message: 'This is a folder, not a file.', hint: `Give a file name, e.g. ${resolve(output, `report${wanted}`)}.`, exitCode: EXIT_USAGE });
  }
}

function printRequest(format: ExportFormat, options: ExportCliOptions): PrintRequest {
  try {
    return makePrintRequest({
      kind: format,
      ...(options.perPage === undefined ? {} : { perPage: options.perPage }),
      ...(options.watermark === undefined ? {} : { watermark: options.watermark }),
    });
  } catch (error) {
    if (error instanceof PrintRequestError) throw new CliError({ message: error.message, hint: 'See "podium export --help".', exitCode: EXIT_USAGE });
    throw error;
  }
}

/** `podium export <file> --format … -o <out>`: PDF layouts, PPTX or a single-file HTML presentation. */
export const registerExport: RegisterCommand = (program, io) => {
  addDeckOptions(
    program
      .command('export')
      .description('export a report: PDF (slides, notes pages, handouts, reading copy 讲话稿, official copy), PPTX, or one offline HTML file')
      .argument('<file>', REPORT_ARGUMENT)
      .addOption(new Option('-f, --format <format>', 'what to export').choices(FORMATS).makeOptionMandatory())
      .requiredOption('-o, --output <file>', 'file to write (.pdf, .pptx or .html); replaced atomically')
      .addOption(new Option('--per-page <n>', 'handouts: slides per A4 page (2, 3, 4 or 6; default 3)').argParser(perPageParser))
      .option('--watermark <text>', 'PDF: a diagonal watermark on every page, e.g. "内部资料 注意保存"')
      .option('--author <name>', 'author in the file\'s metadata (default: the report\'s byline, else your login name)')
      .option('--browser <path>', 'PDF: the Chromium, Chrome or Edge to print with (default: $PODIUM_BROWSER, else found on this machine)')
      .option('--renderer <dir>', 'PDF and HTML: the built renderer (default: dist/renderer)'),
  ).action(async (file: string, options: ExportCliOptions) => {
    const format = options.format;
    // Options first: a mistake is reported before the report is read and compiled.
    await checkOutput(options.output, format, file);
    const pdf = format !== 'pptx' && format !== 'html';
    if (!pdf && (options.watermark !== undefined || options.perPage !== undefined)) {
      throw new CliError({ message: `--watermark and --per-page apply to PDF exports, not to ${format}.`, hint: 'Leave them out, or choose a PDF format.', exitCode: EXIT_USAGE });
    }
    const request = pdf ? printRequest(format, options) : undefined;
    const { deck } = await loadDeck(file, options, io);
    let data: Uint8Array | string;
    let summary: string;
    try {
      if (format === 'pptx') {
        data = await renderPptx(deck, options.author === undefined ? {} : { author: options.author });
        summary = `${deck.slides.length} slides with their notes`;
      } else if (format === 'html') {
        data = await renderSingleHtml(deck, options.renderer === undefined ? {} : { rendererDir: options.renderer });
        summary = `${deck.slides.length} slides, audience and speaker views, works offline`;
      } else if (request) {
        const progress = progressReporter(io, `podium: ${format}`);
        const result = await renderPdf(deck, request, {
          ...(options.browser === undefined ? {} : { browserPath: options.browser }),
          ...(options.renderer === undefined ? {} : { rendererDir: options.renderer }),
          ...(options.author === undefined ? {} : { author: options.author }),
          onProgress: progress.update,
        });
        progress.end();
        io.err(`podium: printed with ${result.browser.path} (Chromium ${result.browser.version}, found via ${result.browser.via})\n`);
        data = result.pdf;
        summary = `${result.pages} pages`;
      } else {
        throw new Error(`no exporter for ${format}`);
      }
    } catch (error) {
      if (error instanceof PdfExportError) throw new CliError({ message: error.message, hint: error.hint });
      if (error instanceof RendererMissingError) throw new CliError({ message: error.message, hint: error.hint });
      throw error;
    }
    try {
      await writeFileAtomic(options.output, data);
    } catch (error) {
      throw writeError(options.output, error);
    }
    const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    io.out(`Wrote ${options.output}: ${summary}, ${(bytes / 1024).toFixed(0)} KB.\n`);
  });
};
