/** The editor's operations on the bundled report: what each does, that its inverse undoes it exactly, and the invariants. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../compile.ts';
import { DeckError } from '../errors.ts';
import { invariantViolations } from '../invariants.ts';
import type { DeckModel, Slide } from '../model.ts';
import { applyEdit, applyEdits, sentenceSpans, type EditOp } from './index.ts';

const REPORT = readFileSync(new URL('../../default/town-congress-report.txt', import.meta.url), 'utf8');
const deck = compileDeck({ name: 'town-congress-report.txt', format: 'txt', text: REPORT });
const twoPart = deck.slides.find((s) => s.part?.index === 1 && s.part.count === 2) as Slide;
const plain = deck.slides.find((s) => s.kind === 'content' && !s.part && sentenceSpans(s.notes).length >= 3) as Slide;

function edit(op: EditOp, from: DeckModel = deck): DeckModel {
  const { deck: next, inverse } = applyEdit(from, op);
  expect(invariantViolations(next, REPORT, { maxSlideSeconds: 90 })).toEqual([]);
  // The inverse gives back the deck the edit started from, exactly.
  expect(applyEdit(next, inverse).deck).toEqual(from);
  return next;
}

function refused(op: EditOp, message: RegExp): void {
  let caught: unknown;
  try {
    applyEdit(deck, op);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DeckError);
  expect((caught as DeckError).details).toMatchObject({ code: 'EDIT', message: expect.stringMatching(message) });
}

const at = (d: DeckModel, id: string): Slide => d.slides.find((s) => s.id === id) as Slide;

describe('editing a deck', () => {
  it('retitles every part of a split paragraph, unless one part is given its own title', () => {
    const all = edit({ type: 'retitle', slideId: twoPart.id, title: '综合实力显著提升' });
    const index = all.slides.findIndex((s) => s.id === twoPart.id);
    expect(all.slides.slice(index, index + 2).map((s) => [s.title, s.byHand])).toEqual([
      ['综合实力显著提升', ['title']],
      ['综合实力显著提升', ['title']],
    ]);
    const one = edit({ type: 'retitle', slideId: twoPart.id, title: '第一部分成绩', onlyThisPart: true });
    expect(one.slides[index + 1]?.title).toBe(twoPart.title);
  });

  it('keeps typed words marked as typed, so every other word on a slide is the report\'s', () => {
    const next = edit({ type: 'setPoints', slideId: plain.id, points: ['手写的要点', '另一条'] });
    expect(at(next, plain.id)).toMatchObject({ points: ['手写的要点', '另一条'], byHand: ['points'] });
    const unmarked = { ...next, slides: next.slides.map((s) => (s.id === plain.id ? { ...s, byHand: [] } : s)) };
    expect(invariantViolations(unmarked, REPORT).join('\n')).toMatch(/手写的要点/);
  });

  it('picks a point from a span of the notes, shortening a long one with an ellipsis', () => {
    const spans = sentenceSpans(plain.notes);
    const first = spans[0] as { start: number; end: number; text: string };
    const next = edit({ type: 'pickPoint', slideId: plain.id, start: first.start, end: first.end, at: 0 });
    const point = at(next, plain.id).points[0] as string;
    expect(first.text.length > 31 ? point.endsWith('…') : !point.endsWith('…')).toBe(true);
    expect(first.text.startsWith(point.replace(/…$/u, ''))).toBe(true);
    refused({ type: 'pickPoint', slideId: plain.id, start: 5, end: plain.notes.length + 1 }, /not in this slide's notes/);
  });

  it('moves and removes points', () => {
    const withThree = edit({ type: 'setPoints', slideId: plain.id, points: ['甲', '乙', '丙'] });
    const moved = edit({ type: 'movePoint', slideId: plain.id, from: 0, to: 2 }, withThree);
    expect(at(moved, plain.id).points).toEqual(['乙', '丙', '甲']);
    expect(at(edit({ type: 'removePoint', slideId: plain.id, index: 1 }, moved), plain.id).points).toEqual(['乙', '甲']);
  });

  it('splits a slide at a sentence and merges it back, the notes still the report', () => {
    const index = deck.slides.findIndex((s) => s.id === plain.id);
    const split = edit({ type: 'split', slideId: plain.id, sentence: 1 });
    expect(split.slides).toHaveLength(deck.slides.length + 1);
    const [a, b] = [split.slides[index] as Slide, split.slides[index + 1] as Slide];
    expect([a.part, b.part]).toEqual([{ index: 1, count: 2 }, { index: 2, count: 2 }]);
    expect([a.title, b.title]).toEqual([plain.title, plain.title]);
    expect(a.byHand).toContain('boundaries');
    expect((a.notes + b.notes).replace(/\s/gu, '')).toBe(plain.notes.replace(/\s/gu, ''));
    const merged = edit({ type: 'mergeNext', slideId: a.id }, split);
    expect(merged.slides).toHaveLength(deck.slides.length);
    expect(merged.slides[index]?.notes.replace(/\s/gu, '')).toBe(plain.notes.replace(/\s/gu, ''));
    expect(merged.slides[index]?.part).toBeUndefined();
    refused({ type: 'split', slideId: plain.id, sentence: 0 }, /cannot be split/);
    refused({ type: 'mergeNext', slideId: (deck.slides.at(-1) as Slide).id }, /last slide/);
  });

  it('merges the two parts of a split paragraph into one slide without a part badge', () => {
    const merged = edit({ type: 'mergeNext', slideId: twoPart.id });
    const index = deck.slides.findIndex((s) => s.id === twoPart.id);
    expect(merged.slides[index]?.part).toBeUndefined();
    expect(merged.slides[index]?.title).toBe(twoPart.title);
  });

  it('hides, lays out, sets a picture, and restores the automatic version', () => {
    let next = edit({ type: 'setHidden', slideId: plain.id, hidden: true });
    expect(at(next, plain.id).hidden).toBe(true);
    next = edit({ type: 'setLayout', slideId: plain.id, layout: 'title-only' }, next);
    expect(at(next, plain.id)).toMatchObject({ layout: 'title-only', byHand: ['layout'] });
    next = edit({ type: 'setPicture', slideId: plain.id, picture: { src: 'pictures/plant.png', alt: '新厂房' } }, next);
    expect(at(next, plain.id)).toMatchObject({ layout: 'picture-text', picture: { src: 'pictures/plant.png', alt: '新厂房' } });
    next = edit({ type: 'retitle', slideId: plain.id, title: '我自己的标题' }, next);
    next = edit({ type: 'setTime', slideId: plain.id, seconds: 99 }, next);
    expect(next.meta.totalSeconds).toBe(deck.meta.totalSeconds - plain.seconds + 99);
    const restored = edit({ type: 'restore', slideId: plain.id }, next);
    expect(at(restored, plain.id)).toEqual(plain);
    expect(restored.meta.totalSeconds).toBe(deck.meta.totalSeconds);
  });

  it('restores the automatic words of every slide of the bundled report', () => {
    for (const slide of deck.slides) {
      if (slide.kind === 'title') continue;
      const changed = applyEdit(deck, { type: 'setPoints', slideId: slide.id, points: ['x'] }).deck;
      expect(at(applyEdit(changed, { type: 'restore', slideId: slide.id }).deck, slide.id), slide.title).toEqual(slide);
    }
  });

  it('keeps a time set by hand, and clears it back to the time of the text', () => {
    const set = edit({ type: 'setTime', slideId: plain.id, seconds: 30 });
    expect(at(set, plain.id)).toMatchObject({ seconds: 30, timingFromSource: true, byHand: ['time'] });
    expect(at(edit({ type: 'clearTime', slideId: plain.id }, set), plain.id)).toEqual(plain);
    refused({ type: 'setTime', slideId: plain.id, seconds: 0 }, /whole seconds/);
  });

  it('sets and clears the target duration', () => {
    const next = edit({ type: 'setTarget', seconds: 3000 });
    expect(next.meta.targetSeconds).toBe(3000);
    expect(edit({ type: 'setTarget', seconds: null }, next).meta.targetSeconds).toBeUndefined();
  });

  it("sets the deck's theme, Podium's or reveal.js's, undone by its inverse; refuses a name that is no theme", () => {
    const { deck: solarized, inverse } = applyEdit(deck, { type: 'setTheme', theme: 'solarized' });
    expect(solarized.meta.theme).toBe('solarized');
    expect(applyEdit(solarized, inverse).deck.meta.theme).toBe(deck.meta.theme);
    refused({ type: 'setTheme', theme: 'neon' as never }, /There is no theme "neon"/);
  });

  it('refuses what does not fit, naming it', () => {
    refused({ type: 'retitle', slideId: 'nope', title: 'x' }, /no slide "nope"/);
    refused({ type: 'retitle', slideId: plain.id, title: '   ' }, /title is empty/);
    refused({ type: 'setPoints', slideId: plain.id, points: ['1', '2', '3', '4', '5', '6'] }, /at most 5/);
    refused({ type: 'setPicture', slideId: plain.id, picture: { src: '../../etc/passwd.png', alt: '' } }, /not a picture in the deck's folder/);
    refused({ type: 'setPicture', slideId: plain.id, picture: { src: '/abs/x.png', alt: '' } }, /not a picture/);
    refused({ type: 'setLayout', slideId: plain.id, layout: 'chart' as never }, /no layout/);
    const changed = { ...plain, notes: `${plain.notes}多出来的字` };
    refused({ type: 'replaceSlides', ids: [plain.id], slides: [changed] }, /change the text the speaker reads/);
  });

  it('undoes a list of edits with the inverses it returns', () => {
    const ops: EditOp[] = [
      { type: 'split', slideId: plain.id, sentence: 2 },
      { type: 'retitle', slideId: twoPart.id, title: '新标题' },
      { type: 'setTarget', seconds: 1800 },
    ];
    const { deck: next, inverses } = applyEdits(deck, ops);
    expect(applyEdits(next, inverses).deck).toEqual(deck);
  });
});

describe('a deck file retitled in a text editor', () => {
  it('gives every part of a split paragraph the new title when one part was renamed', async () => {
    const { alignPartTitles } = await import('./part-titles.ts');
    const index = deck.slides.findIndex((s) => s.id === twoPart.id);
    const renamed = { ...deck, slides: deck.slides.map((s, i) => (i === index ? { ...s, title: '综合实力显著提升' } : s)) };
    const aligned = alignPartTitles(deck, renamed);
    expect(aligned.slides.slice(index, index + 2).map((s) => s.title)).toEqual(['综合实力显著提升', '综合实力显著提升']);
    // Parts that already had titles of their own keep them.
    const own = applyEdit(deck, { type: 'retitle', slideId: twoPart.id, title: '上半', onlyThisPart: true }).deck;
    const again = { ...own, slides: own.slides.map((s, i) => (i === index ? { ...s, title: '上半篇' } : s)) };
    expect(alignPartTitles(own, again).slides[index + 1]?.title).toBe(twoPart.title);
  });
});
