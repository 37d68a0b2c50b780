/**
 * "I saved what is stored under this key": one view tells the other views of this origin
 * (other windows, the teleprompter, the report page), which then read it again. Used by
 * the rehearsal store and the speaker aids' review; each names its own channel.
 */

export function announceStoredChange(channelName: string, key: string): void {
  const channel = new BroadcastChannel(channelName);
  channel.postMessage({ key });
  channel.close();
}

/** Calls `listener` when another view announced a change under `key` on `channelName`. */
export function onStoredChange(channelName: string, key: string, listener: () => void): () => void {
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { key?: unknown } | null;
    if (data && data.key === key) listener();
  };
  return () => channel.close();
}
