/**
 * The pace plan as an overlay on the deck: per slide, the seconds to read and whether
 * it is read in full, abridged (only its key points) or skipped. The DeckModel is never
 * changed; the presenter, the teleprompter and the report all read the same overlay.
 */
import type { DeckModel, Lang, ReadingRate, Slide } from '../../slides/core/model.ts';
import { ratePerMinute } from './measure.ts';

export type SlideAction = 'read' | 'abridge' | 'skip';

export interface PlannedSlide {
  seconds: number;
  action: SlideAction;
}

export interface PlanOverlay {
  rate: ReadingRate;
  /** True when the rate comes from rehearsal runs rather than the deck. */
  measured: boolean;
  slides: Record<string, PlannedSlide>;
  totalSeconds: number;
}

/** Reading time of a text at a rate, in whole seconds: the compiler's own function, bound to the deck's language. */
export type SecondsOf = (text: string, rate: ReadingRate) => number;

/** What the user chose and what is stored with the runs: stale ids (slides edited away) are ignored. */
export interface PlanChoice {
  /** The measured rate applied ("apply measured rate"), absent to keep the deck's. */
  rate?: ReadingRate;
  skip: string[];
  abridge: string[];
}

export const EMPTY_CHOICE: PlanChoice = { skip: [], abridge: [] };

function total(slides: Record<string, PlannedSlide>): number {
  let sum = 0;
  for (const planned of Object.values(slides)) sum += planned.seconds;
  return sum;
}

/** The text read when a slide is abridged: its key points, nothing else. */
export function abridgedText(slide: Slide): string {
  return slide.points.join('\n');
}

function abridgeable(slide: Slide): boolean {
  return (slide.kind === 'content' || slide.kind === 'custom') && slide.points.length > 0;
}

/**
 * Seconds of a slide read in full at `rate`. A timing written in the source (data-timing: a
 * time set by hand in the editor or the deck file) keeps its proportion and follows the
 * speaker's pace: scaled by planned rate / measured rate.
 */
function fullSeconds(slide: Slide, deckRate: ReadingRate, rate: ReadingRate, lang: Lang, measured: boolean, secondsOf: SecondsOf): number {
  if (!measured) return slide.seconds;
  if (slide.timingFromSource) return Math.max(1, Math.round((slide.seconds * ratePerMinute(deckRate, lang)) / ratePerMinute(rate, lang)));
  return secondsOf(slide.notes, rate);
}

/** The plan a deck carries, or the same slides at a measured rate, with the user's cuts applied. */
export function resolvePlan(deck: DeckModel, choice: PlanChoice, secondsOf: SecondsOf): PlanOverlay {
  const measured = choice.rate !== undefined;
  const rate = choice.rate ?? deck.meta.rate;
  const skip = new Set(choice.skip);
  const abridge = new Set(choice.abridge);
  const slides: Record<string, PlannedSlide> = {};
  for (const slide of deck.slides) {
    const full = fullSeconds(slide, deck.meta.rate, rate, deck.meta.lang, measured, secondsOf);
    if (skip.has(slide.id) && cuttable(slide)) slides[slide.id] = { seconds: 0, action: 'skip' };
    else if (abridge.has(slide.id) && abridgeable(slide)) {
      slides[slide.id] = { seconds: Math.min(full, secondsOf(abridgedText(slide), rate)), action: 'abridge' };
    } else slides[slide.id] = { seconds: full, action: 'read' };
  }
  return { rate, measured, slides, totalSeconds: total(slides) };
}

/** Title, section and closing slides carry the report's frame: never proposed for cutting. */
export function cuttable(slide: Slide): boolean {
  return slide.kind === 'content' || slide.kind === 'custom';
}

/** `<!-- .slide: data-priority="3" -->`: higher is more important; unmarked slides are 0. */
export function slidePriority(slide: Slide): number {
  const raw = slide.attributes?.['data-priority'];
  const value = raw === undefined ? 0 : Number(raw);
  return Number.isFinite(value) ? value : 0;
}

export interface FitCut {
  slideId: string;
  action: 'skip' | 'abridge';
  savesSeconds: number;
  /** Why this slide: marked skippable in the source, or lowest priority among content slides. */
  reason: 'skippable' | 'priority';
}

