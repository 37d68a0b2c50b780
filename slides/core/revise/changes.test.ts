/** 修订对照 data: sentence and character differences, changed figures, removed slides where they stood. */
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../compile.ts';
import { txt } from './fixtures.ts';
import { draftChanges, reviseDeck, revisedSentences, revisionRecord, sentenceChanges } from './index.ts';

describe('sentenceChanges', () => {
  it('keeps equal sentences, diffs a reworded one by characters and marks a changed figure', () => {
    const changes = sentenceChanges('全年增长百分之六。道路建成十二公里。', '全年增长百分之七。道路建成十二公里。');
    expect(changes.map((c) => c.status)).toEqual(['changed', 'same']);
    const pieces = changes[0]?.pieces ?? [];
    expect(pieces.filter((p) => p.kind === 'removed').map((p) => p.text).join('')).toBe('六');
    expect(pieces.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toBe('七');
    expect(pieces.filter((p) => p.kind !== 'same').every((p) => p.number)).toBe(true);
    expect(pieces.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('全年增长百分之七。');
  });

  it('shows an inserted sentence as added and a deleted one as removed, where it was', () => {
    const changes = sentenceChanges('第一句讲发展的事情。第二句讲民生的事情。第三句讲党建的事情。', '第一句讲发展的事情。新加的一句话讲安全。第三句讲党建的事情。');
    expect(changes.map((c) => [c.status, c.pieces.map((p) => p.text).join('')])).toEqual([
      ['same', '第一句讲发展的事情。'],
      ['removed', '第二句讲民生的事情。'],
      ['added', '新加的一句话讲安全。'],
      ['same', '第三句讲党建的事情。'],
    ]);
    const added = changes[2];
    expect(added?.start).toBe('第一句讲发展的事情。'.length);
  });

  it('has no changes for equal text, and marks no figure in a change without one', () => {
    expect(sentenceChanges('一样的话。', '一样的话。').map((c) => c.status)).toEqual(['same']);
    const reworded = sentenceChanges('我们要继续努力奋斗。', '我们要继续拼搏奋斗。');
    expect(reworded[0]?.pieces.some((p) => p.number)).toBe(false);
  });
});

describe('draftChanges', () => {
  const first = ['关于工作的报告', '我们坚持发展第一要务，增长百分之六。', '这一段将被删去，讲的是旧的安排。', '我们持续改善民生，新增就业八百个。'].join('\n');
  const second = ['关于工作的报告', '我们坚持发展第一要务，增长百分之七。', '我们持续改善民生，新增就业八百个。', '新写的一段，讲新的要求和任务。'].join('\n');
  const deck = compileDeck(txt(first));
  const result = reviseDeck(deck, txt(second, 'second.txt'));
  const record = revisionRecord(result, 'first.txt', 'second.txt', new Date('2026-12-01T08:00:00Z'));

  it('lists changed, added and removed slides in deck order, and counts the kept ones', () => {
    const changes = draftChanges(result.deck, record);
    expect(changes?.previous).toBe('first.txt');
    expect(changes?.slides.map((s) => s.status)).toEqual(['changed', 'removed', 'added']);
    expect(changes?.kept).toBe(result.deck.slides.length - 2);
    const removed = changes?.slides[1];
    expect(removed?.number).toBe(changes?.slides[0]?.number);
    expect(changes?.slides[0]?.numbers).toBe(true);
  });

  it('is undefined for a deck without a record, and ignores record entries for slides no longer there', () => {
    expect(draftChanges(deck)).toBeUndefined();
    const stale = { ...record, slides: record.slides.map((s) => ({ ...s, id: `${s.id}-gone` })) };
    expect(draftChanges(result.deck, stale)?.slides.map((s) => s.status)).toEqual(['removed']);
  });
});

describe('revisedSentences', () => {
  it('gives the changed and added sentences of a changed slide, every sentence of a new one, none of a kept one', () => {
    const deck = compileDeck(txt('关于工作的报告\n第一句讲发展。第二句讲增长百分之六。\n讲民生的一段话，没有改。'));
    const result = reviseDeck(deck, txt('关于工作的报告\n第一句讲发展。第二句讲增长百分之七。新加一句讲安全。\n讲民生的一段话，没有改。\n全新的一段话。'));
    const revised = { ...result.deck, revision: revisionRecord(result, 'a.txt', 'b.txt', new Date()) };
    const bySlide = revised.slides.map((slide) => revisedSentences(revised, slide));
    expect(bySlide).toContainEqual(['第二句讲增长百分之七。', '新加一句讲安全。']);
    expect(bySlide).toContainEqual(['全新的一段话。']);
    expect(bySlide.filter((s) => s.length === 0)).toHaveLength(revised.slides.length - 2);
    expect(revisedSentences(deck, deck.slides[1]!)).toEqual([]);
  });
});
