/**
 * Which undo a key press or the app's Edit ▸ Undo/Redo means in the editor: typing not yet
 * saved in a field is undone as the field's own text (the browser's), anything else is the
 * editor's history of slide edits. Pure, so the keys and the menu decide the same way.
 */
export type UndoAction = 'undo' | 'redo';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Ctrl/⌘+Z undoes; Ctrl/⌘+Y and Ctrl/⌘+Shift+Z redo; anything else (Alt held too) is no undo key. */
export function undoKey(event: KeyLike): UndoAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'y') return 'redo';
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  return null;
}

/** A field whose text differs from the deck's (typed, not yet saved) keeps undo for its typing. */
export interface FieldLike {
  type?: string;
  value?: string;
  defaultValue?: string;
  tagName?: string;
}

export function undoesTyping(focused: FieldLike | null | undefined): boolean {
  if (!focused || focused.tagName !== 'INPUT' || focused.type !== 'text') return false;
  return focused.value !== focused.defaultValue;
}
