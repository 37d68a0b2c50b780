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
import type { RegisterCommand } from './command.ts';
import type { CliText } from '../cli-text.ts';

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

function perPageParser(text: CliText) {
  return (value: string): number => {
    const n = Number(value);
    if (!HANDOUT_LAYOUTS.some((allowed) => allowed === n)) throw new InvalidArgumentError(text.t('cli.export.perPageInvalid', { values: HANDOUT_LAYOUTS.join(', ') }));
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

async function checkOutput(output: string, format: ExportFormat, file: string): Promise<void> {
  const wanted = EXTENSION[format];
  if (extname(output).toLowerCase() !== wanted) {
    const actual = extname(output) || { key: 'cli.export.noExtension' } as const;
    throw new CliError({ file: output, message: { key: 'cli.export.wrongExtension', values: { format, wanted, actual } }, hint: { key: 'cli.export.wrongExtension.hint', values: { wanted } }, exitCode: EXIT_USAGE });
  }
  if (resolve(output) === resolve(file)) {
    throw new CliError({ file: output, message: { key: 'cli.export.isInput' }, hint: { key: 'cli.export.isInput.hint' }, exitCode: EXIT_USAGE });
  }
  const info = await stat(output).catch(() => undefined);
  if (info?.isDirectory()) {
    throw new CliError({ file: output, message: { key: 'cli.export.isFolder' }, hint: { key: 'cli.export.isFolder.hint', values: { example: resolve(output, `report${wanted}`) } }, exitCode: EXIT_USAGE });
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
    if (error instanceof PrintRequestError) throw new CliError({ message: error.said, hint: { key: 'cli.export.seeHelp' }, exitCode: EXIT_USAGE });
    throw error;
  }
}

/** `podium export <file> --format … -o <out>`: PDF layouts, PPTX or a single-file HTML presentation. */
export const registerExport: RegisterCommand = (program, io, text) => {
  addDeckOptions(
    program
      .command('export')
      .description(text.t('cli.export.description'))
      .argument('<file>', text.t('cli.arg.report'))
      .addOption(new Option('-f, --format <format>', text.t('cli.export.format')).choices(FORMATS).makeOptionMandatory())
      .requiredOption('-o, --output <file>', text.t('cli.export.output'))
      .addOption(new Option('--per-page <n>', text.t('cli.export.perPage')).argParser(perPageParser(text)))
      .option('--watermark <text>', text.t('cli.export.watermark'))
      .option('--author <name>', text.t('cli.export.author'))
      .option('--browser <path>', text.t('cli.export.browser'))
      .option('--renderer <dir>', text.t('cli.export.renderer')),
    text,
  ).action(async (file: string, options: ExportCliOptions) => {
    const format = options.format;
    // Options first: a mistake is reported before the report is read and compiled.
    await checkOutput(options.output, format, file);
    const pdf = format !== 'pptx' && format !== 'html';
    if (!pdf && (options.watermark !== undefined || options.perPage !== undefined)) {
      throw new CliError({ message: { key: 'cli.export.pdfOnly', values: { format } }, hint: { key: 'cli.export.pdfOnly.hint' }, exitCode: EXIT_USAGE });
    }
    const request = pdf ? printRequest(format, options) : undefined;
    const { deck } = await loadDeck(file, options);
    let data: Uint8Array | string;
    let summary: string;
    try {
      if (format === 'pptx') {
        data = await renderPptx(deck, options.author === undefined ? {} : { author: options.author });
        summary = text.t('cli.export.pptxSummary', { n: deck.slides.length });
      } else if (format === 'html') {
        data = await renderSingleHtml(deck, options.renderer === undefined ? {} : { rendererDir: options.renderer });
        summary = text.t('cli.export.htmlSummary', { n: deck.slides.length });
      } else if (request) {
        const progress = progressReporter(io, `podium: ${format}`);
        const result = await renderPdf(deck, request, {
          ...(options.browser === undefined ? {} : { browserPath: options.browser }),
          ...(options.renderer === undefined ? {} : { rendererDir: options.renderer }),
          ...(options.author === undefined ? {} : { author: options.author }),
          onProgress: progress.update,
        });
        progress.end();
        io.err(`podium: ${text.t('cli.export.printedWith', { path: result.browser.path, version: result.browser.version, via: result.browser.via })}\n`);
        data = result.pdf;
        summary = text.t('cli.export.pdfSummary', { n: result.pages });
      } else {
        throw new Error(`no exporter for ${format}`);
      }
    } catch (error) {
      if (error instanceof PdfExportError || error instanceof RendererMissingError) throw new CliError({ message: error.said, hint: error.hint });
      throw error;
    }
    try {
      await writeFileAtomic(options.output, data);
    } catch (error) {
      throw writeError(options.output, error);
    }
    const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    io.out(`${text.t('cli.wroteExport', { file: options.output, summary, size: (bytes / 1024).toFixed(0) })}\n`);
  });
};
