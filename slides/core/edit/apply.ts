/**
 * applyEdit(deck, op) → { deck, inverse }: one edit on an immutable deck. The old deck is never
 * changed; the inverse op undoes the edit exactly (undo applies it, redo applies the op again).
 * Every edit keeps the deck's invariant: all notes in order are the report's text, unchanged.
 * Words typed by hand mark the part they are in (byHand), so every other word on a slide is
 * the report's own. Throws DeckError code EDIT, with a message for the person, when an op does
 * not fit the deck (unknown slide, bad span, …); the deck is then left as it was.
 */
import { chooseLayout } from '../layouts.ts';
import { fixedPhraseList } from '../fixed-phrases.ts';
import { assignSections } from '../deck.ts';
import { DeckError } from '../errors.ts';
import { slideBody } from '../export-markdown.ts';
import { SlideIdAllocator } from '../ids.ts';
import {
  HAND_PARTS, PICTURE_LAYOUTS, SLIDE_LAYOUTS, type DeckModel, type HandPart, type Slide, type SlideLayout, type SlidePicture,
} from '../model.ts';
import { findEnumerations } from '../enumerations.ts';
import { isPictureSrc } from '../pictures.ts';
import { shorten } from '../phrases.ts';
import { slideSeconds, type PlanContext } from '../plan.ts';
import { pickPoints } from '../points.ts';
import { readingUnits } from '../reading.ts';
import { splitSentences, stripEndPunctuation } from '../sentences.ts';
import { compactText } from '../text.ts';
import { ALL_THEMES, isThemeName } from '../themes.ts';
import { automaticWords, partGroup, renumberParts, sentenceSpans } from './automatic.ts';
import { maxPoints, MAX_SLIDE_SECONDS_BY_HAND, MAX_TYPED_LENGTH, type EditOp } from './ops.ts';
import type { MessageKey, MessageValues } from '../messages/catalogue.ts';

export interface EditResult {
  deck: DeckModel;
  /** Applying this to `deck` gives back the deck the edit started from. */
  inverse: EditOp;
}

/** Widest point picked from the notes before it is shortened with '…' (as the automatic points). */
const MAX_PICKED_WIDTH = 30;
/** Longest target duration, in seconds (a day). */
const MAX_TARGET_SECONDS = 86_400;

function fail(deck: DeckModel, message: MessageKey, hint: MessageKey, values: MessageValues = {}): never {
  throw new DeckError({ code: 'EDIT', file: deck.meta.source.name, message: { key: message, values }, hint: { key: hint, values } });
}

/** What a typed line is, for the messages. */
const WHAT = { title: 'edit.what.title', subtitle: 'edit.what.subtitle', point: 'edit.what.point', place: 'edit.what.place' } as const;

function withHand(slide: Slide, part: HandPart, on = true): void {
  const parts = new Set(slide.byHand ?? []);
  if (on) parts.add(part);
  else parts.delete(part);
  const ordered = HAND_PARTS.filter((p) => parts.has(p));
  if (ordered.length > 0) slide.byHand = ordered;
  else delete slide.byHand;
}

export function isByHand(slide: Slide, part: HandPart): boolean {
  return slide.byHand?.includes(part) ?? false;
}

function planContext(deck: DeckModel): PlanContext {
  return { lang: deck.meta.lang, rate: deck.meta.rate, maxSlideSeconds: Number.POSITIVE_INFINITY, phrases: fixedPhraseList(deck.meta.fixedPhrases) };
}

/**
 * Derived values after an edit, as reading the saved file would give them: time from the text
 * (unless set by hand), ids from kind and notes, sections, totals.
 */
export function refresh(deck: DeckModel, slides: Slide[]): DeckModel {
  const ctx = planContext(deck);
  const ids = new SlideIdAllocator();
  for (const slide of slides) {
    if (!slide.timingFromSource) slide.seconds = slideSeconds(slide.notes !== '' ? slide.notes : [slide.title, ...slide.points].join('\n'), ctx);
    slide.id = ids.next(slide.kind, slide.notes, slideBody(slide));
  }
  const sections = assignSections(slides);
  return {
    ...deck,
    meta: {
      ...deck.meta,
      totalSeconds: slides.reduce((sum, s) => sum + s.seconds, 0),
      readingUnits: slides.reduce((sum, s) => sum + readingUnits(s.notes, deck.meta.lang), 0),
    },
    sections,
    slides,
  };
}

