/**
 * reviseDeck(edited deck, new draft) → new deck and what happened: a revised report brought into a
 * deck a person has worked on. The new draft's text becomes the notes (the notes are the report);
 * the old slides' boundaries are laid over it where their sentences still are (sentence alignment,
 * see align.ts), so a slide whose text is unchanged keeps everything — title, points, layout,
 * picture, hidden, hand-set time, and its id (the rehearsal data is keyed by it). A slide whose
 * text changed keeps the edits whose words still occur in its new text and is flagged; an edit
 * whose words are gone is listed (unplaced), never kept silently. New passages get the automatic
 * plan's slides; slides whose passage is gone are removed and listed.
 */
import { fixedPhraseList } from '../fixed-phrases.ts';
import { compileDeck } from '../compile.ts';
import { automaticWords, partGroup, renumberParts, sentenceSpans } from '../edit/automatic.ts';
import { refresh } from '../edit/apply.ts';
import { HAND_PARTS, PICTURE_LAYOUTS, type CompileOptions, type DeckModel, type HandPart, type Slide, type SlideLayout, type SourceText } from '../model.ts';
import { compactText } from '../text.ts';
import { alignSentences, sentenceKey } from './align.ts';
import { markdownEdits } from './hand-edits.ts';

/** A hand edit that could not stay: what it was, for the person to place again. */
export interface UnplacedEdit {
  /** The slide it was on: the new id of a changed slide, the old id of a removed one. */
  id: string;
  /** `title: …`, `subtitle: …`, `point: …`, `picture: …`, `layout: …`, `hidden`, `time: … s`. */
  edit: string;
}

/** The summary `podium import --into` prints (and `--json` gives as is). */
export interface ReviseSummary {
  slides: number;
  kept: number;
  changed: string[];
  added: string[];
  removed: string[];
  unplaced: UnplacedEdit[];
}

export type SlideStatus = 'kept' | 'changed' | 'added';

/** One slide of the new deck and where it came from. */
export interface RevisedSlide {
  id: string;
  status: SlideStatus;
  /** The slide's id in the previous deck (kept and changed slides). */
  previousId?: string;
  /** The previous draft's text of this slide (changed slides). */
  before?: string;
}

/** A slide of the previous deck whose passage is gone from the new draft. */
export interface RemovedSlide {
  id: string;
  title: string;
  notes: string;
  /** Id of the new deck's slide it stood after (undefined: at the start). */
  after?: string;
}

export interface ReviseResult {
  deck: DeckModel;
  summary: ReviseSummary;
  /** Parallel to deck.slides. */
  slides: RevisedSlide[];
  removed: RemovedSlide[];
}

interface Unit {
  /** Index of the slide (old deck) or automatic slide (new draft) the sentence is on. */
  slide: number;
  start: number;
  end: number;
  text: string;
}

function unitsOf(slides: readonly Slide[]): Unit[] {
  return slides.flatMap((slide, index) => sentenceSpans(slide.notes).map((span) => ({ slide: index, ...span })));
}

/** A run of consecutive new sentences that becomes one slide: an old slide's continuation, or new. */
interface Run {
  /** Old slide index it continues, or -1 for a new passage. */
  origin: number;
  units: Unit[];
  /** Sentences paired with an old one (to choose between two runs claiming the same old slide). */
  paired: number;
}

/** Each new sentence's old slide: its paired sentence's, else its nearest paired neighbour's on the same automatic slide. */
function targets(newUnits: readonly Unit[], oldUnits: readonly Unit[], newToOld: readonly number[]): number[] {
  const target = newUnits.map((_, j) => (newToOld[j] === -1 ? -1 : (oldUnits[newToOld[j] as number] as Unit).slide));
  const filled = [...target];
  for (let j = 0; j < newUnits.length; j++) {
    if (target[j] !== -1) continue;
    const slide = (newUnits[j] as Unit).slide;
    let found = -1;
    for (let k = j - 1; k >= 0 && (newUnits[k] as Unit).slide === slide && found === -1; k--) found = target[k] as number;
    for (let k = j + 1; k < newUnits.length && (newUnits[k] as Unit).slide === slide && found === -1; k++) found = target[k] as number;
    filled[j] = found;
  }
  return filled;
}

