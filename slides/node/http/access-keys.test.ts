import { describe, expect, it } from 'vitest';
import { AccessKeys, CODE_LIFETIME_MS } from './access-keys.ts';

describe('access keys of one launch', () => {
  it('trades each launch code for the token once', () => {
    const keys = new AccessKeys();
    const [a, b] = [keys.mintCode(), keys.mintCode()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[\w-]{43}$/); // 256 random bits
    const token = keys.redeem(a);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(token).not.toBe(a);
    expect(keys.redeem(a)).toBeUndefined();
    expect(keys.redeem(b)).toBe(token);
    expect(keys.redeem('')).toBeUndefined();
    expect(keys.redeem(token as string)).toBeUndefined();
  });

  it('knows its token and no other, and a code lapses unused', () => {
    let now = 0;
    const keys = new AccessKeys(() => now);
    const other = new AccessKeys(() => now);
    const token = keys.redeem(keys.mintCode()) as string;
    expect(keys.isToken(token)).toBe(true);
    expect(keys.isToken(`${token} `)).toBe(false);
    expect(keys.isToken('')).toBe(false);
    expect(other.isToken(token)).toBe(false);
    const late = keys.mintCode();
    now += CODE_LIFETIME_MS;
    expect(keys.redeem(late)).toBeUndefined();
  });
});
