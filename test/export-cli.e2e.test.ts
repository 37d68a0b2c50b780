/**
 * `podium export` as a user runs it: clear errors for bad options before any work,
 * a clear message when no browser can print, and a real export with progress on
 * stderr, the browser named, and the file written.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../slides/cli/program.ts';
import { EXAMPLE_REPORT_PATH } from '../slides/node/bundled.ts';
import { ensureRendererBuilt, RENDERER_DIST } from './support/renderer-build.ts';

let dir: string;
beforeAll(async () => {
  ensureRendererBuilt();
  dir = await mkdtemp(join(tmpdir(), 'podium-export-cli-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function podium(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => void (out += text), err: (text) => void (err += text) });
  return { code, out, err };
}

describe('podium export', () => {
  it('rejects a bad handout size, an unknown format and a wrong file extension, writing nothing', async () => {
    const target = join(dir, 'bad.pdf');
    const perPage = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'handout', '--per-page', '5', '-o', target);
    expect(perPage.code).toBe(2);
    expect(perPage.err).toMatch(/Use 2, 3, 4, 6/);
    const format = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'docx', '-o', target);
    expect(format.code).toBe(2);
    expect(format.err).toMatch(/slides, notes, handout, reading, official, pptx, html/);
    const extension = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'pptx', '-o', target);
    expect(extension.code).toBe(2);
    expect(extension.err).toMatch(/A pptx export is a \.pptx file/);
    const notHandout = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'notes', '--per-page', '4', '-o', target);
    expect(notHandout.code).toBe(2);
    expect(notHandout.err).toMatch(/handouts only/);
    const pptxWatermark = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'pptx', '--watermark', '内部', '-o', join(dir, 'x.pptx'));
    expect(pptxWatermark.code).toBe(2);
    expect(pptxWatermark.err).toMatch(/apply to PDF exports, not to pptx/);
    expect(existsSync(target)).toBe(false);
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
    expect(result.err).toMatch(/printed with \S+ \(Chromium \d+/);
    expect(result.out).toMatch(/^Wrote .*讲话稿\.pdf: \d+ pages, \d+ KB\.\n$/);
    expect((await readFile(target)).subarray(0, 5).toString()).toBe('%PDF-');
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
