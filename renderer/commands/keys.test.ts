import { describe, expect, it } from 'vitest';
import { KeyMap, type KeyInput } from './keys.ts';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('keys', () => {
  it('maps keyboard and clicker keys to commands', () => {
    const map = new KeyMap();
    for (const k of ['ArrowRight', 'PageDown', ' ', 'ArrowDown']) expect(map.handle(key(k))).toEqual({ kind: 'command', command: { type: 'next' } });
    for (const k of ['ArrowLeft', 'PageUp', 'ArrowUp']) expect(map.handle(key(k))).toEqual({ kind: 'command', command: { type: 'prev' } });
    expect(map.handle(key(' ', { shiftKey: true }))).toEqual({ kind: 'command', command: { type: 'prev' } });
    expect(map.handle(key('Home'))).toEqual({ kind: 'command', command: { type: 'first' } });
    expect(map.handle(key('End'))).toEqual({ kind: 'command', command: { type: 'last' } });
    expect(map.handle(key('b'))).toEqual({ kind: 'command', command: { type: 'screen', screen: 'black' } });
    expect(map.handle(key('.'))).toEqual({ kind: 'command', command: { type: 'screen', screen: 'black' } });
    expect(map.handle(key('W'))).toEqual({ kind: 'command', command: { type: 'screen', screen: 'white' } });
    expect(map.handle(key('h'))).toEqual({ kind: 'command', command: { type: 'screen', screen: 'hold' } });
    expect(map.handle(key('p'))).toEqual({ kind: 'command', command: { type: 'togglePause' } });
    expect(map.handle(key('F5'))).toEqual({ kind: 'view', action: 'openAudience' });
    expect(map.handle(key('e'))).toEqual({ kind: 'view', action: 'edit' });
    expect(map.handle(key('E'))).toEqual({ kind: 'view', action: 'edit' });
    expect(map.handle(key('f', { ctrlKey: true }))).toEqual({ kind: 'view', action: 'search' });
    expect(map.handle(key('/'))).toEqual({ kind: 'view', action: 'search' });
    expect(map.handle(key('x', { altKey: true }))).toEqual({ kind: 'none' });
  });

  it('jumps with number + Enter (1-based), with Backspace and Escape editing the number', () => {
    const map = new KeyMap();
    expect(map.handle(key('2'))).toEqual({ kind: 'pending', digits: '2' });
    expect(map.handle(key('4'))).toEqual({ kind: 'pending', digits: '24' });
    expect(map.handle(key('Enter'))).toEqual({ kind: 'command', command: { type: 'goto', index: 23 } });
    expect(map.pending()).toBe('');
    map.handle(key('7'));
    expect(map.handle(key('Backspace'))).toEqual({ kind: 'pending', digits: '' });
    map.handle(key('9'));
    expect(map.handle(key('Escape'))).toEqual({ kind: 'pending', digits: '' });
    expect(map.handle(key('Enter'))).toEqual({ kind: 'command', command: { type: 'next' } });
    map.handle(key('0'));
    expect(map.handle(key('Enter'))).toEqual({ kind: 'none' });
  });
});
