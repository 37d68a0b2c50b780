/**
 * Reports as offices save them, through the app's own exports: the official copy Podium prints
 * reads back (as a PDF) to the .txt's sections and slide titles, and a Word report's unlabelled
 * styled headings come back by how the copy prints them; a Word report's table is a real
 * table in the slides PDF and the PPTX, and its footnotes are printed at the foot of their
 * paragraph in the reading copy. PNGs of the pages go to test-results/report-formats.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../slides/cli/program.ts';
import { compactText, compileDeck, type DeckModel } from '../slides/core/index.ts';
import { invariantViolations } from '../slides/core/invariants.ts';
import { EXAMPLE_REPORT_PATH } from '../slides/node/bundled.ts';
import { makeWordPackage, para, run, table } from '../slides/node/fixtures/word-package.ts';
import { readReport } from '../slides/node/read-report.ts';
import { pdfLines, pdfPageCount, pdfText, pdfToPng, squeeze } from './helpers/pdf-tools.ts';
import { ensureRendererBuilt, RENDERER_DIST } from './support/renderer-build.ts';

const SHOTS = resolve('test-results/report-formats');
let dir: string;
beforeAll(async () => {
  ensureRendererBuilt();
  dir = await mkdtemp(join(tmpdir(), 'podium-formats-e2e-'));
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function podium(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli([...args], { out: (text) => void (out += text), err: (text) => void (err += text) }, { LANG: 'en_US.UTF-8' });
  return { code, out, err };
}

const outline = (deck: DeckModel): { sections: string[]; titles: string[] } => ({
  sections: deck.sections.map((s) => `${s.label}${s.title}`),
  titles: deck.slides.map((s) => `${s.kind}: ${s.title}`),
});

describe('the official copy printed by Podium, read back as a PDF', () => {
  it('gives the same sections and slide titles as the .txt, without its page numbers', async () => {
    const pdf = join(dir, 'official.pdf');
    const exported = await podium('export', EXAMPLE_REPORT_PATH, '--format', 'official', '--renderer', RENDERER_DIST, '-o', pdf);
    expect(exported.err).not.toMatch(/Error/);
    expect(exported.code).toBe(0);
    const pages = pdfPageCount(pdf);
    const source = await readReport(pdf);
    expect(source.format).toBe('pdf');
    // Its 15 headings are printed in the heading looks (一、 in sans, （一） in bold): found by style too.
    expect(source.document).toMatchObject({ pages, droppedLines: pages, headingStyles: 15 });
    expect(source.text).not.toMatch(/— \d+ —/);
    const deck = compileDeck(source);
    expect(invariantViolations(deck, source.text)).toEqual([]);
    const expected = compileDeck(await readReport(EXAMPLE_REPORT_PATH));
    expect(outline(deck)).toEqual(outline(expected));
    expect(compactText(deck.slides.map((s) => s.notes).join(''))).toBe(compactText(expected.slides.map((s) => s.notes).join('')));
    const info = await podium('info', pdf);
    expect(info.out).toMatch(new RegExp(`Format: PDF with text, ${pages} pages`));
    expect(info.out).toMatch(new RegExp(`running headers, footers and page numbers left out ${pages}; sections 4`));
  });

  it('a Word report whose headings have styles but no labels: the official copy reads back to the same outline, by how its headings are printed', async () => {
    const body = '过去五年，在县委的正确领导下，X党委带领X人民，凝心聚力、开拓进取、实干快干，倾力推进三城建设，多项工作走在全县乃至全市前列。';
    const report = join(dir, 'unlabelled.docx');
    await writeFile(report, await makeWordPackage({
      styles: ['<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>', '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>'].join(''),
      body: [
        para('全力打造共同富裕示范区X的先行镇'),
        para('各位代表、同志们：'),
        para(`现在，我代表委员会向大会作报告，请予审议。${body}`),
        para('过去五年的工作回顾', { style: 'Heading1' }),
        para(body.repeat(2)),
        para('夯实工业强镇基础', { style: 'Heading2' }),
        para(body.repeat(3)),
        para('推进美丽城镇建设', { style: 'Heading2' }),
        para(body.repeat(2)),
        para('今后五年的奋斗目标', { style: 'Heading1' }),
        para(body.repeat(4)),
        para('谢谢大家！'),
      ].join(''),
    }));
    const pdf = join(dir, 'unlabelled-official.pdf');
    expect((await podium('export', report, '--format', 'official', '--renderer', RENDERER_DIST, '-o', pdf)).code).toBe(0);
    pdfToPng(pdf, 1, join(SHOTS, 'official-unlabelled'), 50);
    const source = await readReport(pdf);
    expect(source.document?.headingStyles).toBe(4);
    const deck = compileDeck(source);
    expect(invariantViolations(deck, source.text)).toEqual([]);
    const expected = compileDeck(await readReport(report));
    expect(outline(deck)).toEqual(outline(expected));
    expect(deck.sections.map((s) => s.title)).toEqual(['过去五年的工作回顾', '今后五年的奋斗目标']);
  });
});

describe('a Word report with a table and footnotes, exported', () => {
  let report: string;
  beforeAll(async () => {
    report = join(dir, 'indicators.docx');
    await writeFile(report, await makeWordPackage({
      numbering: '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      footnotes: `<w:footnote w:id="1"><w:p>${run('数据来源：县统计局年度统计公报。')}</w:p></w:footnote>`,
      body: [
        para('全力打造共同富裕示范区X的先行镇'),
        para('各位代表、同志们：'),
        para('过去五年的工作回顾', { num: [1, 0] }),
        para('', { content: `${run('五年来，全镇经济持续稳定增长，主要指标好于预期')}<w:r><w:footnoteReference w:id="1"/></w:r>${run('。')}` }),
        para('表1 主要经济指标'),
        table([['指标', '数值', '年均增长'], ['地区生产总值', 'X亿元', 'X%'], ['一般公共预算收入', 'X亿元', 'X%'], ['城镇居民人均可支配收入', 'X元', 'X%']]),
        para('今后五年的奋斗目标', { num: [1, 0] }),
        para('到X年，全镇地区生产总值突破X亿元。'),
        para('表2 重点项目安排'),
        table([['项目', '责任单位', '完成时限'], ['老旧小区改造提升工程', '镇住建办', '2027年底前'], ['河道综合整治工程', '镇农业农村办', '2026年汛期前'], ['数字乡村服务平台建设', '镇党政办', '逐年推进']]),
      ].join(''),
    }));
  });

  it('in the slides PDF the indicators are key figures on one slide, and the other table a real table on one slide', async () => {
    const pdf = join(dir, 'slides.pdf');
    const exported = await podium('export', report, '--format', 'slides', '--renderer', RENDERER_DIST, '-o', pdf);
    expect(exported.code).toBe(0);
    const deck = compileDeck(await readReport(report));
    const tables = deck.slides.flatMap((s, i) => (s.table ? [i + 1] : []));
    expect(tables).toHaveLength(2);
    const [figuresPage, tablePage] = tables as [number, number];
    pdfToPng(pdf, figuresPage, join(SHOTS, 'key-figures-slide'), 60);
    pdfToPng(pdf, tablePage, join(SHOTS, 'table-slide'), 60);
    // Key figures: each value over its indicator (a tile each), the growth under them; no header row.
    const figures = pdfLines(pdf, figuresPage).map((l) => squeeze(l.text));
    expect(figures.join('\n')).toMatch(/X亿元[\s\S]*地区生产总值/);
    expect(figures).toEqual(expect.arrayContaining(['年均增长X%']));
    expect(figures.some((line) => line.includes('指标数值'))).toBe(false);
    // The table: each row on one line, cells in order, not a list of cells.
    const lines = pdfLines(pdf, tablePage).map((l) => squeeze(l.text));
    expect(lines).toEqual(expect.arrayContaining(['项目责任单位完成时限', '老旧小区改造提升工程镇住建办2027年底前', '数字乡村服务平台建设镇党政办逐年推进']));
    expect(squeeze(pdfText(pdf))).not.toContain('数据来源');
  });

  it('the PPTX has the table as a PowerPoint table and the indicators as key figures; the notes read both row by row', async () => {
    const pptx = join(dir, 'deck.pptx');
    expect((await podium('export', report, '--format', 'pptx', '-o', pptx)).code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(pptx));
    const slides = await Promise.all(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
    const withTable = slides.filter((xml) => xml.includes('<a:tbl>'));
    expect(withTable).toHaveLength(1);
    expect(withTable[0]).toMatch(/老旧小区改造提升工程[\s\S]*镇住建办[\s\S]*2027年底前/);
    // The indicators as key figures: value, then indicator, then growth, in text boxes of their own.
    const figures = slides.filter((xml) => /X亿元<\/a:t>[\s\S]*地区生产总值<\/a:t>[\s\S]*年均增长 X%<\/a:t>/.test(xml));
    expect(figures).toHaveLength(1);
    expect(figures[0]).not.toContain('<a:tbl>');
    const notes = await Promise.all(Object.keys(zip.files).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
    expect(notes.some((xml) => xml.includes('地区生产总值 X亿元 X%'))).toBe(true);
  });

  it('the reading copy prints the footnote at the foot of its paragraph; it is not in the spoken notes', async () => {
    const pdf = join(dir, 'reading.pdf');
    expect((await podium('export', report, '--format', 'reading', '--renderer', RENDERER_DIST, '-o', pdf)).code).toBe(0);
    pdfToPng(pdf, 1, join(SHOTS, 'reading-footnote'), 60);
    const text = squeeze(pdfText(pdf));
    expect(text).toContain('①数据来源：县统计局年度统计公报。');
    expect(text.indexOf('主要指标好于预期。')).toBeLessThan(text.indexOf('①数据来源'));
    expect(text.indexOf('①数据来源')).toBeLessThan(text.indexOf('表1主要经济指标'));
    const deck = compileDeck(await readReport(report));
    expect(deck.slides.some((s) => s.notes.includes('数据来源'))).toBe(false);
    const info = await podium('info', report);
    expect(info.out).toMatch(/1\. 数据来源：县统计局年度统计公报。 \(slide \d+\)/);
  });
});
