/**
 * A .doc read through LibreOffice: Word's automatic numbering, heading styles, soft breaks, tracked
 * changes and where footnotes are referenced come through as from a .docx; without LibreOffice
 * (missing, turned off, not starting) the text is read and the document says why. The .doc is made
 * from a hand-built .docx by LibreOffice Writer itself (MS Word 97 filter) at run time.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck, type DeckModel, type SourceText } from '../../core/index.ts';
import { invariantViolations } from '../../core/invariants.ts';
import { sourceNotices } from '../../core/source-notice.ts';
import { convertWithOffice, findOffice, OFFICE_MISSING } from '../fixtures/soffice.ts';
import { level, makeWordPackage, para, run, table } from '../fixtures/word-package.ts';
import { readReport } from '../read-report.ts';

const LIST = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
const ins = (id: number, text: string): string => `<w:ins w:id="${id}" w:author="办公室" w:date="2026-11-30T10:00:00Z">${run(text)}</w:ins>`;
const del = (id: number, text: string): string => `<w:del w:id="${id}" w:author="办公室" w:date="2026-11-30T10:00:00Z"><w:r><w:delText>${text}</w:delText></w:r></w:del>`;

/** A small report as Word saves it: numbered headings (no typed labels), a styled heading, a footnote, a tracked change, a soft break, a table. */
function smallReport(): Promise<Buffer> {
  return makeWordPackage({
    styles: '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>',
    numbering: LIST,
    footnotes: '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>' + run(' 数据来源：县统计局。') + '</w:p></w:footnote>',
    body: [
      para('全力打造共同富裕示范区X的先行镇'),
      para('各位代表、同志们：'),
      para('现在，我代表委员会向大会作报告，请予审议。'),
      para('过去五年的工作回顾', { num: [1, 0] }),
      para('', { content: `${run('五年来，地区生产总值X亿元')}<w:r><w:footnoteReference w:id="1"/></w:r>${run('。')}` }),
      para('夯实工业强镇基础', { num: [1, 1] }),
      para('', { content: `${run('我们坚持')}${ins(1, '一张蓝图')}${del(2, '旧的')}${run('绘到底，')}<w:r><w:br/></w:r>${run('一任接着一任干。')}` }),
      para('今后五年的奋斗目标', { num: [1, 0] }),
      para('主要指标', { style: 'Heading2' }),
      table([['指标', '数值'], ['地区生产总值', 'X亿元'], ['财政收入', 'Y亿元']]),
      para('谢谢大家！'),
    ].join(''),
  });
}

const outline = (deck: DeckModel): string[] => deck.slides.map((s) => `${s.kind}: ${s.title}${s.table ? ' [table]' : ''}${s.footnotes ? ` [${s.footnotes.join('')}]` : ''}`);

function deckOf(source: SourceText): DeckModel {
  const deck = compileDeck(source);
  expect(invariantViolations(deck, source.text)).toEqual([]);
  return deck;
}

const office = findOffice();
/** LibreOffice converts in about 2 s here; a cold start on a loaded CI machine takes longer. */
const OFFICE_TIMEOUT = 120_000;
if (!office) console.warn(`doc-through-office.test.ts: skipped: ${OFFICE_MISSING}`);

describe.skipIf(!office)(`a .doc read through LibreOffice${office ? '' : ` — skipped: ${OFFICE_MISSING}`}`, () => {
  let dir: string;
  let doc: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'podium-doc-office-'));
    await writeFile(join(dir, 'small.docx'), await smallReport());
    [doc] = (await convertWithOffice(office as string, [join(dir, 'small.docx')], 'doc', dir)) as [string];
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps the numbering, heading style, soft break, tracked changes, table and footnote place, as the .docx had them', async () => {
    const source = await readReport(doc);
    expect(source.format).toBe('doc');
    expect(source.document).toMatchObject({ conversion: { via: 'libreoffice' }, numbered: 3, headingStyles: 1, softBreaks: 1, revisions: 2, tables: 1, footnotes: 1, lost: [] });
    expect(source.text).toContain('我们坚持一张蓝图绘到底，\n一任接着一任干。');
    const deck = deckOf(source);
    expect(deck.sections.map((s) => `${s.label}${s.title}`)).toEqual(['一、过去五年的工作回顾', '二、今后五年的奋斗目标']);
    expect(outline(deck)).toEqual([
      'title: 全力打造共同富裕示范区X的先行镇',
      'content: 我代表委员会向大会作报告',
      'section: 一、过去五年的工作回顾',
      'content: 地区生产总值X亿元 [数据来源：县统计局。]',
      'content: 夯实工业强镇基础',
      'section: 二、今后五年的奋斗目标',
      'content: 主要指标 [table]',
      'closing: 谢谢大家',
    ]);
    expect(deck.slides.find((s) => s.title === '夯实工业强镇基础')?.notes).toContain('（一）夯实工业强镇基础');
    // Nothing lost, so nothing to warn about but the tracked changes.
    expect(sourceNotices(deck.meta.source, 'en')).toEqual(['This document has 2 unaccepted revisions; the slides and notes show the text with the changes accepted, without the comments.']);
  }, OFFICE_TIMEOUT);

  it('a .wps (WPS saves the Word 97–2003 format) goes the same way', async () => {
    const bytes = await import('node:fs/promises').then((fs) => fs.readFile(doc));
    const wps = join(dir, 'small.wps');
    await writeFile(wps, bytes);
    const source = await readReport(wps);
    expect(source).toMatchObject({ format: 'wps', document: { conversion: { via: 'libreoffice' }, numbered: 3 } });
  }, OFFICE_TIMEOUT);

  it('without LibreOffice the text is read, the numbers are missing, and it says why: not installed, not starting, turned off', async () => {
    const missing = await readReport(doc, { office: { soffice: undefined } });
    expect(missing.document).toMatchObject({ conversion: { via: 'text', reason: 'missing' }, numbered: 0 });
    expect(missing.document?.lost).toEqual(expect.arrayContaining(['numbering', 'heading-styles']));
    expect(missing.text).toContain('\n过去五年的工作回顾\n');
    expect(deckOf(missing).sections).toEqual([]);
    const [why, lost] = sourceNotices({ name: 'small.doc', format: 'doc', document: missing.document }, 'en');
    expect(why).toBe('LibreOffice was not found on this computer, so only the text of this .doc file was read. Install LibreOffice (or set PODIUM_SOFFICE to its soffice program), or save the file as .docx in Word or WPS, to keep automatic numbering and heading styles.');
    expect(lost).toMatch(/^Not read from this \.doc file: automatic list numbering/);

    const broken = await readReport(doc, { office: { soffice: join(dir, 'no-such-office', 'soffice') } });
    expect(broken.document?.conversion).toEqual({ via: 'text', reason: 'not-started', detail: `${join(dir, 'no-such-office', 'soffice')}: ENOENT` });
    expect(sourceNotices({ name: 'small.doc', format: 'doc', document: broken.document }, 'zh-CN')[0]).toBe(
      `无法启动 LibreOffice（${join(dir, 'no-such-office', 'soffice')}: ENOENT），只读取了此 .doc 文件的文字。请检查 LibreOffice 的安装或 PODIUM_SOFFICE 的设置，或另存为 .docx。`,
    );
    expect(broken.text).toBe(missing.text);

    const off = await readReport(doc, { office: { soffice: 'off' } });
    expect(off.document?.conversion).toEqual({ via: 'text', reason: 'off' });
  }, OFFICE_TIMEOUT);
});