function oneLine(deck: DeckModel, text: unknown, name: keyof typeof WHAT): string {
  const what = { key: WHAT[name] };
  if (typeof text !== 'string') fail(deck, 'edit.notText', 'edit.typeAgain.hint', { what });
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line === '') fail(deck, 'edit.empty', 'edit.empty.hint', { what });
  if (line.length > MAX_TYPED_LENGTH) fail(deck, 'edit.tooLong', 'edit.tooLong.hint', { what, length: line.length, max: MAX_TYPED_LENGTH });
  return line;
}

function checkIndex(deck: DeckModel, value: unknown, size: number, name: keyof typeof WHAT): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= size) {
    fail(deck, 'edit.noSuch', 'edit.noSuch.hint', { what: { key: WHAT[name] }, value: String(value) });
  }
  return value;
}

function tooManyPoints(deck: DeckModel, slide: Slide): never {
  fail(deck, 'edit.tooManyPoints', 'edit.tooManyPoints.hint', { max: maxPoints(slide) });
}

/**
 * Points on part `notes` of a split or merged slide: the automatic ones, unless the points were
 * set by hand. With automatic points, a layout not set by hand (nor a picture's) follows them.
 */
function pointsFor(deck: DeckModel, slide: Slide, notes: string, handPoints: readonly string[], part: Slide = slide): string[] {
  if (isByHand(slide, 'points')) return handPoints.slice(0, maxPoints(slide));
  const sentences = splitSentences(notes);
  const shown = [slide.title, ...(slide.subtitle !== undefined ? [slide.subtitle] : [])];
  const phrases = fixedPhraseList(deck.meta.fixedPhrases);
  const picked = pickPoints(sentences, findEnumerations(sentences), shown, deck.meta.lang, phrases);
  if (isByHand(part, 'layout') || (part.layout !== undefined && PICTURE_LAYOUTS.includes(part.layout)) || (part.kind !== 'content' && part.kind !== 'closing')) return picked;
  const chosen = chooseLayout({ kind: part.kind, title: part.title, points: picked, sentences, firstPart: (part.part?.index ?? 1) === 1, phrases });
  if (chosen.layout !== undefined) part.layout = chosen.layout;
  else delete part.layout;
  return chosen.points;
}

/** True when the point (without its '…') is taken from `notes`. */
function pointIn(point: string, notes: string): boolean {
  const text = compactText(point.endsWith('…') ? point.slice(0, -1) : point);
  return text !== '' && compactText(notes).includes(text);
}

/** How notes of two slides join: within one paragraph as one text, else on a new line. */
function joinNotes(deck: DeckModel, a: Slide, b: Slide, samePart: boolean): string {
  if (!samePart || a.notes === '' || b.notes === '') return [a.notes, b.notes].filter((n) => n !== '').join('\n');
  return deck.meta.lang === 'en' ? `${a.notes} ${b.notes}` : `${a.notes}${b.notes}`;
}

function checkLayout(deck: DeckModel, layout: unknown): SlideLayout {
  if (!SLIDE_LAYOUTS.includes(layout as SlideLayout)) fail(deck, 'edit.noLayout', 'edit.noLayout.hint', { layout: JSON.stringify(layout) ?? String(layout), layouts: SLIDE_LAYOUTS.join(', ') });
  return layout as SlideLayout;
}

function checkPicture(deck: DeckModel, picture: SlidePicture): SlidePicture {
  if (typeof picture?.src !== 'string' || !isPictureSrc(picture.src)) {
    fail(deck, 'edit.notDeckPicture', 'edit.notDeckPicture.hint', { src: JSON.stringify(picture?.src) ?? 'undefined' });
  }
  const alt = typeof picture.alt === 'string' ? picture.alt.replace(/\s+/gu, ' ').replace(/[[\]]/g, '').trim().slice(0, MAX_TYPED_LENGTH) : '';
  return { src: picture.src, alt };
}

