/** The bundled example report: the slides DESIGN.md describes, the invariants, stable ids. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDeck, deckToMarkdown, type DeckModel, type Slide } from './index.ts';
import { invariantViolations, roundTripViolations } from './invariants.ts';

const REPORT = readFileSync('/work/shared/corpus/town-congress-report.txt', 'utf8');
const compile = (text: string): DeckModel => compileDeck({ name: 'town-congress-report.txt', format: 'txt', text });
const deck = compile(REPORT);
const find = (predicate: (s: Slide) => boolean): Slide => {
  const slide = deck.slides.find(predicate);
  if (!slide) throw new Error('no such slide');
  return slide;
};

describe('the bundled report', () => {
  it('opens with the title slide: slogan, title, subtitle, salutation in the notes', () => {
    expect(deck.slides[0]).toMatchObject({
      kind: 'title',
      overline: '坚定信心 勇担使命 砥砺奋进',
      title: '全力打造共同富裕示范区X的先行镇',
      subtitle: '——在中共X镇第X次代表大会第一次会议上的报告',
      notes: '坚定信心 勇担使命 砥砺奋进\n全力打造共同富裕示范区X的先行镇\n——在中共X镇第X次代表大会第一次会议上的报告\n各位代表、同志们：',
    });
    expect(deck.meta.title).toBe('全力打造共同富裕示范区X的先行镇');
  });

  it('has a section slide per top-level heading, with the sub-headings as agenda', () => {
    expect(deck.sections.map((s) => s.label)).toEqual(['一、', '二、', '三、', '四、']);
    const third = find((s) => s.kind === 'section' && s.title.startsWith('三、'));
    expect(third.title).toBe('三、今后五年的奋斗目标和主要工作');
    expect(third.points).toHaveLength(7);
    expect(third.points[0]).toBe('（一）夯实工业强镇基础，构建生态工业体系');
    expect(third.points[6]).toMatch(/^（七）/);
  });

  it('titles the 实力 paragraph 打造实力X with its slogan, split at sentence ends with points from each part', () => {
    const parts = deck.slides.filter((s) => s.title === '打造实力X');
    expect(parts.length).toBeGreaterThanOrEqual(2);
    parts.forEach((p, i) => {
      expect(p.subtitle).toBe('量质并举、发展优先');
      expect(p.part).toEqual({ index: i + 1, count: parts.length });
      expect(p.seconds).toBeLessThanOrEqual(90);
      expect(p.notes).toMatch(/[。！？]$/);
    });
    // Both parts list figures: they are key-figure slides, each figure with its label from its clause.
    expect(parts.map((p) => p.layout)).toEqual(['figures', 'figures']);
    expect(parts[0]?.points).toEqual(['地区生产总值X亿元', '规上工业总产值X亿元', '财政总收入X亿元', '一般公共预算收入X亿元', '全社会固定资产投资X亿元', '工业用电量X亿千瓦']);
    const points = parts.flatMap((p) => p.points);
    expect(points).toContain('新增国家高新技术企业X家');
    expect(points).toContain('技改项目投资超X亿元');
    expect(points).toContain('R&D经费支出五年翻三番');
    expect(parts.map((p) => p.notes).join('')).toMatch(/^我们秉承“量质并举、发展优先”，打造实力X。/);
  });

  it('takes 一是/二是/三是 as the points of the parts they fall in', () => {
    const industry = deck.slides.filter((s) => s.title === '夯实工业强镇基础，构建生态工业体系');
    const points = industry.flatMap((s) => s.points);
    for (const item of ['持续奏响“双招双引”主旋律', '推动新旧产业高质量迭代', '加快打造高能级产业平台']) expect(points).toContain(item);
    expect(industry[0]?.notes.startsWith('（一）夯实工业强镇基础，构建生态工业体系\n始终把工业')).toBe(true);
  });

  it('reads parallel lead-ins as slogan lines and keeps masked figures as written', () => {
    expect(find((s) => s.title === '必须对标对表、笃信笃行').subtitle).toBe('把蓝图变成现实');
    expect(find((s) => s.title === '打造民生X').subtitle).toBe('民之所向，我之所往');
    expect(deck.slides.flatMap((s) => s.points).filter((p) => p.includes('X亿元')).length).toBeGreaterThan(3);
  });

  it('keeps the sentence stating the meeting’s theme whole: every clause after 大会的主题是： is a point', () => {
    const theme = find((s) => s.title === '大会的主题');
    expect(theme.points).toEqual([
      '坚持以习近平新时代中国特色社会主义思想为指导',
      '忠实践行习近平总书记在X工作期间提出的“八八战略”、对X的“八个嘱托”和对X的“三个指示”',
      '聚焦“五县四最四个X”工作布局',
      '坚定信心、勇担使命、砥砺奋进',
      '为全力打造共同富裕示范区X的先行镇，率先绘就共同富裕美好社会的幸福图景而努力奋斗',
    ]);
    expect(`大会的主题是：${theme.points.join('，')}！`).toBe(theme.notes);
  });

  it('ends with the closing appeal', () => {
    const last = deck.slides[deck.slides.length - 1];
    expect(last?.kind).toBe('closing');
    expect(last?.notes.startsWith('各位代表、同志们，胸怀千秋伟业')).toBe(true);
  });

  it('takes about fifty minutes at 220 characters per minute, and follows the rate', () => {
    expect(deck.meta.totalSeconds).toBeGreaterThan(45 * 60);
    expect(deck.meta.totalSeconds).toBeLessThan(55 * 60);
    expect(deck.sections.reduce((sum, s) => sum + s.seconds, 0)).toBeLessThan(deck.meta.totalSeconds);
    const faster = compileDeck({ name: 'r.txt', format: 'txt', text: REPORT }, { rate: { cjkPerMinute: 440 } });
    // Half the time, a little more: the masked figures (X) are words and keep their own rate.
    expect(faster.meta.totalSeconds / deck.meta.totalSeconds).toBeGreaterThan(0.5);
    expect(faster.meta.totalSeconds / deck.meta.totalSeconds).toBeLessThan(0.56);
  });

  it('keeps the invariants and reads back from its Markdown unchanged', () => {
    expect(invariantViolations(deck, REPORT)).toEqual([]);
    const markdown = deckToMarkdown(deck);
    expect(markdown).toContain('<!-- .slide: data-kind="content" data-part="1/2"');
    // Times follow the text: none is pinned unless set by hand.
    expect(markdown).not.toContain('data-timing');
    expect(roundTripViolations(deck, compileDeck({ name: 'deck.md', format: 'md', text: markdown }))).toEqual([]);
  });

  it('keeps every other slide id when one paragraph is edited', () => {
    const edited = compile(REPORT.replace('党风廉政建设持续多年被县里评为一等奖。', '党风廉政建设持续多年被县里评为先进。'));
    const before = new Set(deck.slides.map((s) => s.id));
    const after = new Set(edited.slides.map((s) => s.id));
    const lost = [...before].filter((id) => !after.has(id));
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((id) => find((s) => s.id === id).title === '打造红色X')).toBe(true);
    expect(edited.slides.length).toBe(deck.slides.length);
  });

  it('is stable: the same text gives the same deck', () => {
    expect(compile(REPORT)).toEqual(deck);
    expect(compile(REPORT.replace(/\n/g, '\r\n').replace(/^/, '\uFEFF'))).toEqual(deck);
  });
});