export interface FitProposal {
  targetSeconds: number;
  beforeSeconds: number;
  afterSeconds: number;
  /** False when even every allowed cut leaves the plan over the target. */
  fits: boolean;
  cuts: FitCut[];
  /** The shortened plan: `plan` with the cuts applied. */
  plan: PlanOverlay;
}

interface Candidate extends FitCut {
  rank: [number, number, number, number];
}

function candidates(deck: DeckModel, plan: PlanOverlay, secondsOf: SecondsOf): Candidate[] {
  const list: Candidate[] = [];
  deck.slides.forEach((slide, index) => {
    const planned = plan.slides[slide.id];
    if (!planned || planned.action === 'skip' || planned.seconds <= 0 || !cuttable(slide)) return;
    if (slide.skippable) {
      list.push({ slideId: slide.id, action: 'skip', savesSeconds: planned.seconds, reason: 'skippable', rank: [0, 0, -planned.seconds, index] });
      return;
    }
    if (planned.action === 'abridge') return;
    const short = abridgeable(slide) ? secondsOf(abridgedText(slide), plan.rate) : 0;
    const saves = planned.seconds - short;
    if (saves <= 0) return;
    const action = abridgeable(slide) ? 'abridge' : 'skip';
    list.push({ slideId: slide.id, action, savesSeconds: saves, reason: 'priority', rank: [1, slidePriority(slide), -saves, index] });
  });
  return list.sort((a, b) => compareRank(a.rank, b.rank));
}

function compareRank(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Proposes cuts so the plan fits the target: skippable slides first (longest first),
 * then content slides abridged to their points, lowest priority first and, among equals,
 * those that save most. A last pass gives back any cut the plan no longer needs, the
 * most important first, so the proposal asks for no more than it must.
 */
export function fitPlan(deck: DeckModel, plan: PlanOverlay, targetSeconds: number, secondsOf: SecondsOf): FitProposal {
  const beforeSeconds = plan.totalSeconds;
  const chosen: Candidate[] = [];
  let running = beforeSeconds;
  if (running > targetSeconds) {
    for (const candidate of candidates(deck, plan, secondsOf)) {
      chosen.push(candidate);
      running -= candidate.savesSeconds;
      if (running <= targetSeconds) break;
    }
    for (let i = chosen.length - 1; i >= 0; i -= 1) {
      const cut = chosen[i];
      if (cut && running + cut.savesSeconds <= targetSeconds) {
        running += cut.savesSeconds;
        chosen.splice(i, 1);
      }
    }
  }
  const cuts: FitCut[] = chosen.map(({ rank: _rank, ...cut }) => cut);
  const slides = { ...plan.slides };
  for (const cut of cuts) {
    const planned = slides[cut.slideId];
    if (planned) slides[cut.slideId] = { action: cut.action, seconds: planned.seconds - cut.savesSeconds };
  }
  const shortened: PlanOverlay = { ...plan, slides, totalSeconds: total(slides) };
  return {
    targetSeconds,
    beforeSeconds,
    afterSeconds: shortened.totalSeconds,
    fits: shortened.totalSeconds <= targetSeconds,
    cuts,
    plan: shortened,
  };
}

/** The choice that reproduces a proposal's shortened plan (to store when the user accepts it). */
export function choiceWithCuts(choice: PlanChoice, cuts: readonly FitCut[]): PlanChoice {
  const skip = new Set(choice.skip);
  const abridge = new Set(choice.abridge);
  for (const cut of cuts) (cut.action === 'skip' ? skip : abridge).add(cut.slideId);
  return { ...choice, skip: [...skip], abridge: [...abridge] };
}

/** Planned seconds per section id (slides in no section are left out). */
export function sectionSeconds(deck: DeckModel, plan: PlanOverlay): Record<string, number> {
  const out: Record<string, number> = {};
  for (const section of deck.sections) {
    out[section.id] = section.slideIds.reduce((sum, id) => sum + (plan.slides[id]?.seconds ?? 0), 0);
  }
  return out;
}