interface Change {
  /** First slide index replaced, in the old deck. */
  at: number;
  /** How many old slides were replaced. */
  removed: number;
  /** The slides put in their place (copies; ids are fixed by refresh). */
  inserted: Slide[];
}

function copy(slide: Slide): Slide {
  return { ...slide, points: [...slide.points], sectionPath: [...slide.sectionPath], ...(slide.byHand ? { byHand: [...slide.byHand] } : {}) };
}

/** The words of the slide as a person set them, or (restore) as the planner would. */
function slideChange(deck: DeckModel, index: number, edit: (slide: Slide) => void): Change {
  const slide = copy(deck.slides[index] as Slide);
  edit(slide);
  return { at: index, removed: 1, inserted: [slide] };
}

function retitle(deck: DeckModel, index: number, op: Extract<EditOp, { type: 'retitle' }>): Change {
  const title = oneLine(deck, op.title, 'title');
  const subtitle = op.subtitle === undefined || op.subtitle === null ? op.subtitle : oneLine(deck, op.subtitle, 'subtitle');
  const [start, end] = op.onlyThisPart ? [index, index + 1] : partGroup(deck.slides, index);
  const inserted = deck.slides.slice(start, end).map((old) => {
    const slide = copy(old);
    slide.title = title;
    if (subtitle === null) delete slide.subtitle;
    else if (subtitle !== undefined) slide.subtitle = subtitle;
    withHand(slide, 'title');
    return slide;
  });
  return { at: start, removed: end - start, inserted };
}

function pickPoint(deck: DeckModel, index: number, op: Extract<EditOp, { type: 'pickPoint' }>): Change {
  const { notes } = deck.slides[index] as Slide;
  const { start, end } = op;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > notes.length || start >= end) {
    fail(deck, 'edit.pickOutside', 'edit.pick.hint', { start: String(start), end: String(end) });
  }
  const picked = stripEndPunctuation(notes.slice(start, end).replace(/\s+/gu, ' ').trim()).replace(/^[，。；：、,.;:\s]+/u, '');
  if (picked === '') fail(deck, 'edit.pickEmpty', 'edit.pick.hint');
  const point = shorten(picked, MAX_PICKED_WIDTH, fixedPhraseList(deck.meta.fixedPhrases));
  return slideChange(deck, index, (slide) => {
    if (slide.points.length >= maxPoints(slide)) tooManyPoints(deck, slide);
    const at = op.at === undefined ? slide.points.length : checkIndex(deck, op.at, slide.points.length + 1, 'place');
    slide.points.splice(at, 0, point);
    withHand(slide, 'points');
  });
}

function split(deck: DeckModel, index: number, sentence: number): Change {
  const old = deck.slides[index] as Slide;
  const spans = sentenceSpans(old.notes);
  if (!Number.isInteger(sentence) || sentence < 1 || sentence >= spans.length) {
    fail(deck, 'edit.split', 'edit.split.hint', { sentence: String(sentence + 1), count: spans.length });
  }
  const cut = (spans[sentence] as { start: number }).start;
  const first = copy(old);
  const second = copy(old);
  first.notes = old.notes.slice(0, cut).trim();
  second.notes = old.notes.slice(cut).trim();
  if (old.kind === 'section' || old.kind === 'title') second.kind = 'content';
  // The picture stays with the first part; the text of each part sets its time.
  delete second.picture;
  if (second.layout !== undefined && PICTURE_LAYOUTS.includes(second.layout)) delete second.layout;
  for (const slide of [first, second]) {
    delete slide.timingFromSource;
    withHand(slide, 'time', false);
    withHand(slide, 'boundaries');
  }
  const typed = old.points.filter((p) => !pointIn(p, second.notes));
  first.points = pointsFor(deck, old, first.notes, typed, first);
  second.points = pointsFor(deck, old, second.notes, old.points.filter((p) => pointIn(p, second.notes) && !typed.includes(p)), second);
  const slides = deck.slides.map(copy);
  slides.splice(index, 1, first, second);
  if (first.kind === second.kind && first.kind !== 'section' && first.kind !== 'title') {
    const [start, end] = partGroup(deck.slides, index);
    renumberParts(slides, start, end + 1);
    return { at: start, removed: end - start, inserted: slides.slice(start, end + 1) };
  }
  return { at: index, removed: 1, inserted: [first, second] };
}

