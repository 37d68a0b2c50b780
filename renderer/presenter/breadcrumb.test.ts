import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../slides/core/index.ts';
import { sectionTrail, trailCandidates } from './breadcrumb.ts';

/** Four levels of headings, as in slides/core/fixtures/heading-styles.txt. */
const text = [
  '关于全县重点工作推进情况的报告',
  '第一部分　总体情况',
  '今年以来，全县上下紧扣目标任务，各项工作稳步推进，主要指标好于预期。',
  '一、经济运行总体平稳',
  '全县地区生产总值增长X%，规上工业增加值增长X%，固定资产投资增长X%。',
  '（一）工业生产较快增长',
  '规上工业企业达到X家，新增X家。重点企业产值增长X%。',
  '1.新材料产业',
  '新材料产业产值X亿元，增长X%，占规上工业比重提高X个百分点。',
  '（1）龙头企业带动明显',
  '三家龙头企业合计贡献产值X亿元。',
  '',
].join('\n');
const deck = compileDeck({ name: 'heading-styles.txt', format: 'txt', text });
const at = (title: string): number => deck.slides.findIndex((s) => s.title === title);

describe('the presenter breadcrumb', () => {
  it('gives every level of the heading path its words, not only the first label', () => {
    expect(sectionTrail(deck, at('龙头企业带动明显'))).toEqual([
      { label: '第一部分', title: '总体情况' },
      { label: '一、', title: '经济运行总体平稳' },
      { label: '（一）', title: '工业生产较快增长' },
      { label: '1.', title: '新材料产业' },
      { label: '（1）', title: '龙头企业带动明显' },
    ]);
    expect(sectionTrail(deck, 0)).toEqual([]);
  });

  it('shortens outer levels to their labels first, keeping the innermost words', () => {
    const trail = sectionTrail(deck, at('工业生产较快增长'));
    expect(trailCandidates(trail)).toEqual([
      '第一部分总体情况 › 一、经济运行总体平稳 › （一）工业生产较快增长',
      '第一部分 › 一、经济运行总体平稳 › （一）工业生产较快增长',
      '第一部分 › 一、 › （一）工业生产较快增长',
    ]);
  });
});
