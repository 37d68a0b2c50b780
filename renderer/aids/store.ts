/**
 * The staff's review of a deck's aids (pronunciation table, corrections, dismissals),
 * remembered per deck in the host's settings store under `aids.<report key>` — the same
 * per-report key the rehearsal store uses, so it follows the report through edits and
 * works for .txt and .docx reports, which have no front matter to hold it. Unreadable
 * data is kept aside under a backup key and reported; the views go on with an empty
 * review. Other views of this origin hear of each change and redraw.
 */
import type { Host } from '../../electron/common/contract.ts';
import type { DeckModel } from '../../slides/core/model.ts';
import { EMPTY_REVIEW, type AidsReview } from '../../slides/core/aids/model.ts';
import { parseAidsReview, storedReview } from '../../slides/core/aids/review.ts';
import { reportKey } from '../rehearsal/report-key.ts';
import { announceStoredChange, onStoredChange } from '../state/stored-change.ts';

export type AidsHost = Pick<Host, 'getSetting' | 'setSetting'>;

const CHANNEL = 'podium.aids';

export function aidsSettingKey(deck: DeckModel): string {
  return `aids.${reportKey(deck)}`;
}

export interface ReviewLoad {
  review: AidsReview;
  /** What was wrong with the stored data, and where it was kept. */
  problem?: string;
}

export class AidsStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: AidsHost,
    readonly key: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async load(): Promise<ReviewLoad> {
    let raw: unknown;
    try {
      raw = await this.host.getSetting<unknown>(this.key);
    } catch (error) {
      return { review: EMPTY_REVIEW, problem: error instanceof Error ? error.message : String(error) };
    }
    const parsed = parseAidsReview(raw);
    if (parsed.ok) return { review: parsed.value };
    const aside = `${this.key}.bak${this.now().getTime()}`;
    try {
      await this.host.setSetting(aside, raw);
      await this.host.setSetting(this.key, storedReview(EMPTY_REVIEW));
      return { review: EMPTY_REVIEW, problem: `${parsed.reason}; kept as "${aside}"` };
    } catch {
      return { review: EMPTY_REVIEW, problem: parsed.reason };
    }
  }

  /** Saves in turn with every other save of this store, then tells the other views. */
  save(review: AidsReview): Promise<void> {
    const next = this.queue.then(async () => {
      const stored = storedReview(review);
      await this.host.setSetting(this.key, stored);
      announceStoredChange(CHANNEL, this.key, stored);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/**
 * Calls `listener` with the review another view (not this page) saved under `key`;
 * undefined when the notice's copy is unreadable, and the listener must read the store.
 */
export function onAidsChange(key: string, listener: (review: AidsReview | undefined) => void): () => void {
  return onStoredChange(CHANNEL, key, (value) => {
    const parsed = parseAidsReview(value);
    listener(parsed.ok ? parsed.value : undefined);
  }, true);
}
