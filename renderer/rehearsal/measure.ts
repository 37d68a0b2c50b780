/**
 * What the runs say: time per section against the plan, and the speaker's real
 * reading rate (characters per minute for Chinese, words per minute for English).
 * Pure: the caller passes how many reading units each slide's notes hold, so this
 * file never re-implements the compiler's counting.
 */
import type { DeckModel, Lang, ReadingRate, Slide } from '../../slides/core/model.ts';
import type { RehearsalRun } from './run.ts';

/** Reading units (zh: characters, en: words) of a slide's notes, as the compiler counts them. */
export type UnitsOf = (slide: Slide) => number;

export interface RateSample {
  /** Reading units of the slides that count. */
  units: number;
  /** Milliseconds spent on those slides, pauses excluded. */
  ms: number;
  /** How many slides count. */
  slides: number;
}

/**
 * A slide flicked past (skipped, or a wrong click) says nothing about reading speed and
 * would inflate the rate enormously: it counts only once read for at least 2 s and for
 * at least 30 % of its planned time.
 */
export const MIN_COUNTED_MS = 2000;
export const MIN_COUNTED_SHARE = 0.3;

export function countsForRate(ms: number, plannedSeconds: number): boolean {
  return ms >= MIN_COUNTED_MS && ms >= MIN_COUNTED_SHARE * plannedSeconds * 1000;
}

const EMPTY: RateSample = { units: 0, ms: 0, slides: 0 };

function addSample(a: RateSample, b: RateSample): RateSample {
  return { units: a.units + b.units, ms: a.ms + b.ms, slides: a.slides + b.slides };
}

function sampleSlides(slides: readonly Slide[], run: RehearsalRun, unitsOf: UnitsOf): RateSample {
  let sample = EMPTY;
  for (const slide of slides) {
    const ms = run.slideMs[slide.id];
    if (ms === undefined || !countsForRate(ms, slide.seconds)) continue;
    const units = unitsOf(slide);
    if (units <= 0) continue;
    sample = addSample(sample, { units, ms, slides: 1 });
  }
  return sample;
}

/** The rate over the whole run (or over several runs: their samples add up). */
export function rateSample(deck: DeckModel, runs: readonly RehearsalRun[], unitsOf: UnitsOf): RateSample {
  return runs.reduce((acc, run) => addSample(acc, sampleSlides(deck.slides, run, unitsOf)), EMPTY);
}

/** Units per minute, or undefined when nothing was read long enough to tell. */
export function unitsPerMinute(sample: RateSample): number | undefined {
  if (sample.ms <= 0 || sample.units <= 0) return undefined;
  return sample.units / (sample.ms / 60_000);
}

/** The deck's rate with the measured speed put in the field that applies to its language. */
export function rateWithMeasured(base: ReadingRate, lang: Lang, perMinute: number): ReadingRate {
  const rounded = Math.round(perMinute);
  return lang === 'zh' ? { ...base, cjkPerMinute: rounded } : { ...base, wordsPerMinute: rounded };
}

export function ratePerMinute(rate: ReadingRate, lang: Lang): number {
  return lang === 'zh' ? rate.cjkPerMinute : rate.wordsPerMinute;
}

export interface SectionActual {
  sectionId: string;
  label: string;
  title: string;
  plannedSeconds: number;
  /** Per run (same order as the runs given): seconds spent in the section, pauses excluded. */
  actualSeconds: number[];
  /** Per run: measured units per minute in this section, undefined where too little was read. */
  perMinute: (number | undefined)[];
  /** Slides in the section. */
  slideCount: number;
  /** Per run: how many of its slides the run reached (0: the section was not rehearsed in that run). */
  reachedSlides: number[];
  /** Per run: planned seconds of the slides the run reached, to compare a partly rehearsed section fairly. */
  plannedReachedSeconds: number[];
}

/** A slide counts as rehearsed in a run when the run spent time on it. */
export function reached(run: RehearsalRun, slideId: string): boolean {
  return (run.slideMs[slideId] ?? 0) > 0;
}

/**
 * Per section, planned against actual for each run. `plannedOf` gives a slide's planned
 * seconds in the plan being compared (the deck's own or an overlay).
 */
export function sectionActuals(
  deck: DeckModel,
  runs: readonly RehearsalRun[],
  unitsOf: UnitsOf,
  plannedOf: (slide: Slide) => number,
  loose: LooseTitles,
): SectionActual[] {
  const groups = sectionGroups(deck, loose);
  return groups.map((group) => ({
    sectionId: group.id,
    label: group.label,
    title: group.title,
    plannedSeconds: group.slides.reduce((sum, slide) => sum + plannedOf(slide), 0),
    actualSeconds: runs.map((run) => group.slides.reduce((sum, slide) => sum + (run.slideMs[slide.id] ?? 0), 0) / 1000),
    perMinute: runs.map((run) => unitsPerMinute(sampleSlides(group.slides, run, unitsOf))),
    slideCount: group.slides.length,
    reachedSlides: runs.map((run) => group.slides.filter((slide) => reached(run, slide.id)).length),
    plannedReachedSeconds: runs.map((run) => group.slides.filter((slide) => reached(run, slide.id)).reduce((sum, slide) => sum + plannedOf(slide), 0)),
  }));
}

export interface SlideGroup {
  id: string;
  label: string;
  title: string;
  slides: Slide[];
}

export interface LooseTitles {
  /** Name for slides before the first section (the title block, the salutation). */
  opening: string;
  /** Name for slides after the last section that belong to none (closing lines). */
  closing: string;
}

/**
 * The deck's slides grouped by section, in reading order. Slides in no section form
 * groups of their own (the opening before the first section, the closing after), so
 * every second of a run lands in some group.
 */
export function sectionGroups(deck: DeckModel, loose: LooseTitles): SlideGroup[] {
  const sectionOf = new Map<string, DeckModel['sections'][number]>();
  for (const section of deck.sections) for (const id of section.slideIds) sectionOf.set(id, section);
  const groups: SlideGroup[] = [];
  let seenSection = false;
  for (const slide of deck.slides) {
    const section = sectionOf.get(slide.id);
    const id = section ? section.id : seenSection ? '#closing' : '#opening';
    seenSection ||= section !== undefined;
    const existing = groups.find((group) => group.id === id);
    if (existing) {
      existing.slides.push(slide);
      continue;
    }
    const title = section ? section.title : id === '#opening' ? loose.opening : loose.closing;
    groups.push({ id, label: section?.label ?? '', title, slides: [slide] });
  }
  return groups;
}
