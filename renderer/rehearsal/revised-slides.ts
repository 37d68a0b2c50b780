/**
 * Which slides a revised draft changed that no rehearsal has read since: the deck's revision
 * record names the changed and added slides, and a slide's id follows its text, so a run that
 * read the slide as it is now has time for that id. The rehearsal report lists those slides; the
 * presenter marks their changed sentences (presenter/revised-marks.ts) until a run reads them.
 */
import type { DeckModel } from '../../slides/core/model.ts';
import { reached } from './measure.ts';
import type { RehearsalRun } from './run.ts';

export interface RevisedSlideRef {
  id: string;
  /** 1-based, in the deck as it is now. */
  number: number;
  title: string;
  status: 'changed' | 'added';
}

export interface RevisedRehearsal {
  /** The draft brought in (file name). */
  current: string;
  /** Changed and added slides in the deck. */
  revised: number;
  /** Those of them no run has read, in the deck's order. */
  notRehearsed: RevisedSlideRef[];
}

/** True when one of `runs` read this slide (as its text is now). */
export function rehearsedIn(runs: readonly RehearsalRun[], slideId: string): boolean {
  return runs.some((run) => reached(run, slideId));
}

/** The revised slides and which of them are not rehearsed yet; undefined for a deck no draft was brought into. */
export function revisedRehearsal(deck: DeckModel, runs: readonly RehearsalRun[]): RevisedRehearsal | undefined {
  const record = deck.revision;
  if (!record) return undefined;
  const status = new Map(record.slides.filter((s) => s.status !== 'kept').map((s) => [s.id, s.status as RevisedSlideRef['status']]));
  const revised = deck.slides.flatMap((slide, index): RevisedSlideRef[] => {
    const how = status.get(slide.id);
    return how ? [{ id: slide.id, number: index + 1, title: slide.title, status: how }] : [];
  });
  return { current: record.current, revised: revised.length, notRehearsed: revised.filter((slide) => !rehearsedIn(runs, slide.id)) };
}
