/**
 * The presentation state: where the show is (slide, fragment), what the hall sees
 * (slides, black, white, the hold screen) and the clock. One view owns it (see sync.ts);
 * every view renders what the owner broadcasts. This module is the pure reducer:
 * commands in, next state out, time passed in explicitly so it is testable.
 */

export type Screen = 'slides' | 'black' | 'white' | 'hold';

export interface Clock {
  /** Epoch ms when the clock last started running; null while paused or before the start. */
  runningSince: number | null;
  /** Elapsed ms gathered before `runningSince`. */
  accumulatedMs: number;
}

export interface PresentationState {
  /** Increments on every change, so views can ignore a broadcast older than what they show. */
  seq: number;
  slideIndex: number;
  /** Stable id of the current slide: live reload finds the same slide by it. */
  slideId: string | null;
  /** Index of the last fragment shown, -1 when none is. */
  fragment: number;
  screen: Screen;
  /** False until the show leaves the hold screen (or the clock is started) for the first time. */
  started: boolean;
  clock: Clock;
  /** Clock reading (ms) when the current slide was entered. */
  slideEnteredMs: number;
  /** Clock reading (ms) when the current section was entered. */
  sectionEnteredMs: number;
  sectionId: string | null;
}

/** What the reducer needs to know about the deck: per slide, its id, section and fragment count. */
export interface DeckShape {
  ids: readonly string[];
  sectionIds: readonly (string | null)[];
  fragments: readonly number[];
}

export type Command =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'gotoId'; id: string }
  | { type: 'screen'; screen: Exclude<Screen, 'slides'> }
  | { type: 'showSlides' }
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'togglePause' }
  | { type: 'resetClock' };

export function initialState(): PresentationState {
  return {
    seq: 0,
    slideIndex: 0,
    slideId: null,
    fragment: -1,
    screen: 'hold',
    started: false,
    clock: { runningSince: null, accumulatedMs: 0 },
    slideEnteredMs: 0,
    sectionEnteredMs: 0,
    sectionId: null,
  };
}

export function elapsedMs(clock: Clock, now: number): number {
  return clock.accumulatedMs + (clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince));
}

export function isPaused(state: PresentationState): boolean {
  return state.started && state.clock.runningSince === null;
}

function bump(state: PresentationState, changes: Partial<PresentationState>): PresentationState {
  return { ...state, ...changes, seq: state.seq + 1 };
}

function startShow(state: PresentationState, now: number): Partial<PresentationState> {
  if (state.started) return {};
  return { started: true, clock: { runningSince: now, accumulatedMs: state.clock.accumulatedMs } };
}

/** Moves to slide `index` (clamped) showing fragments up to `fragment`; records entry times. */
function moveTo(state: PresentationState, shape: DeckShape, index: number, fragment: number, now: number): PresentationState {
  const count = shape.ids.length;
  if (count === 0) return state;
  const slideIndex = Math.min(Math.max(0, index), count - 1);
  const maxFragment = (shape.fragments[slideIndex] ?? 0) - 1;
  const nextFragment = Math.min(Math.max(-1, fragment), maxFragment);
  if (slideIndex === state.slideIndex && nextFragment === state.fragment && state.slideId === shape.ids[slideIndex]) return state;
  const elapsed = elapsedMs(state.clock, now);
  const sectionId = shape.sectionIds[slideIndex] ?? null;
  const slideChanged = slideIndex !== state.slideIndex || state.slideId !== shape.ids[slideIndex];
  return bump(state, {
    slideIndex,
    slideId: shape.ids[slideIndex] ?? null,
    fragment: nextFragment,
    slideEnteredMs: slideChanged ? elapsed : state.slideEnteredMs,
    sectionId,
    sectionEnteredMs: sectionId !== state.sectionId ? elapsed : state.sectionEnteredMs,
  });
}

/** Clicker keys on a blank or hold screen bring the slides back without moving (as PowerPoint does). */
function unblank(state: PresentationState, now: number): PresentationState {
  return bump(state, { screen: 'slides', ...startShow(state, now) });
}

