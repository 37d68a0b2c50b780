/**
 * "I saved what is stored under this key": one view tells the other views of this origin
 * (other windows, the teleprompter, the report page), which then read it again. Used by
 * the rehearsal store and the speaker aids' review; each names its own channel.
 *
 * A notice may carry the value saved. Listeners should prefer it to reading the store:
 * in the browser host the store is localStorage, which Chromium syncs to other pages'
 * processes on its own pipe, so a page can hear the notice before it sees the write.
 */

/** This page, so a listener can tell its own page's announcements from another view's. */
const PAGE = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export function announceStoredChange(channelName: string, key: string, value?: unknown): void {
  const channel = new BroadcastChannel(channelName);
  channel.postMessage({ key, from: PAGE, value });
  channel.close();
}

/**
 * Calls `listener` when a view announced a change under `key` on `channelName`. With
 * `othersOnly`, this page's own announcements are not heard: a page that keeps the data
 * in memory must not reread the store while its own later saves are still on the way.
 */
export function onStoredChange(channelName: string, key: string, listener: (value: unknown) => void, othersOnly = false): () => void {
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { key?: unknown; from?: unknown; value?: unknown } | null;
    if (!data || data.key !== key) return;
    if (othersOnly && data.from === PAGE) return;
    listener(data.value);
  };
  return () => channel.close();
}
