import { describe, expect, it } from 'vitest';
import { compileDeck, deckToMarkdown, type DeckModel, type SourceText } from '../../core/index.ts';
import { invariantViolations, roundTripViolations } from '../../core/invariants.ts';
import { level, makeWordPackage, para, run, table, type WordParts } from '../fixtures/word-package.ts';
import { decodeReport } from '../read-report.ts';

/** Hand-built .docx files, part by part as Word and WPS write them, each checked for its outline and its notes. */

async function read(parts: WordParts, name = 'report.docx'): Promise<SourceText> {
  return decodeReport(name, await makeWordPackage(parts));
}

/** Compiles and checks the invariants against the text as the document shows it, and the Markdown round trip. */
function deckOf(source: SourceText): DeckModel {
  const deck = compileDeck(source);
  expect(invariantViolations(deck, source.text)).toEqual([]);
  const reread = compileDeck({ name: 'deck.md', format: 'md', text: deckToMarkdown(deck) });
  expect(roundTripViolations(deck, reread)).toEqual([]);
  return deck;
}

const sectionNames = (deck: DeckModel): string[] => deck.sections.map((s) => `${s.label}${s.title}`);

const REPORT_LIST = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

const OPENING = [para('全力打造共同富裕示范区X的先行镇'), para('各位代表、同志们：'), para('现在，我代表委员会向大会作报告，请予审议。')].join('');

describe('.docx list numbering', () => {
  it('renders 一、 and （一） from numbering.xml, so headings are sections and the notes say them as printed', async () => {
    const source = await read({
      numbering: REPORT_LIST,
      body: OPENING + [
        para('过去五年的工作回顾', { num: [1, 0] }),
        para('五年来，我们做了很多工作。成绩来之不易。'),
        para('夯实工业强镇基础，构建生态工业体系', { num: [1, 1] }),
        para('我们坚持一张蓝图绘到底，一任接着一任干。'),
        para('推进美丽城镇建设，拓展经济发展空间', { num: [1, 1] }),
        para('城镇面貌焕然一新。'),
        para('今后五年的奋斗目标', { num: [1, 0] }),
        para('夯实基础', { num: [1, 1] }),
        para('目标明确，任务艰巨。'),
      ].join(''),
    });
    expect(source.text).toContain('一、过去五年的工作回顾\n');
    expect(source.text).toContain('（二）推进美丽城镇建设，拓展经济发展空间\n');
    expect(source.text).toContain('二、今后五年的奋斗目标\n（一）夯实基础');
    expect(source.document).toMatchObject({ numbered: 5, headingStyles: 0, lost: [] });
    const deck = deckOf(source);
    expect(sectionNames(deck)).toEqual(['一、过去五年的工作回顾', '二、今后五年的奋斗目标']);
    const first = deck.slides.find((s) => s.kind === 'section');
    expect(first?.points).toEqual(['（一）夯实工业强镇基础，构建生态工业体系', '（二）推进美丽城镇建设，拓展经济发展空间']);
    expect(deck.slides.some((s) => s.notes.startsWith('（一）夯实工业强镇基础'))).toBe(true);
  });

  it('第一部分 from a level text, numbering carried by a heading style, and a restart by override', async () => {
    const source = await read({
      styles: `<w:style w:type="paragraph" w:styleId="Part"><w:name w:val="Part heading"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>`,
      numbering: `<w:abstractNum w:abstractNumId="3">${level(0, 'chineseCounting', '第%1部分 ')}</w:abstractNum>${REPORT_LIST}
        <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
        <w:num w:numId="8"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
      body: OPENING + [
        para('总体要求', { style: 'Part' }),
        para('坚持稳中求进工作总基调。', { num: [1, 2] }),
        para('坚持新发展理念。', { num: [1, 2] }),
        para('重点任务', { style: 'Part' }),
        para('推进产业升级。', { num: [8, 2] }),
        para('改善民生。', { num: [8, 2] }),
      ].join(''),
    });
    expect(source.text.split('\n')).toEqual(expect.arrayContaining(['第一部分 总体要求', '1.坚持稳中求进工作总基调。', '2.坚持新发展理念。', '第二部分 重点任务', '1.推进产业升级。', '2.改善民生。'].map((line) => line.replace(/^(\d\.)/, '$1 '))));
    const deck = deckOf(source);
    expect(sectionNames(deck)).toEqual(['第一部分总体要求', '第二部分重点任务']);
  });

  it('bullets and empty numbered paragraphs add no label', async () => {
    const source = await read({
      numbering: `<w:abstractNum w:abstractNumId="9">${level(0, 'bullet', '')}</w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num>${REPORT_LIST}`,
      body: [para('Points to make.'), para('First point.', { num: [9, 0] }), para('', { num: [1, 0] }), para('Second point.', { num: [9, 0] })].join(''),
    });
    expect(source.text).toBe('Points to make.\nFirst point.\nSecond point.');
  });
});

describe('.docx heading styles', () => {
  it('标题 1–3 (WPS names and ids), heading 1 (Word) and outline levels are headings whatever their label', async () => {
    const source = await read({
      styles: [
        `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>`,
        `<w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 1"/><w:basedOn w:val="a"/></w:style>`,
        `<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 2"/></w:style>`,
        `<w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="大标题"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`,
        `<w:style w:type="paragraph" w:styleId="Child"><w:name w:val="My heading"/><w:basedOn w:val="2"/></w:style>`,
      ].join(''),
      body: OPENING + [
        para('过去五年的工作回顾', { style: '2' }),
        para('五年来，我们做了很多工作。成绩来之不易。'),
        para('工业强镇', { style: '3' }),
        para('我们坚持一张蓝图绘到底。'),
        para('今后五年的奋斗目标', { style: 'Custom' }),
        para('目标明确，任务艰巨。'),
        para('全面加强党的领导', { style: 'Child' }),
        para('坚持党的全面领导。'),
      ].join(''),
    });
    expect(source.document?.headingStyles).toBe(4);
    const deck = deckOf(source);
    expect(sectionNames(deck)).toEqual(['过去五年的工作回顾', '今后五年的奋斗目标', '全面加强党的领导']);
    expect(deck.slides.find((s) => s.notes.startsWith('工业强镇'))?.title).toBe('工业强镇');
  });
});

