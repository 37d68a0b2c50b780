/**
 * The editor's one way to change the deck: each edit operation goes to the host, one at a
 * time and in order. The host applies it, every view shows it at once, and the host answers
 * once the deck file is written (atomically) with the new deck and the operation that undoes it.
 * The save status the editor shows (已保存 / 正在保存… / 未保存) is this channel's state.
 *
 * A save that fails keeps the edit (the host still shows it, and it is on the undo stack): the
 * state says the file is behind and why, and the channel asks the host to save again every few
 * seconds (`editDeck([])`) until it can, or at once with `saveAgain()`.
 */
import type { DeckEditing, DeckUpdate } from '../../electron/common/contract.ts';
import type { DeckErrorDetails } from '../../slides/core/errors.ts';
import type { EditOp } from '../../slides/core/edit/ops.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** Edits are made and shown but not in the deck file yet; `message` says why. */
  | { kind: 'unsaved'; message: string }
  /** The host could not be reached. */
  | { kind: 'failed'; message: string };

export type ChannelResult =
  | { ok: true; update: Extract<DeckUpdate, { ok: true }>; inverses: EditOp[]; createdDeck?: string }
  | { ok: false; message: string };

/** How long the channel waits before it tries a failed save again. */
export const SAVE_RETRY_MS = 3_000;

/** A host's error as the person reads it (the editor passes its language's; this is the English). */
export type SayError = (error: DeckErrorDetails) => string;
const inEnglish: SayError = (error) => [error.message, error.hint].filter(Boolean).join(' ');

export class EditChannel {
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private state: SaveState = { kind: 'idle' };
  private readonly listeners = new Set<(state: SaveState) => void>();
  private retry: ReturnType<typeof setTimeout> | undefined;
  /** Why the deck file is behind the views, while it is. */
  private behind: string | undefined;

  constructor(private readonly host: DeckEditing, private readonly say: SayError = inEnglish, private readonly retryMs = SAVE_RETRY_MS) {}

  onState(listener: (state: SaveState) => void): void {
    this.listeners.add(listener);
    listener(this.state);
  }

  get saveState(): SaveState {
    return this.state;
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

  /** Asks the host to write what a failed save left unwritten (the 重新保存 button, and the timer). */
  saveAgain(): Promise<void> {
    clearTimeout(this.retry);
    this.retry = undefined;
    if (this.state.kind !== 'unsaved') return Promise.resolve();
    return this.apply([]).then(() => undefined);
  }

  private async send(ops: EditOp[]): Promise<ChannelResult> {
    try {
      const result = await this.host.editDeck(ops);
      if (!result.ok) {
        // A refused edit changed nothing: the file is as saved (or as behind) as before.
        if (this.pending <= 1) this.set(this.behindState());
        return { ok: false, message: this.say(result.error) };
      }
      this.behind = result.unsaved ? this.say(result.unsaved) : undefined;
      if (this.pending <= 1 || this.behind !== undefined) this.set(this.behindState());
      const update = { ok: true, deck: result.deck, source: result.source, revision: result.revision } as const;
      return { ok: true, update, inverses: result.inverses, ...(result.createdDeck ? { createdDeck: result.createdDeck } : {}) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.set({ kind: 'failed', message });
      return { ok: false, message };
    }
  }

  private behindState(): SaveState {
    return this.behind === undefined ? { kind: 'saved' } : { kind: 'unsaved', message: this.behind };
  }

  private set(state: SaveState): void {
    this.state = state;
    clearTimeout(this.retry);
    this.retry = state.kind === 'unsaved' ? setTimeout(() => void this.saveAgain(), this.retryMs) : undefined;
    for (const listener of this.listeners) listener(state);
  }
}
