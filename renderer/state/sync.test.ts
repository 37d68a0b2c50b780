import { afterEach, describe, expect, it } from 'vitest';
import type { DeckShape, PresentationState } from './presentation.ts';
import { createPresentationSync, type AcquireOwnership, type PresentationSync } from './sync.ts';

const shape: DeckShape = { ids: ['a', 'b', 'c'], sectionIds: [null, 'S', 'S'], fragments: [0, 0, 0] };

/** A stand-in for the Web Lock: the first view owns; on release the next waiting view does. */
function fakeLock(): AcquireOwnership {
  const queue: Array<() => void> = [];
  let held = false;
  const grant = (): void => {
    const next = queue.shift();
    if (next) { held = true; next(); } else held = false;
  };
  return (onOwner) => {
    let mine = false;
    const claim = (): void => { mine = true; onOwner(); };
    if (held) queue.push(claim); else { held = true; claim(); }
    return () => {
      const waiting = queue.indexOf(claim);
      if (waiting >= 0) queue.splice(waiting, 1);
      if (mine) grant();
    };
  };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));
let views: PresentationSync[] = [];
afterEach(() => { for (const v of views) v.close(); views = []; });

describe('presentation sync', () => {
  it('has one owner; commands from any view reach every view; a late view gets the current state', async () => {
    const lock = fakeLock();
    const channelName = `test-${Math.random()}`;
    const presenter = createPresentationSync({ channelName, acquireOwnership: lock });
    const audience = createPresentationSync({ channelName, acquireOwnership: lock });
    views.push(presenter, audience);
    presenter.setDeck(shape);
    audience.setDeck(shape);
    expect(presenter.isOwner()).toBe(true);
    expect(audience.isOwner()).toBe(false);

    audience.send({ type: 'next' });
    audience.send({ type: 'next' });
    await settle();
    expect(presenter.current().slideIndex).toBe(1);
    expect(audience.current()).toEqual(presenter.current());

    const seen: PresentationState[] = [];
    audience.onChange((s) => seen.push(s));
    presenter.send({ type: 'screen', screen: 'black' });
    await settle();
    expect(seen.at(-1)?.screen).toBe('black');

    const late = createPresentationSync({ channelName, acquireOwnership: lock });
    views.push(late);
    await settle();
    expect(late.current()).toEqual(presenter.current());
  });

  it('hands ownership over when the owner closes, keeping the position', async () => {
    const lock = fakeLock();
    const channelName = `test-${Math.random()}`;
    const first = createPresentationSync({ channelName, acquireOwnership: lock });
    const second = createPresentationSync({ channelName, acquireOwnership: lock });
    views.push(second);
    first.setDeck(shape);
    second.setDeck(shape);
    first.send({ type: 'next' });
    first.send({ type: 'last' });
    await settle();
    first.close();
    expect(second.isOwner()).toBe(true);
    expect(second.current().slideIndex).toBe(2);
    second.send({ type: 'prev' });
    expect(second.current().slideIndex).toBe(1);
  });

  it('ignores malformed messages on the channel', async () => {
    const lock = fakeLock();
    const channelName = `test-${Math.random()}`;
    const owner = createPresentationSync({ channelName, acquireOwnership: lock });
    const viewer = createPresentationSync({ channelName, acquireOwnership: lock });
    views.push(owner, viewer);
    owner.setDeck(shape);
    await settle();
    const before = viewer.current();
    const rogue = new BroadcastChannel(channelName);
    rogue.postMessage({ kind: 'state', state: { seq: 1e9, screen: 'evil' } });
    rogue.postMessage({ kind: 'command', command: { type: 'goto', index: 'x' } });
    await settle();
    rogue.close();
    expect(viewer.current()).toEqual(before);
    expect(owner.current().slideIndex).toBe(0);
  });
});

describe('presentation sync, owner gone before answering', () => {
  it('carries out a command the closed owner never answered', async () => {
    const lock = fakeLock();
    const channelName = `test-${Math.random()}`;
    const first = createPresentationSync({ channelName, acquireOwnership: lock });
    const second = createPresentationSync({ channelName, acquireOwnership: lock });
    views.push(second);
    first.setDeck(shape);
    second.setDeck(shape);
    first.send({ type: 'next' });
    await settle();
    second.send({ type: 'next' });
    first.close(); // gone before the command reached it
    expect(second.isOwner()).toBe(true);
    expect(second.current().slideIndex).toBe(1);
  });
});
