/**
 * What a view needs of one report's rehearsals: the stored runs, the plan overlay they
 * imply and the measured rate. Views that show the plan (presenter, teleprompter,
 * report) load it here and reload when another view announces a change.
 */
import type { DeckModel } from '../../slides/core/model.ts';
import { rateSample, unitsPerMinute } from './measure.ts';
import { planOverlay, unitsOfSlide } from './deck-reading.ts';
import type { PlanOverlay } from './plan.ts';
import { reportKey } from './report-key.ts';
import type { RehearsalRun } from './run.ts';
import { RehearsalRepository, type RehearsalFile, type RehearsalHost } from './store.ts';
import { announceStoredChange, onStoredChange } from '../state/stored-change.ts';

/** The measured rate pools this many of the latest runs: recent enough to follow the speaker's progress. */
export const RATE_RUNS = 3;

export function repositoryFor(host: RehearsalHost, deck: DeckModel, onSaveError?: (error: unknown) => void): RehearsalRepository {
  return new RehearsalRepository(host, reportKey(deck), { title: deck.meta.title, source: deck.meta.source.name }, onSaveError);
}

/** Units per minute over the latest runs, or undefined without a run long enough to tell. */
export function measuredPerMinute(deck: DeckModel, runs: readonly RehearsalRun[]): number | undefined {
  return unitsPerMinute(rateSample(deck, runs.slice(-RATE_RUNS), unitsOfSlide(deck.meta.lang)));
}

export interface RehearsalData {
  file: RehearsalFile;
  overlay: PlanOverlay;
  measured: number | undefined;
}

export function rehearsalData(deck: DeckModel, file: RehearsalFile): RehearsalData {
  return { file, overlay: planOverlay(deck, file.plan), measured: measuredPerMinute(deck, file.runs) };
}

const CHANNEL = 'podium.rehearsals';

/** Tells the other views of this origin that a report's runs or plan changed, sending what was saved. */
export function announceRehearsalChange(key: string, saved: RehearsalFile): void {
  announceStoredChange(CHANNEL, key, saved);
}

/** Calls `listener` with the copy a view saved (for RehearsalRepository.load: the store may lag behind it). */
export function onRehearsalChange(key: string, listener: (saved: unknown) => void): () => void {
  return onStoredChange(CHANNEL, key, listener);
}
