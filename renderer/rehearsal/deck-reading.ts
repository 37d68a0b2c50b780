/**
 * The compiler's reading arithmetic bound to a deck's language, in the shapes the
 * rehearsal modules take: one place that decides how text becomes reading units and
 * seconds, so the plan, the measured rate, the teleprompter and the reading cursor agree.
 */
import type { DeckModel, Lang, Slide } from '../../slides/core/model.ts';
import { readingSeconds, readingUnits } from '../../slides/core/index.ts';
import type { UnitsOf } from './measure.ts';
import { resolvePlan, type PlanChoice, type PlanOverlay, type SecondsOf } from './plan.ts';

export function unitsOfSlide(lang: Lang): UnitsOf {
  return (slide: Slide) => readingUnits(slide.notes, lang);
}

/** Whole seconds and at least one, as the compiler times slides (slides/core/plan.ts slideSeconds). */
export function secondsOfText(lang: Lang): SecondsOf {
  return (text, rate) => Math.max(1, Math.round(readingSeconds(text, rate, lang)));
}

export function planOverlay(deck: DeckModel, choice: PlanChoice): PlanOverlay {
  return resolvePlan(deck, choice, secondsOfText(deck.meta.lang));
}