function mergeNext(deck: DeckModel, index: number): Change {
  const a = deck.slides[index] as Slide;
  const b = deck.slides[index + 1];
  if (!b) fail(deck, 'edit.lastSlide', 'edit.lastSlide.hint');
  const groupA = partGroup(deck.slides, index);
  const groupB = partGroup(deck.slides, index + 1);
  const samePart = groupA[0] === groupB[0];
  const merged = copy(a);
  merged.notes = joinNotes(deck, a, b, samePart);
  delete merged.timingFromSource;
  withHand(merged, 'time', false);
  withHand(merged, 'boundaries');
  const handPoints = [...a.points, ...b.points.filter((p) => !a.points.includes(p))];
  if (isByHand(b, 'points')) withHand(merged, 'points');
  // The picture (and its layout) first: how many points the merged slide holds depends on its layout.
  if (merged.picture === undefined && b.picture !== undefined) {
    merged.picture = b.picture;
    if (b.layout !== undefined) merged.layout = b.layout;
  }
  merged.points = pointsFor(deck, merged, merged.notes, handPoints);
  const slides = deck.slides.map(copy);
  slides.splice(index, 2, merged);
  // Renumber the parts around the merged slide: its own run, and what is left of b's run.
  const start = Math.min(groupA[0], groupB[0]);
  const end = Math.max(groupA[1], groupB[1]) - 1;
  if (samePart) renumberParts(slides, start, end);
  else if (groupB[1] - groupB[0] > 1) renumberParts(slides, index + 1, end);
  return { at: start, removed: end + 1 - start, inserted: slides.slice(start, end) };
}

function restore(deck: DeckModel, index: number): Change {
  const words = automaticWords(deck.slides, index, deck.meta.lang, fixedPhraseList(deck.meta.fixedPhrases));
  return slideChange(deck, index, (slide) => {
    if (words) {
      slide.title = words.title;
      if (words.subtitle !== undefined) slide.subtitle = words.subtitle;
      else delete slide.subtitle;
      slide.points = words.points;
      withHand(slide, 'title', false);
      withHand(slide, 'points', false);
    }
    delete slide.timingFromSource;
    if (words?.layout !== undefined) slide.layout = words.layout;
    else delete slide.layout;
    delete slide.hidden;
    delete slide.picture;
    withHand(slide, 'time', false);
    withHand(slide, 'layout', false);
  });
}

const KINDS: readonly string[] = ['title', 'section', 'content', 'closing', 'custom'];
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 1_000_000;
const isTextList = (value: unknown): boolean => Array.isArray(value) && value.length <= 100 && value.every(isText);
const optional = (value: unknown, check: (v: unknown) => boolean): boolean => value === undefined || check(value);

/** Whether a value that came over IPC or HTTP has the shape of a slide (undo puts whole slides back). */
function isSlide(value: unknown): value is Slide {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  const picture = s.picture as SlidePicture | undefined;
  const part = s.part as { index?: unknown; count?: unknown } | undefined;
  return isText(s.id) && KINDS.includes(s.kind as string) && isText(s.title) && isTextList(s.points) && isText(s.notes) && isTextList(s.sectionPath)
    && Number.isInteger(s.seconds) && (s.seconds as number) >= 1
    && optional(s.subtitle, isText) && optional(s.overline, isText) && optional(s.body, isText) && optional(s.sectionId, isText)
    && optional(s.layout, (v) => SLIDE_LAYOUTS.includes(v as SlideLayout)) && optional(s.hidden, (v) => v === true)
    && optional(picture, () => isText(picture?.src) && isPictureSrc(picture?.src ?? '') && isText(picture?.alt))
    && optional(s.byHand, (v) => Array.isArray(v) && v.every((p) => HAND_PARTS.includes(p as HandPart)))
    && optional(part, () => Number.isInteger(part?.index) && Number.isInteger(part?.count))
    && optional(s.timingFromSource, (v) => v === true) && optional(s.skippable, (v) => v === true)
    && optional(s.attributes, (v) => typeof v === 'object' && v !== null && Object.values(v).every(isText));
}

