import { describe, expect, it } from 'vitest';
import { compileDeck, deckToMarkdown } from '../../slides/core/index.ts';
import { planOverlay, unitsOfSlide } from './deck-reading.ts';
import { rateSample, unitsPerMinute } from './measure.ts';

const report = [
  '全力打造共同富裕示范区的先行镇',
  '——在中共X镇第X次代表大会第一次会议上的报告',
  '各位代表、同志们：',
  '一、过去五年的工作回顾',
  '我们秉承“量质并举、发展优先”，打造实力X。五年来，我们坚持一张蓝图绘到底，一任接着一任干，推进X综合实力显著提升。新增国家高新技术企业X家，省级科技型中小企业X家。技改项目投资超X亿元，R&D经费支出五年翻三番。'.repeat(3),
  '二、今后五年的奋斗目标',
  '一是持续奏响“双招双引”主旋律。二是推动新旧产业高质量迭代。三是加快打造高能级产业平台。'.repeat(4),
].join('\n');

describe('rehearsal arithmetic on a compiled deck', () => {
  const deck = compileDeck({ name: 'report.txt', format: 'txt', text: report });

  it('re-timing at the deck’s own rate gives back the compiler’s seconds', () => {
    const plan = planOverlay(deck, { rate: { ...deck.meta.rate }, skip: [], abridge: [] });
    expect(plan.measured).toBe(true);
    for (const slide of deck.slides) expect(plan.slides[slide.id]?.seconds).toBe(slide.seconds);
    expect(plan.totalSeconds).toBe(deck.meta.totalSeconds);
  });

  it('a run read exactly at the planned times measures the deck’s rate', () => {
    const slideMs = Object.fromEntries(deck.slides.map((s) => [s.id, (s.notes.length > 0 ? Math.round(((unitsOfSlide('zh')(s) * 60) / deck.meta.rate.cjkPerMinute) * 1000) : 0)]));
    const perMinute = unitsPerMinute(rateSample(deck, [{ id: 'r', startedAt: '', slideMs, pausedMs: 0 }], unitsOfSlide('zh')));
    expect(perMinute).toBeCloseTo(deck.meta.rate.cjkPerMinute, 0);
  });
});

describe('history across edits of the report', () => {
  it('keeps the times of unchanged slides; an edited slide simply has none', () => {
    const before = compileDeck({ name: 'report.txt', format: 'txt', text: report });
    const edited = compileDeck({ name: 'report.txt', format: 'txt', text: report.replace('三是加快打造高能级产业平台。', '三是加快打造更高能级的产业平台。') });
    const slideMs = Object.fromEntries(before.slides.map((s) => [s.id, (unitsOfSlide('zh')(s) / before.meta.rate.cjkPerMinute) * 60_000]));
    const run = { id: 'r', startedAt: '', slideMs, pausedMs: 0 };
    const kept = edited.slides.filter((s) => run.slideMs[s.id] !== undefined);
    const changed = edited.slides.filter((s) => run.slideMs[s.id] === undefined);
    expect(changed.length).toBeGreaterThan(0);
    expect(kept.length).toBeGreaterThan(changed.length);
    // The measured rate comes from the unchanged slides only, and is the deck's rate they were read at.
    const sample = rateSample(edited, [run], unitsOfSlide('zh'));
    expect(sample.slides).toBe(kept.filter((s) => (run.slideMs[s.id] ?? 0) >= 2000).length);
    expect(unitsPerMinute(sample)).toBeCloseTo(edited.meta.rate.cjkPerMinute, 6);
  });
});

describe('a deck written by podium import (times follow the text, none pinned)', () => {
  it('follows a measured pace too: slower reading, longer plan', () => {
    const imported = compileDeck({ name: 'deck.md', format: 'md', text: deckToMarkdown(compileDeck({ name: 'report.txt', format: 'txt', text: report })) });
    expect(imported.slides.some((s) => s.timingFromSource)).toBe(false);
    const slower = planOverlay(imported, { rate: { ...imported.meta.rate, cjkPerMinute: imported.meta.rate.cjkPerMinute / 2 }, skip: [], abridge: [] });
    expect(slower.totalSeconds).toBeGreaterThan(imported.meta.totalSeconds * 1.9);
    expect(slower.totalSeconds).toBeLessThan(imported.meta.totalSeconds * 2.1);
  });
});
