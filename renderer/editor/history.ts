/**
 * Undo and redo as two stacks of applied edits. Each entry keeps the operation and its
 * inverse (what the edit module gave back when it was applied), so undoing is applying the
 * inverse and redoing is applying the operation again: the file is written through the host
 * either way, never restored from a copy kept here.
 */
export interface HistoryEntry<Op> {
  readonly op: Op;
  readonly inverse: Op;
}

export class EditHistory<Op> {
  private done: Array<HistoryEntry<Op>> = [];
  private undone: Array<HistoryEntry<Op>> = [];

  constructor(private readonly limit = 500) {}

  /** A new edit: it becomes the one to undo, and whatever was undone can no longer be redone. */
  record(op: Op, inverse: Op): void {
    this.done.push({ op, inverse });
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  canUndo(): boolean {
    return this.done.length > 0;
  }

  canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** The entry to undo next (apply its inverse), without taking it off the stack. */
  peekUndo(): HistoryEntry<Op> | undefined {
    return this.done[this.done.length - 1];
  }

  peekRedo(): HistoryEntry<Op> | undefined {
    return this.undone[this.undone.length - 1];
  }

  /**
   * The inverse was applied: the entry moves to the redo stack. `redoOp` is the inverse of the
   * inverse as the edit module gave it back (the same edit, with what the file holds now).
   */
  undid(redoOp: Op): void {
    const entry = this.done.pop();
    if (entry) this.undone.push({ op: redoOp, inverse: entry.inverse });
  }

  /** The operation was applied again; `inverse` is its new inverse. */
  redid(inverse: Op): void {
    const entry = this.undone.pop();
    if (entry) this.done.push({ op: entry.op, inverse });
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
