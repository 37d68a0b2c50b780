/** Clock, elapsed time, time left and pace, redrawn a few times a second from the state. */
import type { DeckModel } from '../../slides/core/model.ts';
import { computePace, formatDuration, type PaceFigure, type PlanSlide } from '../state/pace.ts';
import { isPaused, type PresentationState } from '../state/presentation.ts';
import { currentLang, tr } from '../i18n/index.ts';

function byId(id: string): HTMLElement {
  return document.getElementById(id) as HTMLElement;
}

function setPace(id: string, text: string, figure: PaceFigure): void {
  const item = byId(id);
  item.dataset['level'] = figure.level;
  (item.querySelector('.pace-value') as HTMLElement).textContent = text;
}

function relative(figure: PaceFigure): string {
  const delta = Math.round(figure.deltaSeconds);
  if (delta === 0) return tr('pace.onPlan');
  return delta > 0 ? tr('pace.behind', { time: formatDuration(delta) }) : tr('pace.ahead', { time: formatDuration(-delta) });
}

/** `plan`: the slides' planned seconds when a rehearsal plan (measured rate, cuts) is in use; else the deck's own. */
let clockFormat: { lang: string; format: Intl.DateTimeFormat } | null = null;

/** One formatter per language (toLocaleTimeString would build one every tick). */
function wallClock(now: number): string {
  if (clockFormat?.lang !== currentLang()) {
    clockFormat = { lang: currentLang(), format: new Intl.DateTimeFormat(currentLang(), { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }) };
  }
  return clockFormat.format.format(now);
}

export function renderTimers(deck: DeckModel | null, state: PresentationState, now: number, plan?: readonly PlanSlide[]): void {
  byId('wall-clock').textContent = wallClock(now);
  if (!deck) return;
  const pace = computePace(state, plan ?? deck.slides, now, deck.meta.targetSeconds);
  const elapsed = byId('elapsed');
  elapsed.textContent = formatDuration(pace.elapsedSeconds);
  elapsed.dataset['paused'] = String(isPaused(state));
  const pause = byId('btn-pause');
  pause.textContent = !state.started ? tr('presenter.start') : isPaused(state) ? tr('presenter.resume') : tr('presenter.pause');
  pause.dataset['action'] = !state.started ? 'start' : isPaused(state) ? 'resume' : 'pause';
  const left = byId('time-left');
  left.textContent = formatDuration(pace.leftSeconds);
  left.dataset['level'] = pace.leftSeconds < 0 ? 'late' : pace.leftSeconds < 120 ? 'warn' : 'ok';
  byId('target').textContent = deck.meta.targetSeconds
    ? tr('presenter.target', { time: formatDuration(deck.meta.targetSeconds) })
    : tr('presenter.planned', { time: formatDuration(pace.targetSeconds) });
  const slideLeft = pace.slide.plannedSeconds - pace.slide.actualSeconds;
  setPace('pace-slide', slideLeft >= 0 ? tr('pace.slideLeft', { time: formatDuration(slideLeft) }) : tr('pace.slideOver', { time: formatDuration(-slideLeft) }), pace.slide);
  setPace('pace-section', relative(pace.section), pace.section);
  setPace('pace-overall', relative(pace.overall), pace.overall);
}
