/**
 * 校对单 from the command line: `podium export <deck> --format proof` on the bundled deck edited by
 * a script prints each slide beside the report passage it comes from, the typed words, the changed
 * figure and the cut phrase said under their slides, fonts embedded as subsets; the untouched deck
 * prints every slide as in the report.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { podiumIn } from './support/run-podium.ts';
import { BUNDLED_DECK_PATH } from '../slides/node/bundled.ts';
import { pdfFonts, pdfPageCount, pdfText, squeeze } from './helpers/pdf-tools.ts';
import { ensureRendererBuilt, RENDERER_DIST } from './support/renderer-build.ts';

let dir: string;
beforeAll(async () => {
  ensureRendererBuilt();
  dir = await mkdtemp(join(tmpdir(), 'podium-proof-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const podium = podiumIn('en_US.UTF-8');

describe('podium export --format proof (校对单)', () => {
  it('prints each slide beside its report passage, with the differences said under the slide', async () => {
    const original = await readFile(BUNDLED_DECK_PATH, 'utf8');
    const edits: [string, string][] = [
      ['- 推进医疗综合体建设', '- 推进医疗综合体宏伟建设'],
      ['- 成功办结各级矛盾纠纷X余件，办结率达X%', '- 成功办结各级矛盾纠纷X余件，办结率达98%'],
      ['- 聚焦“五县四最四个X”工作布局', '- 聚焦“五县四最…'],
    ];
    let edited = original;
    for (const [from, to] of edits) {
      expect(edited.split(from).length, from).toBe(2);
      edited = edited.replace(from, to);
    }
    const deck = join(dir, 'edited.md');
    await writeFile(deck, edited);
    const target = join(dir, 'proof.pdf');
    const result = await podium('export', deck, '--format', 'proof', '--renderer', RENDERER_DIST, '-o', target);
    expect(result.err).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    const pages = pdfPageCount(target);
    expect(pages).toBeGreaterThan(1);
    const text = squeeze(pdfText(target));
    expect(text).toContain('校对单');
    expect(text).toContain('共52张幻灯片，3处需要校对');
    // Every slide is there, with the report's words beside it.
    for (let n = 1; n <= 52; n++) expect(text).toContain(`幻灯片${n}`);
    expect(text).toContain('我们秉承“量质并举、发展优先”，打造实力X。五年来');
    // The findings, each under its slide, in the deck's language.
    expect(text).toMatch(/报告中没有要点\d“宏伟”：这些字是报告中没有的。/);
    expect(text).toMatch(/数字不符要点\d“98%”：报告中的数字是“X%”。/);
    expect(text).toMatch(/截断要点\d“聚焦“五县四最…”：截断在“五县四最四个X”中间。/);
    // Each finding under its own slide: the typed word under the slide that shows it.
    const n = original.split('\n---\n').findIndex((slide) => slide.includes('\n- 推进医疗综合体建设\n'));
    expect(n).toBeGreaterThan(0);
    // A slide's heading is "幻灯片 N <title>"; "幻灯片 N 的讲稿" quotes its notes under another slide.
    const heading = (k: number): number => text.search(new RegExp(`幻灯片${k}(?!\\d|的讲稿)`));
    expect(text.indexOf('“宏伟”')).toBeGreaterThan(heading(n));
    expect(text.indexOf('“宏伟”')).toBeLessThan(heading(n + 1));
    for (const font of pdfFonts(target)) expect(font).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true });

    // The untouched deck: nothing to check, every slide as in the report.
    const clean = join(dir, 'clean.pdf');
    expect((await podium('export', BUNDLED_DECK_PATH, '--format', 'proof', '--renderer', RENDERER_DIST, '-o', clean)).code).toBe(0);
    const cleanText = squeeze(pdfText(clean));
    expect(cleanText).toContain('共52张幻灯片，0处需要校对');
    expect(cleanText.match(/与报告一致/g)).toHaveLength(52);
  });
});
