/**
 * A view's deck from the host: the current one, then every update. A good update
 * replaces the deck; an error leaves the last good deck in place and is passed on
 * (only the presenter shows it).
 */
import type { DeckModel, DeckUpdate, Host } from '../../electron/common/contract.ts';
import { prepareMarkdown } from '../slides/markdown.ts';

export interface DeckFeed {
  onDeck: (deck: DeckModel, update: Extract<DeckUpdate, { ok: true }>) => void;
  onError?: (update: Extract<DeckUpdate, { ok: false }>) => void;
}

export async function followDeck(host: Host, feed: DeckFeed): Promise<void> {
  let goodRevision = -1;
  let queue: Promise<void> = Promise.resolve();
  // In order, one at a time: a deck may first need the Markdown engine loaded.
  const take = (update: DeckUpdate): Promise<void> =>
    (queue = queue.then(async () => {
      // Updates race the first fetch: never go back to an older deck, nor report an error a newer deck fixed.
      if (update.revision <= goodRevision) return;
      if (update.ok) {
        goodRevision = update.revision;
        await prepareMarkdown(update.deck);
        feed.onDeck(update.deck, update);
      } else {
        feed.onError?.(update);
      }
    }));
  host.onDeckUpdate((update) => void take(update));
  await take(await host.currentDeck());
}
