/**
 * Which views are open, across the windows of one origin.
 *
 * The browser host opens the hall's window without an opener, so it gets a renderer process of
 * its own (the presenter's work never holds up a slide change in the hall, and a crash of one
 * window leaves the other running). The price is that the presenter keeps no handle on that
 * window: it asks here whether one is open instead. A view answers for its role while it lives.
 */

export const PRESENCE_CHANNEL = 'podium.presence';

const VIEW_ROLES = ['audience'] as const;
export type ViewRole = (typeof VIEW_ROLES)[number];

type PresenceMessage = { kind: 'ask'; role: ViewRole } | { kind: 'here'; role: ViewRole };

function isPresenceMessage(value: unknown): value is PresenceMessage {
  if (!value || typeof value !== 'object') return false;
  const { kind, role } = value as Partial<PresenceMessage>;
  return (kind === 'ask' || kind === 'here') && (VIEW_ROLES as readonly unknown[]).includes(role);
}

/** This view is a `role`: says so now, and whenever asked, until the returned stop is called. */
export function announcePresence(role: ViewRole, channelName = PRESENCE_CHANNEL): () => void {
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isPresenceMessage(event.data) && event.data.kind === 'ask' && event.data.role === role) {
      channel.postMessage({ kind: 'here', role } satisfies PresenceMessage);
    }
  };
  channel.postMessage({ kind: 'here', role } satisfies PresenceMessage);
  return () => channel.close();
}

/**
 * Resolves true as soon as a view of `role` answers, or opens and announces itself, within
 * `withinMs`; false otherwise.
 */
export function viewIsOpen(role: ViewRole, withinMs: number, channelName = PRESENCE_CHANNEL): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new BroadcastChannel(channelName);
    const finish = (open: boolean): void => {
      clearTimeout(timer);
      channel.close();
      resolve(open);
    };
    const timer = setTimeout(() => finish(false), withinMs);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isPresenceMessage(event.data) && event.data.kind === 'here' && event.data.role === role) finish(true);
    };
    channel.postMessage({ kind: 'ask', role } satisfies PresenceMessage);
  });
}