function replaceSlides(deck: DeckModel, op: Extract<EditOp, { type: 'replaceSlides' }>): Change {
  if (!Array.isArray(op.ids) || !Array.isArray(op.slides) || op.ids.length === 0) fail(deck, 'edit.undoNothing', 'edit.undoNothing.hint');
  if (!op.slides.every(isSlide)) fail(deck, 'edit.undoNotSlides', 'edit.reopen.hint');
  const at = deck.slides.findIndex((s) => s.id === op.ids[0]);
  const matches = at >= 0 && op.ids.every((id, k) => deck.slides[at + k]?.id === id);
  if (!matches) fail(deck, 'edit.undoChanged', 'edit.reopen.hint');
  return { at, removed: op.ids.length, inserted: op.slides.map(copy) };
}

function slideIndex(deck: DeckModel, slideId: unknown): number {
  const index = deck.slides.findIndex((s) => s.id === slideId);
  if (index < 0) fail(deck, 'edit.noSlide', 'edit.noSlide.hint', { id: JSON.stringify(slideId) ?? String(slideId) });
  return index;
}

/** Ops that change a slide's words, which a slide written by hand in Markdown (a body) does not take. */
const WORD_OPS: ReadonlySet<EditOp['type']> = new Set(['retitle', 'setPoints', 'pickPoint', 'movePoint', 'removePoint', 'restore']);

function change(deck: DeckModel, op: EditOp): Change {
  if (op.type === 'replaceSlides') return replaceSlides(deck, op);
  if (op.type === 'setTarget' || op.type === 'setTheme') return { at: 0, removed: 0, inserted: [] };
  const index = slideIndex(deck, op.slideId);
  if (WORD_OPS.has(op.type) && deck.slides[index]?.body !== undefined) {
    fail(deck, 'edit.byHand', 'edit.byHand.hint');
  }
  switch (op.type) {
    case 'retitle':
      return retitle(deck, index, op);
    case 'setPoints':
      if (!Array.isArray(op.points)) fail(deck, 'edit.pointsNotList', 'edit.pointsAgain.hint');
      if (op.points.length > maxPoints(deck.slides[index] as Slide)) tooManyPoints(deck, deck.slides[index] as Slide);
      return slideChange(deck, index, (slide) => {
        slide.points = op.points.map((p) => oneLine(deck, p, 'point'));
        withHand(slide, 'points');
      });
    case 'pickPoint':
      return pickPoint(deck, index, op);
    case 'movePoint':
      return slideChange(deck, index, (slide) => {
        const from = checkIndex(deck, op.from, slide.points.length, 'point');
        const to = checkIndex(deck, op.to, slide.points.length, 'place');
        slide.points.splice(to, 0, ...slide.points.splice(from, 1));
        withHand(slide, 'points');
      });
    case 'removePoint':
      return slideChange(deck, index, (slide) => {
        slide.points.splice(checkIndex(deck, op.index, slide.points.length, 'point'), 1);
        withHand(slide, 'points');
      });
    case 'split':
      return split(deck, index, op.sentence);
    case 'mergeNext':
      return mergeNext(deck, index);
    case 'setHidden':
      return slideChange(deck, index, (slide) => {
        if (op.hidden === true) slide.hidden = true;
        else delete slide.hidden;
      });
    case 'setLayout': {
      const layout = checkLayout(deck, op.layout);
      return slideChange(deck, index, (slide) => {
        if (layout === 'bullets') delete slide.layout;
        else slide.layout = layout;
        withHand(slide, 'layout');
      });
    }
    case 'setPicture': {
      const picture = checkPicture(deck, op.picture);
      return slideChange(deck, index, (slide) => {
        slide.picture = picture;
        if (slide.layout === undefined || !PICTURE_LAYOUTS.includes(slide.layout)) {
          slide.layout = 'picture-text';
          withHand(slide, 'layout');
        }
      });
    }
    case 'removePicture':
      return slideChange(deck, index, (slide) => {
        delete slide.picture;
        if (slide.layout !== undefined && PICTURE_LAYOUTS.includes(slide.layout)) delete slide.layout;
      });
    case 'setTime': {
      const seconds = op.seconds;
      if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 1 || seconds > MAX_SLIDE_SECONDS_BY_HAND) {
        fail(deck, 'edit.slideTime', 'edit.slideTime.hint', { max: MAX_SLIDE_SECONDS_BY_HAND, value: String(seconds) });
      }
      return slideChange(deck, index, (slide) => {
        slide.seconds = seconds;
        slide.timingFromSource = true;
        withHand(slide, 'time');
      });
    }
    case 'clearTime':
      return slideChange(deck, index, (slide) => {
        delete slide.timingFromSource;
        withHand(slide, 'time', false);
      });
    case 'restore':
      return restore(deck, index);
  }
}

