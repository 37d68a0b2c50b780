import { describe, expect, it } from 'vitest';
import type { DeckModel } from '../../slides/core/model.ts';
import { REVISION_RECORD_FORMAT } from '../../slides/core/revise/index.ts';
import { fixtureDeck } from './deck-fixture.test-support.ts';
import { EMPTY_CHOICE } from './plan.ts';
import { reportModel } from './report-model.ts';
import { rehearsedIn, revisedRehearsal } from './revised-slides.ts';
import type { RehearsalRun } from './run.ts';

/** The fixture deck after a revised draft changed slide a and added slide c (b, d and the rest kept). */
function revisedDeck(): DeckModel {
  const deck = fixtureDeck(300);
  deck.revision = {
    format: REVISION_RECORD_FORMAT,
    version: 1,
    date: '2026-12-05T02:00:00.000Z',
    previous: '第一稿.docx',
    current: '第二稿.docx',
    summary: { slides: 8, kept: 6, changed: ['a'], added: ['c'], removed: ['gone'], unplaced: [] },
    slides: [{ id: 'a', status: 'changed', previousId: 'a0', before: '字字' }, { id: 'c', status: 'added' }],
    removed: [{ id: 'gone', title: '删去的', notes: '字', after: 'b' }],
  };
  return deck;
}

const run = (id: string, slideMs: Record<string, number>): RehearsalRun => ({ id, startedAt: '2026-12-05T03:00:00.000Z', pausedMs: 0, slideMs });

describe('slides not rehearsed since a revised draft changed them', () => {
  it('lists the changed and new slides no run has read, in the deck\'s order, with their numbers now', () => {
    const result = revisedRehearsal(revisedDeck(), []);
    expect(result).toEqual({
      current: '第二稿.docx',
      revised: 2,
      notRehearsed: [
        { id: 'a', number: 3, title: 'a', status: 'changed' },
        { id: 'c', number: 6, title: 'c', status: 'added' },
      ],
    });
  });

  it('drops a slide once a run has read it (an old run of the previous text has another id and does not count; zero time is not reading)', () => {
    const runs = [run('old', { a0: 60_000, b: 1000 }), run('new', { t: 1000, c: 90_000, a: 0 })];
    expect(revisedRehearsal(revisedDeck(), runs)?.notRehearsed.map((s) => s.id)).toEqual(['a']);
    expect(rehearsedIn(runs, 'c')).toBe(true);
    expect(rehearsedIn(runs, 'a')).toBe(false);
    expect(revisedRehearsal(revisedDeck(), [...runs, run('later', { a: 5000 })])?.notRehearsed).toEqual([]);
  });

  it('says nothing for a deck no draft was brought into; the report model carries it', () => {
    expect(revisedRehearsal(fixtureDeck(), [])).toBeUndefined();
    expect(reportModel(fixtureDeck(), [], EMPTY_CHOICE, { opening: '开场', closing: '结束语' }).revised).toBeUndefined();
    expect(reportModel(revisedDeck(), [run('r', { a: 1000 })], EMPTY_CHOICE, { opening: '开场', closing: '结束语' }).revised?.notRehearsed.map((s) => s.id)).toEqual(['c']);
  });
});
