import { describe, expect, it } from 'vitest';
import { EditHistory } from './history.ts';

describe('EditHistory', () => {
  it('undoes with the inverse and redoes with what undoing gave back, newest first', () => {
    const history = new EditHistory<string>();
    expect(history.canUndo()).toBe(false);
    history.record('a', 'undo-a');
    history.record('b', 'undo-b');
    expect(history.peekUndo()).toEqual({ op: 'b', inverse: 'undo-b' });
    history.undid('redo-b');
    expect(history.canRedo()).toBe(true);
    expect(history.peekRedo()).toEqual({ op: 'redo-b', inverse: 'undo-b' });
    expect(history.peekUndo()).toEqual({ op: 'a', inverse: 'undo-a' });
    history.redid('undo-b2');
    expect(history.peekUndo()).toEqual({ op: 'redo-b', inverse: 'undo-b2' });
    expect(history.canRedo()).toBe(false);
  });

  it('forgets what was undone once a new edit is made', () => {
    const history = new EditHistory<string>();
    history.record('a', 'undo-a');
    history.undid('redo-a');
    history.record('c', 'undo-c');
    expect(history.canRedo()).toBe(false);
    expect(history.peekUndo()?.op).toBe('c');
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    const history = new EditHistory<number>(3);
    for (let i = 0; i < 5; i += 1) history.record(i, -i);
    const undone: number[] = [];
    while (history.canUndo()) {
      undone.push(history.peekUndo()?.op ?? NaN);
      history.undid(0);
    }
    expect(undone).toEqual([4, 3, 2]);
  });

  it('clear() empties both stacks', () => {
    const history = new EditHistory<string>();
    history.record('a', 'x');
    history.record('b', 'y');
    history.undid('z');
    history.clear();
    expect(history.canUndo() || history.canRedo()).toBe(false);
  });
});
