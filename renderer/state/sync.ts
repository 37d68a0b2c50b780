/**
 * One owner of the presentation state, broadcast to every view.
 *
 * Views of one origin (browser windows, or Electron windows on the app scheme) share a
 * BroadcastChannel. The owner is whichever view holds the Web Lock `OWNER_LOCK`: the
 * first view to open; when it closes, a waiting view takes the lock and carries on from
 * the last state it was sent, so the show survives a closed window. Any view sends
 * commands; only the owner applies them (with its deck) and broadcasts the new state,
 * which it also renders itself at once. A view opened late says hello and gets the state.
 */
import {
  initialState, isCommand, isPresentationState, reduce, withDeck,
  type Command, type DeckShape, type PresentationState,
} from './presentation.ts';

export const CHANNEL_NAME = 'podium.presentation';
const OWNER_LOCK = 'podium.presentation.owner';

type Message =
  | { kind: 'state'; state: PresentationState }
  | { kind: 'command'; command: Command }
  | { kind: 'hello' };

export interface PresentationSync {
  /** Carries out a command: at once when this view owns the state, else via the owner. */
  send(command: Command): void;
  /** This view's deck changed (first load, live reload): the owner re-anchors the slide by id. */
  setDeck(shape: DeckShape): void;
  current(): PresentationState;
  isOwner(): boolean;
  onChange(listener: (state: PresentationState) => void): () => void;
  close(): void;
}

/** Calls `onOwner` once this view becomes the owner; returns a release for close(). */
export type AcquireOwnership = (onOwner: () => void) => () => void;

/** The Web Lock is held for the life of the view; a waiting view gets it when we close. */
export const webLockOwnership: AcquireOwnership = (onOwner) => {
  let release: (() => void) | null = null;
  let closed = false;
  void navigator.locks.request(OWNER_LOCK, () => {
    if (closed) return undefined;
    onOwner();
    return new Promise<void>((resolve) => { release = resolve; });
  });
  return () => {
    closed = true;
    release?.();
  };
};

export interface SyncOptions {
  now?: () => number;
  channelName?: string;
  acquireOwnership?: AcquireOwnership;
}

export function createPresentationSync(options: SyncOptions = {}): PresentationSync {
  const now = options.now ?? Date.now;
  const channel = new BroadcastChannel(options.channelName ?? CHANNEL_NAME);
  const listeners = new Set<(state: PresentationState) => void>();
  let state = initialState();
  let shape: DeckShape | null = null;
  let owner = false;
  /**
   * Commands sent since the owner last answered with a state. If the owner closed before
   * answering (the key pressed as its window went away), the view that takes over applies them.
   */
  let unanswered: Command[] = [];

  const publish = (next: PresentationState): void => {
    if (next === state) return;
    state = next;
    if (owner) channel.postMessage({ kind: 'state', state } satisfies Message);
    for (const listener of listeners) listener(state);
  };

  const apply = (command: Command): void => {
    if (!shape) return;
    publish(reduce(state, command, shape, now()));
  };

  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data as Partial<Message> | null;
    if (!message || typeof message !== 'object') return;
    if (message.kind === 'state') {
      unanswered = [];
      // Only a state newer than ours is shown; an owner that took over keeps counting up.
      if (!owner && isPresentationState(message.state) && message.state.seq > state.seq) publish(message.state);
    } else if (message.kind === 'command') {
      if (owner && isCommand(message.command)) apply(message.command);
    } else if (message.kind === 'hello') {
      if (owner) channel.postMessage({ kind: 'state', state } satisfies Message);
    }
  };

  const becomeOwner = (): void => {
    owner = true;
    if (shape) state = withDeck(state, shape);
    // Bump past anything a previous owner sent, so every view accepts what we send from now on.
    state = { ...state, seq: state.seq + 1 };
    if (shape) for (const command of unanswered) state = reduce(state, command, shape, now());
    unanswered = [];
    channel.postMessage({ kind: 'state', state } satisfies Message);
    for (const listener of listeners) listener(state);
  };

  const releaseOwnership = (options.acquireOwnership ?? webLockOwnership)(becomeOwner);
  channel.postMessage({ kind: 'hello' } satisfies Message);

  return {
    send(command) {
      if (owner) {
        apply(command);
      } else {
        unanswered.push(command);
        channel.postMessage({ kind: 'command', command } satisfies Message);
      }
    },
    setDeck(next) {
      shape = next;
      if (owner) publish(withDeck(state, next));
    },
    current: () => state,
    isOwner: () => owner,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      channel.close();
      releaseOwnership();
      listeners.clear();
    },
  };
}
