import { describe, expect, it } from 'vitest';
import { undoesTyping, undoKey } from './undo-keys.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('undo keys', () => {
  it('Ctrl+Z / ⌘Z undo; Ctrl+Y, Ctrl+Shift+Z, ⇧⌘Z redo', () => {
    expect(undoKey(key('z', { ctrlKey: true }))).toBe('undo');
    expect(undoKey(key('z', { metaKey: true }))).toBe('undo');
    expect(undoKey(key('y', { ctrlKey: true }))).toBe('redo');
    expect(undoKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoKey(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
  });

  it('is no undo without Ctrl/⌘, with Alt (the editor\'s slide commands), or for other letters', () => {
    expect(undoKey(key('z'))).toBeNull();
    expect(undoKey(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(undoKey(key('x', { ctrlKey: true }))).toBeNull();
  });
});

describe('whose undo it is', () => {
  it('the field\'s while it holds typing not yet saved; the editor\'s history otherwise', () => {
    expect(undoesTyping({ tagName: 'INPUT', type: 'text', value: '新标题', defaultValue: '旧标题' })).toBe(true);
    expect(undoesTyping({ tagName: 'INPUT', type: 'text', value: '旧标题', defaultValue: '旧标题' })).toBe(false);
    expect(undoesTyping({ tagName: 'INPUT', type: 'checkbox', value: 'on', defaultValue: '' })).toBe(false);
    expect(undoesTyping({ tagName: 'BUTTON' })).toBe(false);
    expect(undoesTyping(null)).toBe(false);
  });
});
