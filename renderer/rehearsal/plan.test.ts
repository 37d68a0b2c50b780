import { describe, expect, it } from 'vitest';
import { choiceWithCuts, EMPTY_CHOICE, fitPlan, resolvePlan, sectionSeconds } from './plan.ts';
import { charSeconds, fixtureDeck } from './deck-fixture.test-support.ts';

describe('plan overlay', () => {
  it('without a choice is the deck as compiled', () => {
    const deck = fixtureDeck();
    const plan = resolvePlan(deck, EMPTY_CHOICE, charSeconds);
    expect(plan.totalSeconds).toBe(330);
    expect(plan.measured).toBe(false);
    expect(Object.values(plan.slides).every((s) => s.action === 'read')).toBe(true);
    expect(sectionSeconds(deck, plan)).toEqual({ S1: 185, S2: 125 });
  });

  it('applying a measured rate re-times every slide and the total, without touching the deck', () => {
    const deck = fixtureDeck();
    const before = JSON.stringify(deck);
    const plan = resolvePlan(deck, { ...EMPTY_CHOICE, rate: { cjkPerMinute: 120, wordsPerMinute: 140 } }, charSeconds);
    expect(plan.slides.a?.seconds).toBe(30);
    expect(plan.slides.b?.seconds).toBe(60);
    expect(plan.totalSeconds).toBe(166); // 5 + 3 + 30 + 60 + 3 + 45 + 15 + 5 (half seconds round up)
    expect(JSON.stringify(deck)).toBe(before);
  });

  it('scales timings written in the source (data-timing) by the change of pace', () => {
    const deck = fixtureDeck();
    deck.slides[2] = { ...deck.slides[2]!, seconds: 45, timingFromSource: true };
    const plan = resolvePlan(deck, { ...EMPTY_CHOICE, rate: { cjkPerMinute: 120, wordsPerMinute: 140 } }, charSeconds);
    expect(plan.slides.a?.seconds).toBe(23); // 45 s at 60 per minute is 22.5 s at 120
    expect(resolvePlan(deck, EMPTY_CHOICE, charSeconds).slides.a?.seconds).toBe(45);
  });

  it('applies stored cuts, ignoring ids edited away and slides that may not be cut', () => {
    const deck = fixtureDeck();
    const plan = resolvePlan(deck, { skip: ['b', 'gone', 't'], abridge: ['c'] }, charSeconds);
    expect(plan.slides.b).toEqual({ seconds: 0, action: 'skip' });
    expect(plan.slides.c).toEqual({ seconds: 10, action: 'abridge' }); // its one point has 10 characters
    expect(plan.slides.t?.action).toBe('read');
    expect(plan.totalSeconds).toBe(330 - 120 - 80);
  });
});

describe('plan fitting', () => {
  it('proposes nothing when the plan fits', () => {
    const deck = fixtureDeck(400);
    const proposal = fitPlan(deck, resolvePlan(deck, EMPTY_CHOICE, charSeconds), 400, charSeconds);
    expect(proposal.cuts).toEqual([]);
    expect(proposal.fits).toBe(true);
    expect(proposal.afterSeconds).toBe(330);
  });

  it('skips skippable slides first', () => {
    const deck = fixtureDeck(300);
    const proposal = fitPlan(deck, resolvePlan(deck, EMPTY_CHOICE, charSeconds), 300, charSeconds);
    expect(proposal.cuts).toEqual([{ slideId: 'b', action: 'skip', savesSeconds: 120, reason: 'skippable' }]);
    expect(proposal.afterSeconds).toBe(210);
    expect(proposal.plan.slides.b).toEqual({ seconds: 0, action: 'skip' });
    expect(proposal.fits).toBe(true);
  });

  it('then abridges the lowest-priority content slides, never title, section or closing slides', () => {
    const deck = fixtureDeck(100);
    const proposal = fitPlan(deck, resolvePlan(deck, EMPTY_CHOICE, charSeconds), 100, charSeconds);
    // b skipped (120), then c (saves 80) and a (saves 55), both priority 0: d (priority 5) is kept
    expect(proposal.cuts.map((c) => [c.slideId, c.action, c.savesSeconds])).toEqual([
      ['b', 'skip', 120],
      ['c', 'abridge', 80],
      ['a', 'abridge', 55],
    ]);
    expect(proposal.afterSeconds).toBe(75);
    expect(proposal.fits).toBe(true);
    for (const id of ['t', 's1', 's2', 'z', 'd']) expect(proposal.plan.slides[id]?.action).toBe('read');
  });

  it('gives back cuts that turn out not to be needed', () => {
    // Only d (30 s) is skippable; the plan is 70 s over. Skipping d is not enough, so b is
    // abridged (saves 118 s) — which alone suffices: d is given back and read in full.
    const deck = fixtureDeck(260);
    deck.slides[3] = { ...deck.slides[3]!, skippable: false };
    deck.slides[6] = { ...deck.slides[6]!, skippable: true };
    const proposal = fitPlan(deck, resolvePlan(deck, EMPTY_CHOICE, charSeconds), 260, charSeconds);
    expect(proposal.cuts).toEqual([{ slideId: 'b', action: 'abridge', savesSeconds: 118, reason: 'priority' }]);
    expect(proposal.afterSeconds).toBe(212);
    expect(proposal.plan.slides.d?.action).toBe('read');
  });

  it('says when even every allowed cut is not enough', () => {
    const deck = fixtureDeck(20);
    const proposal = fitPlan(deck, resolvePlan(deck, EMPTY_CHOICE, charSeconds), 20, charSeconds);
    expect(proposal.fits).toBe(false);
    expect(proposal.afterSeconds).toBeGreaterThan(20);
    expect(new Set(proposal.cuts.map((c) => c.slideId))).toEqual(new Set(['a', 'b', 'c', 'd']));
  });

  it('stored as a choice, the accepted proposal gives back the same shortened plan', () => {
    const deck = fixtureDeck(100);
    const proposal = fitPlan(deck, resolvePlan(deck, EMPTY_CHOICE, charSeconds), 100, charSeconds);
    const again = resolvePlan(deck, choiceWithCuts(EMPTY_CHOICE, proposal.cuts), charSeconds);
    expect(again.slides).toEqual(proposal.plan.slides);
    expect(again.totalSeconds).toBe(proposal.afterSeconds);
  });
});