function runsOf(newUnits: readonly Unit[], target: readonly number[], newToOld: readonly number[]): Run[] {
  const runs: Run[] = [];
  newUnits.forEach((unit, j) => {
    const origin = target[j] as number;
    const last = runs[runs.length - 1];
    // A new passage starts a slide with each automatic slide; an old slide's run goes on across them.
    const sameRun = last !== undefined && last.origin === origin && (origin !== -1 || (last.units[0] as Unit).slide === unit.slide);
    const run = sameRun ? last : { origin, units: [], paired: 0 };
    if (!sameRun) runs.push(run);
    run.units.push(unit);
    if (newToOld[j] !== -1) run.paired++;
  });
  // An old slide claimed by two runs (part of its passage moved away) continues in the larger; the other is new.
  const best = new Map<number, Run>();
  for (const run of runs) {
    if (run.origin === -1) continue;
    const other = best.get(run.origin);
    if (!other || run.paired > other.paired) best.set(run.origin, run);
  }
  for (const run of runs) if (run.origin !== -1 && best.get(run.origin) !== run) run.origin = -1;
  return runs;
}

/**
 * The parts of a split paragraph are numbered again (the badge 2/3): a part whose passage the new
 * draft removed, or a new part, leaves no gap or repeat (1/3, 3/3 → 1/2, 2/2). A run is the slides
 * in a row, each a part, whose text starts in the same paragraph of the new draft; a part left
 * alone is no longer one. Slides that were not parts stay as they are.
 */
function renumberSplitParagraphs(slides: Slide[], paragraphs: readonly number[]): void {
  for (let start = 0; start < slides.length; ) {
    const paragraph = paragraphs[start] as number;
    let end = start + 1;
    if ((slides[start] as Slide).part && paragraph !== -1) {
      while (end < slides.length && (slides[end] as Slide).part && paragraphs[end] === paragraph) end++;
      renumberParts(slides, start, end);
    }
    start = end;
  }
}

/** The run's text from the new draft: pieces of one paragraph joined as the paragraph has them, paragraphs by a line break. */
function runText(run: Run, fresh: DeckModel): string {
  let text = '';
  let previous: Unit | undefined;
  for (const unit of run.units) {
    const notes = (fresh.slides[unit.slide] as Slide).notes;
    if (previous === undefined) {
      text = notes.slice(unit.start, unit.end);
    } else if (previous.slide === unit.slide) {
      text += notes.slice(previous.end, unit.end);
    } else {
      const continues = unit.slide === previous.slide + 1 && ((fresh.slides[unit.slide] as Slide).part?.index ?? 1) > 1;
      text += (continues ? (fresh.meta.lang === 'en' ? ' ' : '') : '\n') + notes.slice(unit.start, unit.end);
    }
    previous = unit;
  }
  return text;
}

/** True when `words` (a title or point, maybe shortened with '…') are in `notes`. */
function wordsIn(words: string, notes: string): boolean {
  const text = compactText(words.endsWith('…') ? words.slice(0, -1) : words);
  return text !== '' && compactText(notes).includes(text);
}

/** Words of a hand edit are gone when they were the report's (in the old text) and are not in the new. */
function wordsGone(words: string, before: string, after: string): boolean {
  return !wordsIn(words, after) && wordsIn(words, before);
}

function withoutHand(slide: Slide, part: HandPart): void {
  const parts = (slide.byHand ?? []).filter((p) => p !== part);
  if (parts.length > 0) slide.byHand = HAND_PARTS.filter((p) => parts.includes(p));
  else delete slide.byHand;
}

/** Keeps a changed slide's hand-set words that are still in its text; the others are returned as unplaced. */
function keepHandWords(slide: Slide, before: string): string[] {
  const dropped: string[] = [];
  if (slide.byHand?.includes('title')) {
    const titleGone = wordsGone(slide.title, before, slide.notes);
    const subtitleGone = slide.subtitle !== undefined && wordsGone(slide.subtitle, before, slide.notes);
    if (titleGone) dropped.push(`title: ${slide.title}`);
    if (subtitleGone) dropped.push(`subtitle: ${slide.subtitle as string}`);
    if (titleGone || subtitleGone) withoutHand(slide, 'title');
  }
  if (slide.byHand?.includes('points')) {
    const kept = slide.points.filter((point) => {
      const gone = wordsGone(point, before, slide.notes);
      if (gone) dropped.push(`point: ${point}`);
      return !gone;
    });
    if (kept.length !== slide.points.length) {
      slide.points = kept;
      if (kept.length === 0) withoutHand(slide, 'points');
    }
  }
  return dropped;
}

