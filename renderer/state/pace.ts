/**
 * Pace: planned against actual time, for the current slide, its section and the whole
 * reading. Pure arithmetic on the presentation state and the deck's planned seconds.
 * A positive delta means behind plan (slower than planned), negative means ahead.
 */
import { elapsedMs, type PresentationState } from './presentation.ts';

export type PaceLevel = 'ok' | 'warn' | 'late';

export interface PaceFigure {
  plannedSeconds: number;
  actualSeconds: number;
  /** actual − planned so far, in seconds; > 0 is behind. */
  deltaSeconds: number;
  level: PaceLevel;
}

export interface Pace {
  elapsedSeconds: number;
  slide: PaceFigure;
  section: PaceFigure;
  overall: PaceFigure;
  /** Target (or the planned total when there is none) minus elapsed; negative when over. */
  leftSeconds: number;
  targetSeconds: number;
}

export interface PlanSlide {
  seconds: number;
  sectionId?: string | undefined;
}

/** How far behind is still only a warning: a slide, a section, the whole reading. */
export const TOLERANCE_SECONDS = { slide: 15, section: 30, overall: 60 } as const;

export function paceLevel(deltaSeconds: number, toleranceSeconds: number): PaceLevel {
  if (deltaSeconds <= 0) return 'ok';
  return deltaSeconds <= toleranceSeconds ? 'warn' : 'late';
}

function figure(planned: number, actual: number, tolerance: number): PaceFigure {
  const deltaSeconds = actual - planned;
  return { plannedSeconds: planned, actualSeconds: actual, deltaSeconds, level: paceLevel(deltaSeconds, tolerance) };
}

export function computePace(
  state: PresentationState,
  slides: readonly PlanSlide[],
  now: number,
  targetSeconds?: number,
): Pace {
  const elapsed = elapsedMs(state.clock, now) / 1000;
  const index = Math.min(Math.max(0, state.slideIndex), Math.max(0, slides.length - 1));
  const current = slides[index];
  const planned = current?.seconds ?? 0;
  const onSlide = Math.max(0, elapsed - state.slideEnteredMs / 1000);
  // Time on the current slide counts against the plan only up to its planned length:
  // beyond that the speaker is behind; before that they are on plan.
  const creditOnSlide = Math.min(onSlide, planned);

  let plannedBefore = 0;
  let plannedBeforeInSection = 0;
  for (let i = 0; i < index; i += 1) {
    const s = slides[i];
    if (!s) continue;
    plannedBefore += s.seconds;
    if (current?.sectionId !== undefined && s.sectionId === current.sectionId) plannedBeforeInSection += s.seconds;
  }
  const inSection = Math.max(0, elapsed - state.sectionEnteredMs / 1000);
  const total = slides.reduce((sum, s) => sum + s.seconds, 0);
  const target = targetSeconds && targetSeconds > 0 ? targetSeconds : total;

  return {
    elapsedSeconds: elapsed,
    slide: figure(planned, onSlide, TOLERANCE_SECONDS.slide),
    section: figure(plannedBeforeInSection + creditOnSlide, inSection, TOLERANCE_SECONDS.section),
    overall: figure(plannedBefore + creditOnSlide, elapsed, TOLERANCE_SECONDS.overall),
    leftSeconds: target - elapsed,
    targetSeconds: target,
  };
}

/** 75 → "01:15", 3725 → "1:02:05"; negative values get a leading minus. */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const total = Math.floor(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${mm}:${ss}` : `${sign}${mm}:${ss}`;
}
