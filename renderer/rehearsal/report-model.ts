/**
 * Everything the rehearsal report shows, computed from the deck and the stored runs
 * without DOM: the prediction and how it compares with the target, planned against
 * actual per section for the last runs, and the proposal to fit the target.
 */
import type { DeckModel } from '../../slides/core/model.ts';
import { rateWithMeasured, reached, sectionActuals, type LooseTitles, type SectionActual } from './measure.ts';
import { choiceWithCuts, fitPlan, type FitProposal, type PlanChoice, type PlanOverlay } from './plan.ts';
import { planOverlay, secondsOfText, unitsOfSlide } from './deck-reading.ts';
import { measuredPerMinute } from './report-data.ts';
import { runTotalMs, type RehearsalRun } from './run.ts';
import { revisedRehearsal, type RevisedRehearsal } from './revised-slides.ts';

/** The chart compares the plan with this many of the latest runs. */
export const CHART_RUNS = 3;

export interface ReportModel {
  /** The plan as stored (deck rate or applied measured rate, with accepted cuts). */
  plan: PlanOverlay;
  /** The plan at the speaker's measured pace when known, else the stored plan: the best prediction. */
  predicted: PlanOverlay;
  /** Units per minute over the latest runs. */
  measured: number | undefined;
  targetSeconds: number | undefined;
  /** predicted − target; undefined without a target. */
  overSeconds: number | undefined;
  /** The latest runs, oldest first, as shown in the chart. */
  runs: RehearsalRun[];
  /** 1-based numbers of those runs in the whole history. */
  runNumbers: number[];
  lastRunSeconds: number | undefined;
  /** How far the last run went, when it did not reach every slide; undefined for a whole run (or none). */
  lastRunStop: RunStop | undefined;
  sections: SectionActual[];
  /** How to fit the target from the prediction; undefined without a target. */
  fit: FitProposal | undefined;
  /** The choice that the "use the shortened plan" button stores. */
  fitChoice: PlanChoice | undefined;
  /** Slides the last revised draft changed and whether any run has read them since; undefined without a revised draft. */
  revised: RevisedRehearsal | undefined;
}

/** Where a partial run stopped: the furthest slide it reached (1-based) and the sections it never reached. */
export interface RunStop {
  slideNumber: number;
  slideCount: number;
  sectionsNotRehearsed: number;
}

/** How far `run` went through the deck; undefined when it reached every slide. */
export function runStop(deck: DeckModel, run: RehearsalRun, sections: readonly SectionActual[], index: number): RunStop | undefined {
  const reachedIndexes = deck.slides.map((slide, i) => (reached(run, slide.id) ? i : -1)).filter((i) => i >= 0);
  if (reachedIndexes.length === deck.slides.length) return undefined;
  return {
    slideNumber: (reachedIndexes.at(-1) ?? -1) + 1,
    slideCount: deck.slides.length,
    sectionsNotRehearsed: sections.filter((section) => (section.reachedSlides[index] ?? 0) === 0).length,
  };
}

export function reportModel(deck: DeckModel, allRuns: readonly RehearsalRun[], choice: PlanChoice, loose: LooseTitles): ReportModel {
  const lang = deck.meta.lang;
  const plan = planOverlay(deck, choice);
  const measured = measuredPerMinute(deck, allRuns);
  // An explicitly applied rate is the speaker's decision; otherwise predict at the measured pace.
  const predictChoice: PlanChoice = measured !== undefined && !choice.rate ? { ...choice, rate: rateWithMeasured(deck.meta.rate, lang, measured) } : choice;
  const predicted = planOverlay(deck, predictChoice);
  const targetSeconds = deck.meta.targetSeconds && deck.meta.targetSeconds > 0 ? deck.meta.targetSeconds : undefined;
  const runs = allRuns.slice(-CHART_RUNS);
  const first = allRuns.length - runs.length;
  const last = runs[runs.length - 1];
  const fit = targetSeconds === undefined ? undefined : fitPlan(deck, predicted, targetSeconds, secondsOfText(lang));
  const fitChoice = fit && fit.cuts.length > 0 ? choiceWithCuts(predictChoice, fit.cuts) : undefined;
  const sections = sectionActuals(deck, runs, unitsOfSlide(lang), (slide) => plan.slides[slide.id]?.seconds ?? slide.seconds, loose);
  return {
    plan,
    predicted,
    measured,
    targetSeconds,
    overSeconds: targetSeconds === undefined ? undefined : predicted.totalSeconds - targetSeconds,
    runs,
    runNumbers: runs.map((_, i) => first + i + 1),
    lastRunSeconds: last ? runTotalMs(last) / 1000 : undefined,
    lastRunStop: last ? runStop(deck, last, sections, runs.length - 1) : undefined,
    sections,
    fit,
    fitChoice,
    revised: revisedRehearsal(deck, allRuns),
  };
}

/** Seconds as m:ss (or h:mm:ss), for headlines: "52:10". */
export function clock(seconds: number): string {
  const total = Math.round(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "+1:20" / "−0:35" for differences against a plan. */
export function signedClock(seconds: number): string {
  if (Math.round(seconds) === 0) return '±0:00';
  return `${seconds > 0 ? '+' : '−'}${clock(seconds)}`;
}
