/**
 * The parts of a split paragraph keep one title. When a deck file edited in a text editor comes
 * back with some parts of a run retitled and the others as they were, the others follow: the
 * person renamed "the slide", not one half of it. Parts that were given titles of their own (the
 * run already had different titles before) are left alone.
 */
import type { DeckModel, Slide } from '../model.ts';
import { partGroup } from './automatic.ts';

export function alignPartTitles(previous: DeckModel | undefined, next: DeckModel): DeckModel {
  if (!previous) return next;
  const before = new Map(previous.slides.map((s) => [s.id, s]));
  let slides: Slide[] | undefined;
  for (let start = 0; start < next.slides.length; ) {
    const [, end] = partGroup(next.slides, start);
    const run = next.slides.slice(start, end);
    const old = run.map((s) => before.get(s.id));
    const oldTitles = new Set(old.map((s) => s?.title));
    // Only a run that had one title before, all of whose parts were there before.
    if (run.length > 1 && oldTitles.size === 1 && !old.includes(undefined)) {
      const oldTitle = old[0]?.title;
      const changed = run.filter((s) => s.title !== oldTitle);
      const newTitles = new Set(changed.map((s) => s.title));
      if (changed.length > 0 && changed.length < run.length && newTitles.size === 1) {
        const title = changed[0]?.title as string;
        slides ??= [...next.slides];
        for (let i = start; i < end; i++) slides[i] = { ...(slides[i] as Slide), title };
      }
    }
    start = end;
  }
  return slides ? { ...next, slides } : next;
}
