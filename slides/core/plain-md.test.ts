import { describe, expect, it } from 'vitest';
import { compileDeck } from './index.ts';
import { say } from './messages/catalogue.ts';

const REPORT = [
  '关于2026年镇政府工作的报告',
  '',
  '各位代表：',
  '现在，我代表镇人民政府向大会报告工作，请予审议。',
  '一、过去一年的工作',
  '一年来，全镇经济平稳运行，地区生产总值增长百分之六。',
  '（一）产业发展稳中有进',
  '新建冷链仓储三处，特色种植面积达到一点二万亩。',
  '二、今年的主要任务',
  '今年，我们将重点抓好以下工作。',
  '（一）持续改善人居环境',
  '完成改厕八百六十户，村庄道路全部硬化。',
].join('\n');

const md = (text: string) => compileDeck({ name: '报告.md', format: 'md', text });

describe('a .md file that is really a plain report', () => {
  it('is read as the report: its sections by its own heading labels, and it says so', () => {
    const deck = md(REPORT);
    expect(deck.sections.map((s) => `${s.label}${s.title}`)).toEqual(['一、过去一年的工作', '二、今年的主要任务']);
    expect(deck.slides.length).toBeGreaterThan(3);
    expect(deck.meta.notices?.map((n) => say('en', n))).toEqual([
      'This .md file has no Markdown headings, slide breaks (---) or front matter: it is a plain report, and is read as one, in sections by its own headings (such as 一、 and （一）).',
    ]);
    expect(say('zh-CN', deck.meta.notices![0]!)).toMatch(/^这个 \.md 文件没有 Markdown 标题/);
    // The same text as .txt gives the same sections.
    const txt = compileDeck({ name: '报告.txt', format: 'txt', text: REPORT });
    expect(deck.sections.map((s) => s.title)).toEqual(txt.sections.map((s) => s.title));
  });

  it('a Markdown report with # headings, a deck with slide breaks or notes, or front matter stays Markdown', () => {
    const headed = md(`# 一、过去一年的工作\n\n一年来，全镇经济平稳运行。\n\n# 二、今年的主要任务\n\n今年，我们将重点抓好以下工作。\n`);
    expect(headed.meta.notices).toBeUndefined();
    expect(headed.sections).toHaveLength(2);
    expect(md(`## 总体要求\n\n- 稳中求进\n\nNote:\n坚持稳中求进工作总基调。\n\n---\n\n## 一、发展\n\nNote:\n发展是第一要务。\n`).meta.notices).toBeUndefined();
    expect(md(`---\ntitle: 工作报告\n---\n\n${REPORT}`).meta.notices).toBeUndefined();
  });

  it('Markdown prose with no heading labels at all stays Markdown', () => {
    expect(md('这是一段说明。\n\n这是另一段说明，没有任何标题。\n').meta.notices).toBeUndefined();
  });
});
