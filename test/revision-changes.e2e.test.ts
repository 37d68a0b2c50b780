/**
 * A revised draft end to end from the command line: an edited deck of the example report is updated
 * with `podium import <draft> --into`, then `podium export --format changes` prints 修订对照 — the
 * changed slides with their added and removed words and changed figures, the new and removed slides.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { podiumIn } from './support/run-podium.ts';
import { EXAMPLE_REPORT_PATH } from '../slides/node/bundled.ts';
import { pdfFonts, pdfPageCount, pdfText, squeeze } from './helpers/pdf-tools.ts';
import { ensureRendererBuilt, RENDERER_DIST } from './support/renderer-build.ts';

let dir: string;
beforeAll(async () => {
  ensureRendererBuilt();
  dir = await mkdtemp(join(tmpdir(), 'podium-revision-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const podium = podiumIn('en_US.UTF-8');

describe('podium export --format changes (修订对照)', () => {
  it('is refused, saying what to do, for a deck no draft was brought into', async () => {
    const deck = join(dir, 'plain.md');
    expect((await podium('import', EXAMPLE_REPORT_PATH, '-o', deck)).code).toBe(0);
    const result = await podium('export', deck, '--format', 'changes', '--renderer', RENDERER_DIST, '-o', join(dir, 'none.pdf'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/there is no revision record/);
    expect(result.err).toContain(`--into ${deck}`);
  });

  it('prints the changed, new and removed slides of an update, with the changed words and figures', async () => {
    const report = await readFile(EXAMPLE_REPORT_PATH, 'utf8');
    const lines = report.split('\n');
    const deck = join(dir, 'deck.md');
    expect((await podium('import', EXAMPLE_REPORT_PATH, '-o', deck)).code).toBe(0);
    // The second draft: a figure changed, a sentence added, a paragraph removed.
    const figure = lines.findIndex((l) => l.includes('五年来'));
    lines[figure] = (lines[figure] as string).replace('五年来', '六年来');
    const removed = lines.findIndex((l) => l.startsWith('我们秉承“绿色为美'));
    expect(removed).toBeGreaterThan(0);
    lines.splice(removed, 1);
    const added = lines.findIndex((l) => l.startsWith('我们秉承“民之所向'));
    lines[added] = (lines[added] as string).replace('。', '。全镇新建养老服务中心一座。');
    const draft = join(dir, '第二稿.txt');
    await writeFile(draft, lines.join('\n'));
    const update = await podium('import', draft, '--into', deck, '--json');
    expect(update.code).toBe(0);
    const summary = JSON.parse(update.out) as { changed: string[]; removed: string[] };
    expect(summary.changed.length).toBe(2);
    expect(summary.removed.length).toBeGreaterThan(0);

    const target = join(dir, 'changes.pdf');
    const result = await podium('export', deck, '--format', 'changes', '--renderer', RENDERER_DIST, '-o', target);
    expect(result.err).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(pdfPageCount(target)).toBeGreaterThanOrEqual(1);
    // One page is "1 page", not "1 pages".
    const pages = pdfPageCount(target);
    expect(result.out).toContain(`: ${pages} ${pages === 1 ? 'page' : 'pages'}, `);
    const text = squeeze(pdfText(target));
    expect(text).toContain('修订对照');
    expect(text).toContain('上一稿：town-congress-report.txt');
    expect(text).toContain('本稿：第二稿.txt');
    expect(text).toContain('全镇新建养老服务中心一座');
    expect(text).toContain('我们秉承“绿色为美');
    expect(text).toContain('数字有改动');
    expect(text).toContain(`改动${summary.changed.length}张`);
    for (const font of pdfFonts(target)) expect(font).toMatchObject({ embedded: true, subset: true });
  });
});
