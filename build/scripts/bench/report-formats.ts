import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileDeck } from '../../../slides/core/index.ts';
import { EXAMPLE_REPORT_PATH } from '../../../slides/node/bundled.ts';
import { numberedReportDocx } from '../../../slides/node/fixtures/numbered-report.ts';
import { convertWithOffice, findOffice, OFFICE_MISSING } from '../../../slides/node/fixtures/soffice.ts';
import { readReport } from '../../../slides/node/read-report.ts';
import type { BenchEntry } from './bench-entry.ts';

/**
 * Opening the bundled report as offices save it (issue 19): the file read and the deck planned,
 * in-process, as the app and `podium info` do. The .docx has Word's automatic numbering; the .doc
 * and the PDF are made from it by LibreOffice Writer ("MS Word 97", and the 7 pages Writer prints
 * in its default style); the .doc is read through LibreOffice (converted to .docx: a fresh soffice
 * each time) and, for comparison, as text only with word-extractor.
 */

const work = mkdtempSync(join(tmpdir(), 'podium-bench-formats-'));
process.once('exit', () => rmSync(work, { recursive: true, force: true }));
const docx = join(work, 'report.docx');

let written: Promise<void> | undefined;
/** The numbered .docx, written once. */
function numberedDocx(): Promise<void> {
  written ??= numberedReportDocx(readFileSync(EXAMPLE_REPORT_PATH, 'utf8')).then((bytes) => writeFileSync(docx, bytes));
  return written;
}

let made: Promise<{ doc: string; pdf: string }> | undefined;
/** The .doc and PDF made from the .docx by LibreOffice, once, when a row needs them. */
function officeFiles(): Promise<{ doc: string; pdf: string }> {
  made ??= (async () => {
    await numberedDocx();
    const office = findOffice() as string;
    const [doc] = await convertWithOffice(office, [docx], 'doc', work);
    const [pdf] = await convertWithOffice(office, [docx], 'pdf', work);
    return { doc: doc as string, pdf: pdf as string };
  })();
  return made;
}

const open = async (path: string, options: Parameters<typeof readReport>[1] = {}): Promise<void> => {
  compileDeck(await readReport(path, options));
};
const withoutOffice = (): string | undefined => (findOffice() ? undefined : OFFICE_MISSING);
let files: { doc: string; pdf: string } = { doc: '', pdf: '' };

export const benches: BenchEntry[] = [
  {
    name: 'open report .docx (automatic numbering, bundled report)',
    target: { stat: 'median', max: 300 },
    warmup: 3,
    runs: 20,
    setup: numberedDocx,
    run: () => open(docx),
  },
  {
    name: 'open report .doc through LibreOffice (bundled report)',
    target: { stat: 'median', max: 5000 },
    warmup: 1,
    runs: 5,
    skip: withoutOffice,
    setup: async () => {
      files = await officeFiles();
    },
    run: () => open(files.doc),
  },
  {
    name: 'open report .doc as text only (word-extractor, bundled report)',
    target: { stat: 'median', max: 300 },
    warmup: 2,
    runs: 10,
    skip: withoutOffice,
    setup: async () => {
      files = await officeFiles();
    },
    run: () => open(files.doc, { office: { soffice: 'off' } }),
  },
  {
    name: 'open report PDF (LibreOffice print, bundled report)',
    target: { stat: 'median', max: 3000 },
    warmup: 1,
    runs: 5,
    skip: withoutOffice,
    setup: async () => {
      files = await officeFiles();
    },
    run: () => open(files.pdf),
  },
];