/** Everything of a person's on a slide that goes when the slide goes. */
function handWork(slide: Slide): string[] {
  const work: string[] = [];
  if (slide.byHand?.includes('title')) work.push(`title: ${slide.title}`, ...(slide.subtitle !== undefined ? [`subtitle: ${slide.subtitle}`] : []));
  if (slide.byHand?.includes('points')) work.push(...slide.points.map((p) => `point: ${p}`));
  if (slide.picture) work.push(`picture: ${slide.picture.src}`);
  if (slide.byHand?.includes('layout') && slide.layout !== undefined && slide.layout !== 'bullets') work.push(`layout: ${slide.layout}`);
  if (slide.hidden) work.push('hidden');
  if (slide.timingFromSource) work.push(`time: ${slide.seconds} s`);
  if (slide.body !== undefined) work.push(`body: ${slide.body}`);
  return work;
}

/** Title, subtitle and points from the plan, for the parts of a slide not set by hand. */
function automaticParts(slides: Slide[], index: number, fresh: DeckModel): void {
  const slide = slides[index] as Slide;
  const byHand = (part: HandPart): boolean => slide.byHand?.includes(part) ?? false;
  const words = slide.kind === 'title'
    ? fresh.slides.find((s) => s.kind === 'title')
    : automaticWords(slides, index, fresh.meta.lang, fixedPhraseList(fresh.meta.fixedPhrases));
  if (!words) return;
  if (!byHand('title')) {
    slide.title = words.title;
    if (words.subtitle !== undefined) slide.subtitle = words.subtitle;
    else delete slide.subtitle;
    if (slide.kind === 'title') {
      const overline = (words as Slide).overline;
      if (overline !== undefined) slide.overline = overline;
      else delete slide.overline;
    }
  }
  if (!byHand('points')) slide.points = [...words.points];
  // A layout set by hand stays (and a picture's); otherwise the one the new text calls for.
  if (slide.kind !== 'title' && !byHand('layout') && !(slide.picture && slide.layout !== undefined && PICTURE_LAYOUTS.includes(slide.layout))) {
    const layout = (words as { layout?: SlideLayout }).layout;
    if (layout !== undefined) slide.layout = layout;
    else delete slide.layout;
  }
}

/** Slides are plain JSON data (they cross IPC and HTTP as such). */
function cloneSlide(slide: Slide): Slide {
  return JSON.parse(JSON.stringify(slide)) as Slide;
}

/**
 * The deck brought up to the new draft. `options` are the compile options for the draft (the
 * deck's own reading rate, theme and aspect are used when not given).
 */
