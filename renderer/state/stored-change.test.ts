import { afterEach, describe, expect, it } from 'vitest';
import { announceStoredChange, onStoredChange } from './stored-change.ts';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** The next notice `listen` hears, or 'none' after a short wait. */
function next(listen: (listener: (value: unknown) => void) => () => void): Promise<unknown> {
  return new Promise((resolve) => {
    stops.push(listen(resolve));
    setTimeout(() => resolve('none'), 200);
  });
}

describe('stored change notices', () => {
  it('carry the value saved, so a listener need not read a store that may not have it yet', async () => {
    const heard = next((listener) => onStoredChange('test.values', 'k1', listener));
    announceStoredChange('test.values', 'k1', { words: ['物流通道'] });
    expect(await heard).toEqual({ words: ['物流通道'] });
  });

  it('are heard only for their key, and, when asked, only from other pages', async () => {
    const otherKey = next((listener) => onStoredChange('test.keys', 'other', listener));
    const ownPage = next((listener) => onStoredChange('test.keys', 'k2', listener, true));
    announceStoredChange('test.keys', 'k2', 1);
    expect(await otherKey).toBe('none');
    expect(await ownPage).toBe('none');
  });
});