describe('.docx tables, soft breaks, revisions, comments, footnotes', () => {
  it('a table is one slide showing the table, its notes the rows in order; a caption above it titles it', async () => {
    const source = await read({
      body: OPENING + para('主要经济指标如下。') + para('表1 主要经济指标') + table([['指标', '数值'], ['地区生产总值', 'X亿元'], ['财政总收入', 'X亿元'], ['城镇居民人均可支配收入', 'X元']]) + para('各项指标稳中有进。'),
    });
    expect(source.document?.tables).toBe(1);
    const deck = deckOf(source);
    const tables = deck.slides.filter((s) => s.table);
    expect(tables).toHaveLength(1);
    const [slide] = tables;
    expect(slide?.title).toBe('表1 主要经济指标');
    expect(slide?.notes).toBe('表1 主要经济指标\n指标 数值\n地区生产总值 X亿元\n财政总收入 X亿元\n城镇居民人均可支配收入 X元');
    expect(slide?.table).toEqual({ header: true, rows: [['指标', '数值'], ['地区生产总值', 'X亿元'], ['财政总收入', 'X亿元'], ['城镇居民人均可支配收入', 'X元']] });
    // Never a slide per cell.
    expect(deck.slides.filter((s) => ['指标', '数值', 'X亿元'].includes(s.title))).toEqual([]);
  });

  it('a long table continues over slides split between rows, each showing the header row', async () => {
    const rows = [['地区', '说明'], ...Array.from({ length: 40 }, (_, i) => [`第${i + 1}片区`, '推进基础设施建设，完善公共服务配套，提升群众生活品质，做到应保尽保、应改尽改'])];
    const deck = deckOf(await read({ body: OPENING + table(rows) }));
    const parts = deck.slides.filter((s) => s.table);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.table?.rows[0]).toEqual(['地区', '说明']);
      expect(part.seconds).toBeLessThanOrEqual(91);
    }
    expect(parts.map((p) => p.part?.index)).toEqual(parts.map((_, i) => i + 1));
  });

  it('a soft line break stays inside its paragraph, as a line break in the notes', async () => {
    const source = await read({
      body: OPENING + para('', { content: run('我们坚持一张蓝图绘到底，') + '<w:r><w:br/></w:r>' + run('一任接着一任干，推进综合实力显著提升。') }) + para('下一段。'),
    });
    expect(source.document?.softBreaks).toBe(1);
    const deck = deckOf(source);
    const slide = deck.slides.find((s) => s.notes.includes('一任接着一任干'));
    expect(slide?.notes).toBe('我们坚持一张蓝图绘到底，\n一任接着一任干，推进综合实力显著提升。');
    expect(deck.slides.filter((s) => s.kind === 'content')).toHaveLength(3);
  });

  it('tracked changes are accepted and counted; a deleted paragraph mark joins two paragraphs; comments are counted', async () => {
    const ins = (id: number, text: string): string => `<w:ins w:id="${id}" w:author="办公室" w:date="2026-11-30T10:00:00Z">${run(text)}</w:ins>`;
    const del = (id: number, text: string): string => `<w:del w:id="${id}" w:author="办公室"><w:r><w:delText>${text}</w:delText></w:r></w:del>`;
    const source = await read({
      comments: '<w:comment w:id="0" w:author="审稿"><w:p><w:r><w:t>数字待核。</w:t></w:r></w:p></w:comment><w:comment w:id="1" w:author="审稿"><w:p><w:r><w:t>删去？</w:t></w:r></w:p></w:comment>',
      body: OPENING + [
        para('', { content: `<w:commentRangeStart w:id="0"/>${run('全镇实现地区生产总值')}${del(1, '约')}${ins(2, 'X亿元')}${del(3, 'Y亿元')}${run('。')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>` }),
        `<w:p><w:pPr><w:rPr><w:del w:id="4" w:author="办公室"/></w:rPr></w:pPr>${run('城镇面貌')}</w:p>`,
        para('', { content: `${run('焕然一新。')}<w:moveFrom w:id="5" w:author="a">${run('旧句。')}</w:moveFrom><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r>` }),
        para('', { content: `<w:moveTo w:id="6" w:author="a">${run('旧句。')}</w:moveTo><w:r><w:rPr><w:b/><w:rPrChange w:id="7" w:author="a"><w:rPr/></w:rPrChange></w:rPr><w:t>加粗。</w:t></w:r>` }),
      ].join(''),
    });
    expect(source.text).toContain('全镇实现地区生产总值X亿元。\n城镇面貌焕然一新。\n旧句。加粗。');
    expect(source.text).not.toMatch(/约|Y亿元|隐藏文字|数字待核/);
    expect(source.document).toMatchObject({ revisions: 6, formatRevisions: 1, comments: 2 });
    deckOf(source);
  });

  it('footnotes and endnotes are not read aloud: the slide carries them for the reading copy', async () => {
    const source = await read({
      footnotes: '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>' + run(' 数据来源：县统计局。') + '</w:p></w:footnote>',
      endnotes: '<w:endnote w:id="1"><w:p>' + run('“三城建设”指工贸品质新城、历史文化名城、幸福田园美城。') + '</w:p></w:endnote>',
      body: OPENING + para('', { content: `${run('地区生产总值X亿元')}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>${run('，倾力推进三城建设')}<w:r><w:endnoteReference w:id="1"/></w:r>${run('。')}` }),
    });
    expect(source.text).toContain('地区生产总值X亿元，倾力推进三城建设。');
    expect(source.text).not.toContain('统计局');
    expect(source.document).toMatchObject({ footnotes: 1, endnotes: 1 });
    const deck = deckOf(source);
    const slide = deck.slides.find((s) => s.notes.includes('三城建设'));
    expect(slide?.footnotes).toEqual(['数据来源：县统计局。', '“三城建设”指工贸品质新城、历史文化名城、幸福田园美城。']);
  });

  it('tracked changes in a footnote are accepted and counted with the body\'s', async () => {
    const source = await read({
      footnotes: `<w:footnote w:id="1"><w:p>${run('数据来源：')}<w:del w:id="7" w:author="办公室"><w:r><w:delText>市</w:delText></w:r></w:del><w:ins w:id="8" w:author="办公室">${run('县')}</w:ins>${run('统计局。')}</w:p></w:footnote>`,
      body: OPENING + para('', { content: `${run('地区生产总值')}<w:ins w:id="9" w:author="办公室">${run('X亿元')}</w:ins><w:r><w:footnoteReference w:id="1"/></w:r>${run('。')}` }),
    });
    expect(source.document).toMatchObject({ revisions: 3, footnotes: 1 });
    expect(deckOf(source).slides.flatMap((s) => s.footnotes ?? [])).toEqual(['数据来源：县统计局。']);
  });
});

describe('.docx recognised by its bytes', () => {
  it('a .docx renamed .doc (or .txt) is read as a .docx and says so', async () => {
    const bytes = await makeWordPackage({ body: OPENING + para('过去五年的工作回顾', { num: [1, 0] }), numbering: REPORT_LIST });
    for (const name of ['report.doc', 'report.txt', 'report']) {
      const source = await decodeReport(name, bytes);
      expect(source.format).toBe('docx');
      expect(source.text).toContain('一、过去五年的工作回顾');
      expect(source.document?.namedAs).toBe(name.includes('.') ? name.slice(name.lastIndexOf('.')) : '—');
    }
  });
});