export function reduce(state: PresentationState, command: Command, shape: DeckShape, now: number): PresentationState {
  const fragments = shape.fragments[state.slideIndex] ?? 0;
  switch (command.type) {
    case 'next':
      if (state.screen !== 'slides') return unblank(state, now);
      if (state.fragment < fragments - 1) return moveTo(state, shape, state.slideIndex, state.fragment + 1, now);
      return moveTo(state, shape, state.slideIndex + 1, -1, now);
    case 'prev':
      if (state.screen !== 'slides') return unblank(state, now);
      if (state.fragment > -1) return moveTo(state, shape, state.slideIndex, state.fragment - 1, now);
      if (state.slideIndex === 0) return state;
      return moveTo(state, shape, state.slideIndex - 1, (shape.fragments[state.slideIndex - 1] ?? 0) - 1, now);
    // Explicit jumps keep the screen as it is, so the operator can set up behind black or hold.
    case 'first':
      return moveTo(state, shape, 0, -1, now);
    case 'last':
      return moveTo(state, shape, shape.ids.length - 1, -1, now);
    case 'goto':
      return Number.isInteger(command.index) ? moveTo(state, shape, command.index, -1, now) : state;
    case 'gotoId': {
      const index = shape.ids.indexOf(command.id);
      return index < 0 ? state : moveTo(state, shape, index, -1, now);
    }
    case 'screen':
      if (state.screen === command.screen) return unblank(state, now);
      return bump(state, { screen: command.screen });
    case 'showSlides':
      return state.screen === 'slides' ? state : unblank(state, now);
    case 'start':
      return state.started ? state : bump(state, startShow(state, now));
    case 'pause':
      if (!state.started || state.clock.runningSince === null) return state;
      return bump(state, { clock: { runningSince: null, accumulatedMs: elapsedMs(state.clock, now) } });
    case 'resume':
      if (state.clock.runningSince !== null) return state;
      return bump(state, { started: true, clock: { runningSince: now, accumulatedMs: state.clock.accumulatedMs } });
    case 'togglePause':
      return reduce(state, { type: state.clock.runningSince === null ? 'resume' : 'pause' }, shape, now);
    case 'resetClock':
      return bump(state, {
        clock: { runningSince: state.clock.runningSince === null ? null : now, accumulatedMs: 0 },
        slideEnteredMs: 0,
        sectionEnteredMs: 0,
      });
  }
}

/**
 * A new deck (live reload or another file): stay on the same slide by stable id; when
 * that slide is gone, stay at the same position, clamped to the new length.
 */
export function withDeck(state: PresentationState, shape: DeckShape): PresentationState {
  const count = shape.ids.length;
  if (count === 0) return state.slideId === null && state.slideIndex === 0 ? state : bump(state, { slideIndex: 0, slideId: null, fragment: -1 });
  const byId = state.slideId === null ? -1 : shape.ids.indexOf(state.slideId);
  const slideIndex = byId >= 0 ? byId : Math.min(state.slideIndex, count - 1);
  const slideId = shape.ids[slideIndex] ?? null;
  const fragment = Math.min(state.fragment, (shape.fragments[slideIndex] ?? 0) - 1);
  const sectionId = shape.sectionIds[slideIndex] ?? null;
  if (slideIndex === state.slideIndex && slideId === state.slideId && fragment === state.fragment && sectionId === state.sectionId) return state;
  return bump(state, { slideIndex, slideId, fragment, sectionId });
}

const SCREENS: readonly Screen[] = ['slides', 'black', 'white', 'hold'];

/** Checks a state that arrived over a channel before a view renders it. */
export function isPresentationState(value: unknown): value is PresentationState {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  const clock = s['clock'] as Record<string, unknown> | undefined;
  return (
    Number.isInteger(s['seq']) &&
    Number.isInteger(s['slideIndex']) &&
    (s['slideId'] === null || typeof s['slideId'] === 'string') &&
    Number.isInteger(s['fragment']) &&
    SCREENS.includes(s['screen'] as Screen) &&
    typeof s['started'] === 'boolean' &&
    typeof clock === 'object' && clock !== null &&
    (clock['runningSince'] === null || typeof clock['runningSince'] === 'number') &&
    typeof clock['accumulatedMs'] === 'number' &&
    typeof s['slideEnteredMs'] === 'number' &&
    typeof s['sectionEnteredMs'] === 'number'
  );
}

const COMMAND_TYPES = new Set<Command['type']>([
  'next', 'prev', 'first', 'last', 'goto', 'gotoId', 'screen', 'showSlides', 'start', 'pause', 'resume', 'togglePause', 'resetClock',
]);

export function isCommand(value: unknown): value is Command {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  if (!COMMAND_TYPES.has(c['type'] as Command['type'])) return false;
  if (c['type'] === 'goto') return Number.isInteger(c['index']);
  if (c['type'] === 'gotoId') return typeof c['id'] === 'string';
  if (c['type'] === 'screen') return c['screen'] === 'black' || c['screen'] === 'white' || c['screen'] === 'hold';
  return true;
}
