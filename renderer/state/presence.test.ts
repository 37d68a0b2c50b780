import { afterEach, describe, expect, it } from 'vitest';
import { announcePresence, viewIsOpen } from './presence.ts';

let stops: Array<() => void> = [];
afterEach(() => { for (const stop of stops) stop(); stops = []; });

describe('view presence', () => {
  it('answers "is an audience open?" while an audience view lives, and not after it closed', async () => {
    const channel = `presence-${Math.random()}`;
    expect(await viewIsOpen('audience', 50, channel)).toBe(false);
    const stop = announcePresence('audience', channel);
    stops.push(stop);
    expect(await viewIsOpen('audience', 500, channel)).toBe(true);
    stop();
    expect(await viewIsOpen('audience', 50, channel)).toBe(false);
  });

  it('sees an audience that opens while it waits (a window just opened)', async () => {
    const channel = `presence-${Math.random()}`;
    const waiting = viewIsOpen('audience', 2000, channel);
    setTimeout(() => stops.push(announcePresence('audience', channel)), 30);
    expect(await waiting).toBe(true);
  });

  it('ignores foreign messages on the channel', async () => {
    const channel = `presence-${Math.random()}`;
    const other = new BroadcastChannel(channel);
    stops.push(() => other.close());
    other.onmessage = () => {
      other.postMessage({ kind: 'here', role: 'presenter' });
      other.postMessage('here');
      other.postMessage(null);
    };
    expect(await viewIsOpen('audience', 100, channel)).toBe(false);
  });
});
