import { execFileSync } from 'node:child_process';
/**
 * `podium export` as a user runs it: clear errors for bad options before any work,
 * a clear message when no browser can print, and a real export with progress on
 * stderr, the browser named, and the file written.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { podiumIn } from './support/run-podium.ts';
import { EXAMPLE_REPORT_PATH } from '../slides/node/bundled.ts';
import { pdfFonts, pdfPageCount } from './helpers/pdf-tools.ts';
import { ensureRendererBuilt, RENDERER_DIST } from './support/renderer-build.ts';

let dir: string;
beforeAll(async () => {
  ensureRendererBuilt();
  dir = await mkdtemp(join(tmpdir(), 'podium-export-cli-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

// In English whatever the machine's locale (the messages are matched below).
const podium = podiumIn('C.UTF-8');

describe('podium export', () => {
  it('rejects a bad handout size, an unknown format and a wrong file extension, writing nothing', async () => {
    const target = join(dir, 'bad.pdf');
    const perPage = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'handout', '--per-page', '5', '-o', target);
    expect(perPage.code).toBe(2);
    expect(perPage.err).toMatch(/Use 2, 3, 4, 6/);
    const format = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'docx', '-o', target);
    expect(format.code).toBe(2);
    expect(format.err).toMatch(/slides, notes, handout, reading, official, changes, proof, pptx, html/);
    const extension = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'pptx', '-o', target);
    expect(extension.code).toBe(2);
    expect(extension.err).toMatch(/A pptx export is a \.pptx file/);
    const notHandout = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'notes', '--per-page', '4', '-o', target);
    expect(notHandout.code).toBe(2);
    expect(notHandout.err).toMatch(/Notes pages take 1, 2 slides a page, not "4"/);
    const largeSlides = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'slides', '--large-type', '-o', target);
    expect(largeSlides.code).toBe(2);
    expect(largeSlides.err).toMatch(/Large type applies to notes pages only, and notes is not among the formats/);
    const pptxWatermark = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'pptx', '--watermark', '内部', '-o', join(dir, 'x.pptx'));
    expect(pptxWatermark.code).toBe(2);
    expect(pptxWatermark.err).toMatch(/apply to PDF exports, not to pptx/);
    expect(existsSync(target)).toBe(false);
    // A folder that is not there is found before the report is compiled and printed, not after.
    const missing = join(dir, 'missing', 'folder', 'x.pdf');
    const started = Date.now();
    const noFolder = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'slides', '--renderer', RENDERER_DIST, '-o', missing);
    expect(noFolder.code).toBe(1);
    expect(noFolder.err).toBe(`podium: ${missing}: The folder to write into does not exist.\n  Create the folder first, or choose another output path.\n`);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('several formats: -o must be a folder (made if missing), --per-page needs handouts or notes pages; checked before any work', async () => {
    const file = join(dir, 'a-file.pdf');
    await writeFile(file, 'not a folder');
    const intoFile = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'slides,notes', '-o', file);
    expect(intoFile.code).toBe(2);
    expect(intoFile.err).toMatch(/a-file\.pdf: Several formats \(slides, notes\) go into a folder, but this is a file/);
    const unknown = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'slides,docx', '-o', join(dir, 'x'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Unknown format "docx"/);
    const perPage = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'slides,pptx', '--per-page', '4', '-o', join(dir, 'y'));
    expect(perPage.code).toBe(2);
    expect(perPage.err).toMatch(/neither handout nor notes is among the formats/);
    const notesPerPage = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'slides,notes', '--per-page', '4', '-o', join(dir, 'y'));
    expect(notesPerPage.code).toBe(2);
    expect(notesPerPage.err).toMatch(/Notes pages take 1, 2 slides a page, not "4"/);
    // One number for handouts and notes pages: where it fits only handouts, the notes pages keep 1 a page, and the user is told.
    const both = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'handout,notes', '--per-page', '6', '--renderer', join(dir, 'no-renderer'), '-o', join(dir, 'z'));
    expect(both.code).toBe(1);
    expect(both.err).toMatch(/--per-page 6 is used for handouts; notes pages take 1, 2 a page, so they keep their default of 1/);
    const noParent = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'all', '-o', join(dir, 'no', 'such', 'folder'));
    expect(noParent.code).toBe(1);
    expect(noParent.err).toMatch(/not there, nor the folder that would hold it/);
    expect(existsSync(join(dir, 'x')) || existsSync(join(dir, 'y'))).toBe(false);
    expect(await readFile(file, 'utf8')).toBe('not a folder');
  });

  it('says which browser to install when none can print', async () => {
    const previous = process.env.PODIUM_BROWSER;
    process.env.PODIUM_BROWSER = join(dir, 'no-such-browser');
    try {
      const result = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'slides', '--renderer', RENDERER_DIST, '-o', join(dir, 'none.pdf'));
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/PODIUM_BROWSER is set to ".*no-such-browser", which is not an executable file/);
      expect(result.err).toMatch(/Point PODIUM_BROWSER at a Chromium, Chrome or Edge executable/);
      expect(existsSync(join(dir, 'none.pdf'))).toBe(false);
    } finally {
      if (previous === undefined) delete process.env.PODIUM_BROWSER;
      else process.env.PODIUM_BROWSER = previous;
    }
  });

  it('says how to build the renderer when it is missing', async () => {
    const result = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'reading', '--renderer', join(dir, 'nowhere'), '-o', join(dir, 'r.pdf'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/The renderer is not built: .*nowhere has no print.html/);
    expect(result.err).toMatch(/npm run build:renderer/);
  });

  it('exports a reading copy with a watermark, reporting progress and the browser used', async () => {
    const target = join(dir, '讲话稿.pdf');
    const result = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'reading', '--watermark', '内部资料 注意保存', '--author', '办公室', '--renderer', RENDERER_DIST, '-o', target);
    expect(result.err).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/podium: reading: (starting|layout|printing|done) \d+%/);
    expect(result.err).toMatch(/printing with \S+ \(Chromium \d+/);
    expect(result.out).toMatch(/^Wrote .*讲话稿\.pdf: \d+ pages, \d+ KB\.\n$/);
    expect((await readFile(target)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a slides PDF alone, for comparison with the batch', async () => {
    const result = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'slides', '--renderer', RENDERER_DIST, '-o', join(dir, 'slides-alone.pdf'));
    expect(result.code).toBe(0);
    // The report has no byline and no author: the PDF names none (not the login name of whoever exported it).
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', join(dir, 'slides-alone.pdf')], { encoding: 'utf8' });
    expect(info).not.toMatch(/^Author:/m);
    expect(info).toMatch(/^Title:\s+全力打造共同富裕示范区X的先行镇/m);
  });

  it('--format all: every format into one folder, named after the report, in one pass with one browser', async () => {
    const out = join(dir, 'all');
    const result = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'all', '--renderer', RENDERER_DIST, '-o', out);
    expect(result.err).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    const names = ['slides.pdf', 'notes.pdf', 'handout.pdf', 'reading.pdf', 'official.pdf', 'proof.pdf'].map((name) => `town-congress-report-${name}`);
    expect((await readdir(out)).sort()).toEqual([...names, 'town-congress-report.html', 'town-congress-report.pptx'].sort());
    expect(result.err.match(/printing with /g)).toHaveLength(1);
    for (const name of names) {
      expect(result.out).toContain(`Wrote ${join(out, name)}: `);
      const fonts = pdfFonts(join(out, name));
      expect(fonts.length, name).toBeGreaterThan(0);
      // Subset TrueType (CID) fonts, never Type 3 bitmaps.
      for (const font of fonts) expect(font, name).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true });
    }
    expect(pdfPageCount(join(out, names[0]!))).toBe(pdfPageCount(join(dir, 'slides-alone.pdf')));
    // The PPTX while the browser starts; the single-file HTML (the largest in Node's memory) after the browser is closed.
    const written = [...result.out.matchAll(/^Wrote .*?town-congress-report([-.\w]*): /gm)].map((match) => match[1]);
    expect(written[0]).toBe('.pptx');
    expect(written.at(-1)).toBe('.html');
  });

  it('exports a PPTX and a single-file HTML', async () => {
    const pptx = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'pptx', '-o', join(dir, 'deck.pptx'));
    expect(pptx.code).toBe(0);
    expect(pptx.out).toMatch(/slides with their notes/);
    expect((await stat(join(dir, 'deck.pptx'))).size).toBeGreaterThan(10_000);
    const html = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'html', '--renderer', RENDERER_DIST, '-o', join(dir, 'deck.html'));
    expect(html.code).toBe(0);
    expect(await readFile(join(dir, 'deck.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });
});
