/**
 * Rehearsal storage for the browser host: one localStorage item per report. A single
 * setItem is atomic (the browser commits the whole value or none of it), so a tab killed
 * mid-write keeps the previous value. An item that does not parse is moved aside under a
 * backup key and reported; the caller then starts with an empty history.
 */
import type { RehearsalHost } from './store.ts';
import { backupKey } from './store.ts';

export const LOCAL_PREFIX = 'podium.rehearsals.';

export class CorruptStoreError extends Error {
  constructor(
    readonly key: string,
    readonly backupKey: string,
    detail: string,
  ) {
    super(`The saved rehearsals of this report could not be read (${detail}); they were kept aside as "${backupKey}" and a new history was started.`);
    this.name = 'CorruptStoreError';
  }
}

export function createLocalRehearsalStore(storage: Storage, now: () => Date = () => new Date()): RehearsalHost {
  return {
    async loadRehearsals(key: string): Promise<unknown> {
      const raw = storage.getItem(LOCAL_PREFIX + key);
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch (error) {
        const aside = backupKey(key, now());
        storage.setItem(LOCAL_PREFIX + aside, raw);
        storage.removeItem(LOCAL_PREFIX + key);
        throw new CorruptStoreError(key, aside, error instanceof Error ? error.message : String(error));
      }
    },
    async saveRehearsals(key: string, data: unknown): Promise<void> {
      storage.setItem(LOCAL_PREFIX + key, JSON.stringify(data));
    },
  };
}
