/**
 * The editor's one way to change the deck: each edit operation goes to the host, one at a
 * time and in order, and the host applies it, writes the deck file (atomically) and answers
 * with the new deck and the operation that undoes it. The save status the editor shows
 * (已保存 / 正在保存… / 保存失败) is this channel's state.
 */
import type { DeckEditing, DeckUpdate } from '../../electron/common/contract.ts';
import type { EditOp } from '../../slides/core/edit/ops.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

export type ChannelResult =
  | { ok: true; update: Extract<DeckUpdate, { ok: true }>; inverses: EditOp[]; createdDeck?: string }
  | { ok: false; message: string };

export class EditChannel {
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private state: SaveState = { kind: 'idle' };
  private readonly listeners = new Set<(state: SaveState) => void>();

  constructor(private readonly host: DeckEditing) {}

  onState(listener: (state: SaveState) => void): void {
    this.listeners.add(listener);
    listener(this.state);
  }

  apply(ops: EditOp[]): Promise<ChannelResult> {
    this.pending += 1;
    this.set({ kind: 'saving' });
    const run = this.queue.then(() => this.send(ops));
    this.queue = run.catch(() => undefined);
    return run.finally(() => {
      this.pending -= 1;
    });
  }

  private async send(ops: EditOp[]): Promise<ChannelResult> {
    try {
      const result = await this.host.editDeck(ops);
      if (!result.ok) {
        const message = [result.error.message, result.error.hint].filter(Boolean).join(' ');
        if (this.pending <= 1) this.set({ kind: 'saved' });
        return { ok: false, message };
      }
      if (this.pending <= 1) this.set({ kind: 'saved' });
      const update = { ok: true, deck: result.deck, source: result.source, revision: result.revision } as const;
      return { ok: true, update, inverses: result.inverses, ...(result.createdDeck ? { createdDeck: result.createdDeck } : {}) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.set({ kind: 'failed', message });
      return { ok: false, message };
    }
  }

  private set(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