function setTarget(deck: DeckModel, seconds: unknown): EditResult {
  if (seconds !== null && (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 1 || seconds > MAX_TARGET_SECONDS)) {
    fail(deck, 'edit.target', 'edit.target.hint', { max: MAX_TARGET_SECONDS, value: String(seconds) });
  }
  const meta = { ...deck.meta };
  if (seconds === null) delete meta.targetSeconds;
  else meta.targetSeconds = seconds as number;
  return { deck: { ...deck, meta }, inverse: { type: 'setTarget', seconds: deck.meta.targetSeconds ?? null } };
}

function setTheme(deck: DeckModel, theme: unknown): EditResult {
  if (!isThemeName(theme)) fail(deck, 'edit.theme', 'edit.theme.hint', { value: JSON.stringify(theme) ?? String(theme), themes: ALL_THEMES.join(', ') });
  // The theme's notice (an unknown name replaced) no longer applies once a theme is chosen.
  const notices = (deck.meta.notices ?? []).filter((notice) => notice.key !== 'notice.unknownTheme');
  const { notices: _old, ...meta } = deck.meta;
  return { deck: { ...deck, meta: { ...meta, theme, ...(notices.length > 0 ? { notices } : {}) } }, inverse: { type: 'setTheme', theme: deck.meta.theme } };
}

export function applyEdit(deck: DeckModel, op: EditOp): EditResult {
  if (typeof op !== 'object' || op === null) fail(deck, 'edit.notEdit', 'edit.tryAgain.hint');
  if (op.type === 'setTarget') return setTarget(deck, op.seconds);
  if (op.type === 'setTheme') return setTheme(deck, op.theme);
  const { at, removed, inserted } = change(deck, op);
  const slides = [...deck.slides];
  const old = slides.splice(at, removed, ...inserted);
  const next = refresh(deck, slides.map((s, i) => (i >= at && i < at + inserted.length ? s : { ...s })));
  const before = compactText(deck.slides.map((s) => s.notes).join('\n'));
  const after = compactText(next.slides.map((s) => s.notes).join('\n'));
  if (before !== after) fail(deck, 'edit.changesText', 'edit.changesText.hint');
  const ids = next.slides.slice(at, at + inserted.length).map((s) => s.id);
  // Offered pictures are the host's to attach again; an undo need not carry their bytes.
  const back = old.map(({ offeredPictures: _offered, ...slide }) => slide);
  return { deck: next, inverse: { type: 'replaceSlides', ids, slides: back } };
}

/**
 * Several edits in order, all or none. `inverses` undo them when applied in the order given
 * (the last edit's inverse first).
 */
export function applyEdits(deck: DeckModel, ops: readonly EditOp[]): { deck: DeckModel; inverses: EditOp[] } {
  let current = deck;
  const inverses: EditOp[] = [];
  for (const op of ops) {
    const result = applyEdit(current, op);
    current = result.deck;
    inverses.unshift(result.inverse);
  }
  return { deck: current, inverses };
}
