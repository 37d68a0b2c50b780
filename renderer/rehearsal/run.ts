/**
 * A rehearsal run: how long the speaker spent on each slide, pauses excluded.
 * Pure data and pure transitions (no DOM, no clock of its own): the caller feeds
 * monotonic timestamps, so tests and the Playwright clock drive it the same way.
 *
 * Times are keyed by the compiler's stable slide ids, so a run recorded against
 * an earlier version of the report still tells the time of every unchanged slide.
 */

export interface RehearsalRun {
  id: string;
  /** Wall-clock start (ISO 8601), for display and the CSV export. */
  startedAt: string;
  /** Wall-clock end (ISO 8601); absent for a run recovered after a crash. */
  endedAt?: string;
  /** Milliseconds read per slide id, pauses excluded. Revisits add up. */
  slideMs: Record<string, number>;
  /** Total time paused during the run (shown, never counted). */
  pausedMs: number;
  /** True when the run was rebuilt from the in-progress copy after the app was killed. */
  recovered?: boolean;
}

/** A run being recorded. `at` values are monotonic milliseconds from the caller's clock. */
export interface ActiveRun {
  run: RehearsalRun;
  /** The slide on screen and when its current unpaused stretch began. */
  current?: { slideId: string; since: number };
  /** Set while paused: when the pause began. */
  pausedSince?: number;
}

export function startRun(id: string, startedAt: Date, at: number, slideId?: string): ActiveRun {
  const active: ActiveRun = { run: { id, startedAt: startedAt.toISOString(), slideMs: {}, pausedMs: 0 } };
  return slideId === undefined ? active : showSlide(active, slideId, at);
}

/** Closes the current slide's stretch (if any and not paused) into its total. */
function closeStretch(active: ActiveRun, at: number): Record<string, number> {
  const { current } = active;
  if (!current || active.pausedSince !== undefined) return active.run.slideMs;
  const ms = Math.max(0, at - current.since);
  return { ...active.run.slideMs, [current.slideId]: (active.run.slideMs[current.slideId] ?? 0) + ms };
}

export function showSlide(active: ActiveRun, slideId: string, at: number): ActiveRun {
  if (active.current?.slideId === slideId) return active;
  const slideMs = closeStretch(active, at);
  return { ...active, run: { ...active.run, slideMs }, current: { slideId, since: at } };
}

export function pause(active: ActiveRun, at: number): ActiveRun {
  if (active.pausedSince !== undefined) return active;
  const slideMs = closeStretch(active, at);
  const current = active.current ? { ...active.current, since: at } : undefined;
  return { run: { ...active.run, slideMs }, current, pausedSince: at };
}

export function resume(active: ActiveRun, at: number): ActiveRun {
  if (active.pausedSince === undefined) return active;
  const pausedMs = active.run.pausedMs + Math.max(0, at - active.pausedSince);
  const current = active.current ? { ...active.current, since: at } : undefined;
  return { run: { ...active.run, pausedMs }, current };
}

/** Ends the run: the slide on screen gets its time, a pause in progress is closed. */
export function finishRun(active: ActiveRun, at: number, endedAt: Date): RehearsalRun {
  const resumed = resume(active, at);
  return { ...resumed.run, slideMs: closeStretch(resumed, at), endedAt: endedAt.toISOString() };
}

/**
 * What survives a crash: the slides already left. The slide on screen is the one
 * the brief allows us to lose, since its stretch was never closed.
 */
export function recoverRun(saved: RehearsalRun): RehearsalRun {
  return { ...saved, recovered: true };
}

export function runTotalMs(run: RehearsalRun): number {
  let total = 0;
  for (const ms of Object.values(run.slideMs)) total += ms;
  return total;
}

/** Whether a run holds anything worth keeping. */
export function isEmptyRun(run: RehearsalRun): boolean {
  return runTotalMs(run) === 0;
}
