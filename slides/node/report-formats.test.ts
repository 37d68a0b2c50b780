/**
 * The bundled report as offices really save it: a .docx with automatic numbering, and .doc and
 * .docx files written by LibreOffice Writer, each giving the same sections and slide titles as
 * the .txt, with notes that are the report as the document shows it. LibreOffice makes its files
 * at run time; without it those tests skip and say why.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactText, compileDeck, type DeckModel, type SourceText } from '../core/index.ts';
import { invariantViolations } from '../core/invariants.ts';
import { EXAMPLE_REPORT_PATH } from './bundled.ts';
import { numberedReportDocx } from './fixtures/numbered-report.ts';
import { convertWithOffice, findOffice, OFFICE_MISSING } from './fixtures/soffice.ts';
import { readReport } from './read-report.ts';

let dir: string;
let txt: SourceText;
let expected: DeckModel;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-formats-'));
  txt = await readReport(EXAMPLE_REPORT_PATH);
  expected = compileDeck(txt);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const outline = (deck: DeckModel): { sections: string[]; titles: string[] } => ({
  sections: deck.sections.map((s) => `${s.label}${s.title}`),
  titles: deck.slides.map((s) => `${s.kind}: ${s.title}`),
});

/** Same sections and slide titles as the .txt, notes that are the document's text and the same words as the .txt's. */
function expectSameDeck(source: SourceText): DeckModel {
  const deck = compileDeck(source);
  expect(invariantViolations(deck, source.text)).toEqual([]);
  expect(outline(deck)).toEqual(outline(expected));
  expect(compactText(deck.slides.map((s) => s.notes).join(''))).toBe(compactText(expected.slides.map((s) => s.notes).join('')));
  return deck;
}

describe('the bundled report as a .docx with automatic numbering', () => {
  it('gives the same sections and slide titles as the .txt: 一、 and （一） come from numbering.xml', async () => {
    const path = join(dir, 'numbered.docx');
    await writeFile(path, await numberedReportDocx(txt.text));
    const source = await readReport(path);
    expect(source.document?.numbered).toBe(15);
    expect(expectSameDeck(source).sections).toHaveLength(4);
  });
});

const office = findOffice();
/** LibreOffice converts in about 2 s here; a cold start on a loaded CI machine takes longer. */
const OFFICE_TIMEOUT = 120_000;
if (!office) console.warn(`report-formats.test.ts: the LibreOffice-made .doc/.docx checks are skipped: ${OFFICE_MISSING}`);

describe.skipIf(!office)(`the bundled report saved by LibreOffice Writer${office ? '' : ` — skipped: ${OFFICE_MISSING}`}`, () => {
  let made: { doc: string; docx: string; numberedDoc: string; numberedDocx: string };
  beforeAll(async () => {
    const text = join(dir, 'report.txt');
    await copyFile(EXAMPLE_REPORT_PATH, text);
    const numbered = join(dir, 'numbered-report.docx');
    await writeFile(numbered, await numberedReportDocx(txt.text));
    const out = join(dir, 'office');
    const [doc, numberedDoc] = await convertWithOffice(office as string, [text, numbered], 'doc', out);
    const [docx, numberedDocx] = await convertWithOffice(office as string, [text, numbered], 'docx', out);
    made = { doc: doc as string, docx: docx as string, numberedDoc: numberedDoc as string, numberedDocx: numberedDocx as string };
  }, 240_000);

  it('.doc (Word 97) from the text: same sections and titles, read through LibreOffice or (without it) as text', async () => {
    const source = await readReport(made.doc);
    expect(source).toMatchObject({ format: 'doc', document: { conversion: { via: 'libreoffice' }, lost: [] } });
    expectSameDeck(source);
    const textOnly = await readReport(made.doc, { office: { soffice: undefined } });
    expect(textOnly.document?.lost).toEqual(expect.arrayContaining(['numbering', 'heading-styles']));
    expectSameDeck(textOnly);
  }, OFFICE_TIMEOUT);

  it('.docx from the text and .docx re-saved from the automatically numbered one: same sections and titles', async () => {
    expectSameDeck(await readReport(made.docx));
    const numbered = await readReport(made.numberedDocx);
    expect(numbered.document?.numbered).toBe(15);
    expectSameDeck(numbered);
  }, OFFICE_TIMEOUT);

  it('.doc from the automatically numbered .docx: through LibreOffice, the same sections and titles as the .txt', async () => {
    const source = await readReport(made.numberedDoc);
    expect(source.document).toMatchObject({ conversion: { via: 'libreoffice' }, numbered: 15 });
    expect(expectSameDeck(source).sections).toHaveLength(4);
  }, OFFICE_TIMEOUT);

  it('.doc from the automatically numbered .docx, LibreOffice not starting: the numbers are lost (not in a .doc\'s text), and it says why', async () => {
    const source = await readReport(made.numberedDoc, { office: { soffice: join(dir, 'missing', 'soffice') } });
    expect(source.text).toContain('\n过去五年的工作回顾\n');
    expect(source.text).not.toContain('一、过去五年的工作回顾');
    expect(source.document?.lost).toContain('numbering');
    expect(source.document?.conversion).toMatchObject({ via: 'text', reason: 'not-started' });
    expect(compactText(source.text)).toBe(compactText(txt.text.replace(/^(?:[一二三四]、|（[一二三四五六七]）)/gm, '')));
  }, OFFICE_TIMEOUT);

  it('a .doc renamed .docx, and a .docx renamed .doc, are read by what they are; a .wps in Word 97–2003 format is read as one', async () => {
    const docAsDocx = join(dir, 'renamed.docx');
    await copyFile(made.doc, docAsDocx);
    const a = await readReport(docAsDocx);
    expect(a).toMatchObject({ format: 'doc', document: { namedAs: '.docx' } });
    const docxAsDoc = join(dir, 'renamed.doc');
    await copyFile(made.numberedDocx, docxAsDoc);
    const b = await readReport(docxAsDoc);
    expect(b).toMatchObject({ format: 'docx', document: { namedAs: '.doc' } });
    expectSameDeck(b);
    // WPS saves .wps in the Word 97–2003 format: read the same way, named as what it is.
    const wps = join(dir, 'report.wps');
    await copyFile(made.doc, wps);
    const c = await readReport(wps);
    expect(c.format).toBe('wps');
    expect(c.document?.namedAs).toBeUndefined();
    expectSameDeck(c);
  }, OFFICE_TIMEOUT);
});