export function reviseDeck(deck: DeckModel, source: SourceText, options: CompileOptions = {}): ReviseResult {
  const fresh = compileDeck(source, { rate: deck.meta.rate, theme: deck.meta.theme, aspect: deck.meta.aspect, ...options });
  const oldUnits = unitsOf(deck.slides);
  const newUnits = unitsOf(fresh.slides);
  const { newToOld } = alignSentences(oldUnits.map((u) => sentenceKey(u.text)), newUnits.map((u) => sentenceKey(u.text)));
  const runs = runsOf(newUnits, targets(newUnits, oldUnits, newToOld), newToOld);

  const slides: Slide[] = [];
  const status: SlideStatus[] = [];
  const origins: number[] = [];
  const before: (string | undefined)[] = [];
  const dropped: string[][] = [];
  const automatic: boolean[] = [];
  /** The new draft's paragraph each slide's text starts in (its first automatic slide's index; -1: no text from the draft). */
  const paragraphs: number[] = [];
  const push = (slide: Slide, state: SlideStatus, origin: number, old: string | undefined, lost: string[], redo: boolean, paragraph: number): void => {
    slides.push(slide);
    paragraphs.push(paragraph);
    status.push(state);
    origins.push(origin);
    before.push(old);
    dropped.push(lost);
    automatic.push(redo);
  };
  const continued = new Set<number>();
  for (const run of runs) {
    const notes = runText(run, fresh);
    const auto = fresh.slides[(run.units[0] as Unit).slide] as Slide;
    const paragraph = partGroup(fresh.slides, (run.units[0] as Unit).slide)[0];
    if (run.origin === -1) {
      const whole = run.units.length === sentenceSpans(auto.notes).length && run.units.every((u) => u.slide === (run.units[0] as Unit).slide);
      const slide: Slide = whole ? cloneSlide(auto) : { id: '', kind: auto.kind, sectionPath: [...auto.sectionPath], title: '', points: [], notes, seconds: 0 };
      slide.notes = notes;
      push(slide, 'added', -1, undefined, [], !whole, paragraph);
      continue;
    }
    const old = deck.slides[run.origin] as Slide;
    continued.add(run.origin);
    const slide = cloneSlide(old);
    slide.notes = notes;
    if (compactText(notes) === compactText(old.notes)) {
      push(slide, 'kept', run.origin, undefined, [], false, paragraph);
      continue;
    }
    slide.sectionPath = [...auto.sectionPath];
    // Words changed in the Markdown are the person's too: kept like the editor's.
    const typed = markdownEdits(deck, run.origin);
    if (typed.length > 0) slide.byHand = HAND_PARTS.filter((p) => typed.includes(p as 'title') || (slide.byHand ?? []).includes(p));
    push(slide, 'changed', run.origin, old.notes, keepHandWords(slide, old.notes), true, paragraph);
  }

  // Slides without notes (written by hand, not from the report) stay after the slide they followed.
  deck.slides.forEach((old, index) => {
    if (old.notes !== '') return;
    let at = 0;
    for (let k = index - 1; k >= 0; k--) {
      const found = origins.indexOf(k);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    while (at < slides.length && status[at] === 'kept' && (deck.slides[origins[at] as number] as Slide).notes === '' && (origins[at] as number) < index) at++;
    slides.splice(at, 0, cloneSlide(old));
    status.splice(at, 0, 'kept');
    origins.splice(at, 0, index);
    before.splice(at, 0, undefined);
    dropped.splice(at, 0, []);
    automatic.splice(at, 0, false);
    paragraphs.splice(at, 0, -1);
    continued.add(index);
  });
  renumberSplitParagraphs(slides, paragraphs);

  // A section's agenda lists its sub-headings: redone (unless set by hand) where anything in the section changed.
  const touchedSections = new Set<string>();
  deck.slides.forEach((old, index) => {
    if (!continued.has(index) && old.sectionId !== undefined) touchedSections.add(old.sectionId);
  });
  let section: number | undefined;
  slides.forEach((slide, index) => {
    if (slide.kind === 'section') section = index;
    else if (slide.kind === 'title' || slide.kind === 'closing') section = undefined;
    if (status[index] !== 'kept' && section !== undefined) {
      const origin = origins[section] as number;
      touchedSections.add(origin === -1 ? `new-${section}` : (deck.slides[origin] as Slide).id);
    }
  });
  slides.forEach((slide, index) => {
    const origin = origins[index] as number;
    const agendaChanged = slide.kind === 'section' && origin !== -1 && touchedSections.has((deck.slides[origin] as Slide).id);
    if (!automatic[index] && !agendaChanged) return;
    // A kept section slide whose agenda is redone keeps a title typed in the Markdown (not marked byHand).
    const typedTitle = !automatic[index] && markdownEdits(deck, origin).includes('title');
    const { title, subtitle } = slide;
    automaticParts(slides, index, fresh);
    if (typedTitle) {
      slide.title = title;
      if (subtitle !== undefined) slide.subtitle = subtitle;
      else delete slide.subtitle;
    }
  });
  // The deck's earlier revision record is not carried over: the host attaches the new one.
  const { revision: _earlier, ...rest } = deck;
  const revised = refresh({ ...rest, meta: { ...deck.meta } }, slides);

  const removed: RemovedSlide[] = [];
  const unplaced: UnplacedEdit[] = [];
  const revisedSlides: RevisedSlide[] = revised.slides.map((slide, index) => {
    const entry: RevisedSlide = { id: slide.id, status: status[index] as SlideStatus };
    const origin = origins[index] as number;
    if (origin !== -1) entry.previousId = (deck.slides[origin] as Slide).id;
    if (before[index] !== undefined) entry.before = before[index];
    for (const edit of dropped[index] as string[]) unplaced.push({ id: slide.id, edit });
    return entry;
  });
  deck.slides.forEach((old, index) => {
    if (continued.has(index)) return;
    // Placed after the new slide that continues the nearest earlier old slide still there.
    let after: string | undefined;
    for (let k = index - 1; k >= 0 && after === undefined; k--) {
      const at = origins.indexOf(k);
      if (at >= 0) after = revised.slides[at]?.id;
    }
    const entry: RemovedSlide = { id: old.id, title: old.title, notes: old.notes };
    if (after !== undefined) entry.after = after;
    removed.push(entry);
    for (const edit of handWork(old)) unplaced.push({ id: old.id, edit });
  });

  const pick = (state: SlideStatus): string[] => revisedSlides.filter((s) => s.status === state).map((s) => s.id);
  const summary: ReviseSummary = {
    slides: revised.slides.length,
    kept: revisedSlides.filter((s) => s.status === 'kept').length,
    changed: pick('changed'),
    added: pick('added'),
    removed: removed.map((r) => r.id),
    unplaced,
  };
  return { deck: revised, summary, slides: revisedSlides, removed };
}
