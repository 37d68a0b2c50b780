/**
 * Who moves the show: the teleprompter follows slide changes made anywhere, and in
 * operator-assist mode advances the slide itself when the reading line crosses into
 * the next slide's text. A change it did not ask for is the operator taking over:
 * assist pauses until switched on again. Pure: the page feeds it state and progress.
 */
import type { ScrollTrack } from './track.ts';

export interface FollowState {
  /** The slide the show is on, as last broadcast. */
  shownId: string | null;
  /** The slide assist last asked for and has not yet seen broadcast. */
  requestedId: string | null;
  assist: boolean;
  /** Assist is on but the operator took over. */
  assistPaused: boolean;
}

export const initialFollow = (assist: boolean): FollowState => ({ shownId: null, requestedId: null, assist, assistPaused: false });

export interface FollowResult {
  state: FollowState;
  /** Move the text to this slide's start (a slide change the text did not cause). */
  jumpTo?: string;
}

/** A broadcast state arrived with slide `slideId`. */
export function slideShown(state: FollowState, slideId: string | null): FollowResult {
  if (slideId === state.shownId) return { state };
  if (slideId !== null && slideId === state.requestedId) return { state: { ...state, shownId: slideId, requestedId: null } };
  const first = state.shownId === null;
  const next: FollowState = { ...state, shownId: slideId, requestedId: null, assistPaused: state.assistPaused || (state.assist && !first) };
  return slideId === null ? { state: next } : { state: next, jumpTo: slideId };
}

/** Each frame while assist is active: the slide to ask for, if the reading line has moved into another one. */
export function assistRequest(state: FollowState, track: ScrollTrack, units: number): { state: FollowState; goto?: string } {
  if (!state.assist || state.assistPaused) return { state };
  const span = track.slideAt(units);
  if (!span || span.slideId === state.shownId || span.slideId === state.requestedId) return { state };
  return { state: { ...state, requestedId: span.slideId }, goto: span.slideId };
}

/** The operator navigated here (keys, wheel): assist stands back. */
export function operatorTookOver(state: FollowState): FollowState {
  return state.assist ? { ...state, assistPaused: true } : state;
}

export function toggleAssist(state: FollowState): FollowState {
  if (state.assist && state.assistPaused) return { ...state, assistPaused: false };
  return { ...state, assist: !state.assist, assistPaused: false };
}
