import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeckEditing, EditOutcome } from '../../electron/common/contract.ts';
import type { DeckModel, DeckSource } from '../../slides/core/model.ts';
import type { DeckErrorDetails } from '../../slides/core/errors.ts';
import type { EditOp } from '../../slides/core/edit/ops.ts';
import { EditChannel, type SaveState } from './edit-channel.ts';

const deck = { meta: { title: 't' }, slides: [], sections: [] } as unknown as DeckModel;
const source: DeckSource = { path: '/d/deck.md', name: 'deck.md', watched: true };
const full: DeckErrorDetails = { code: 'EDIT', file: 'deck.md', message: 'The edit is shown but not yet written (ENOSPC).', hint: 'Free some space.' };

/** A host whose disk is full until `fixed` is set; it records every call. */
function fakeHost(): DeckEditing & { calls: EditOp[][]; fixed: boolean } {
  const host = {
    calls: [] as EditOp[][],
    fixed: false,
    async editDeck(ops: EditOp[]): Promise<EditOutcome> {
      host.calls.push(ops);
      if (ops.some((op) => op.type === 'mergeNext')) return { ok: false, error: { code: 'EDIT', file: 'deck.md', message: 'No next slide.', hint: 'Pick another slide.' } };
      return { ok: true, deck, source, revision: host.calls.length, inverses: [], ...(host.fixed ? {} : { unsaved: full }) };
    },
    async addPicture() {
      return { ok: false, error: full } as const;
    },
  };
  return host;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('EditChannel when a save fails', () => {
  it('keeps the edit, says why the file is behind, and saves again by itself until it can', async () => {
    const host = fakeHost();
    const channel = new EditChannel(host, undefined, 3000);
    const states: SaveState[] = [];
    channel.onState((state) => states.push(state));
    const result = await channel.apply([{ type: 'setHidden', slideId: 's', hidden: true }]);
    // The edit was made: the editor puts it on the undo stack.
    expect(result.ok).toBe(true);
    expect(channel.saveState).toEqual({ kind: 'unsaved', message: 'The edit is shown but not yet written (ENOSPC). Free some space.' });
    // A refused edit does not hide that the file is behind.
    expect(await channel.apply([{ type: 'mergeNext', slideId: 's' }])).toMatchObject({ ok: false, message: 'No next slide. Pick another slide.' });
    expect(channel.saveState.kind).toBe('unsaved');
    // Tried again after the pause: still full.
    await vi.advanceTimersByTimeAsync(3000);
    expect(host.calls.at(-1)).toEqual([]);
    expect(channel.saveState.kind).toBe('unsaved');
    host.fixed = true;
    await vi.advanceTimersByTimeAsync(3000);
    expect(channel.saveState).toEqual({ kind: 'saved' });
    const calls = host.calls.length;
    // Saved: no more tries.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(host.calls.length).toBe(calls);
    expect(states.map((s) => s.kind)).toContain('saving');
  });

  it('saves again at once when asked, and does nothing when nothing is behind', async () => {
    const host = fakeHost();
    const channel = new EditChannel(host, undefined, 60_000);
    await channel.saveAgain();
    expect(host.calls).toEqual([]);
    await channel.apply([{ type: 'setHidden', slideId: 's', hidden: true }]);
    host.fixed = true;
    await channel.saveAgain();
    expect(host.calls).toEqual([[{ type: 'setHidden', slideId: 's', hidden: true }], []]);
    expect(channel.saveState).toEqual({ kind: 'saved' });
  });
});
