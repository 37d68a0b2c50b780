/**
 * Rehearsal mode in the presenter view: a button (and the R key) starts a timed run;
 * while it runs a chip shows the time with Keep and Abandon; a run cut short by a crash
 * is offered back on the next start. Slide changes and the clock's pause come from the
 * one presentation state; this module never keeps its own idea of where the show is.
 */
import './controls.css';
import type { Host } from '../../electron/common/contract.ts';
import type { DeckModel } from '../../slides/core/model.ts';
import { isPaused, type PresentationState } from '../state/presentation.ts';
import type { PresentationSync } from '../state/sync.ts';
import { clock } from './report-model.ts';
import type { PlanSlide } from '../state/pace.ts';
import { planOverlay } from './deck-reading.ts';
import type { RehearsalFile } from './store.ts';
import { reportKey } from './report-key.ts';
import { announceRehearsalChange, onRehearsalChange, repositoryFor } from './report-data.ts';
import { runTotalMs } from './run.ts';
import { RehearsalSession, pageClock, type SessionClock } from './session.ts';
import { rt } from './strings.ts';
import { onLangChange } from '../i18n/index.ts';
import { rehearsedIn } from './revised-slides.ts';

export interface RehearsalControlsOptions {
  host: Host;
  sync: PresentationSync;
  /** Where the button and the chip go (the presenter's toolbar). */
  container: HTMLElement;
  clock?: SessionClock;
}

export interface RehearsalControls {
  /** Every deck the presenter shows (first load and live reloads). */
  setDeck(deck: DeckModel): Promise<void>;
  /** Planned seconds per slide, in deck order, with the applied rate and accepted cuts (the shortened plan). */
  planSlides(): PlanSlide[] | undefined;
  /** Starts a run, or keeps the running one: the R key. */
  toggle(): Promise<void>;
  /** True when a kept run (or the one being recorded) read this slide: its text as it is now has been rehearsed (ids follow the text). */
  rehearsed(slideId: string): boolean;
}

function button(id: string, text: string, title = ''): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.id = id;
  b.textContent = text;
  if (title) b.title = title;
  // Buttons keep no focus, so Space and Enter stay clicker keys.
  b.addEventListener('mouseup', () => b.blur());
  return b;
}

export function mountRehearsalControls(options: RehearsalControlsOptions): RehearsalControls {
  const { host, sync, container } = options;
  const sessionClock = options.clock ?? pageClock;
  const root = document.createElement('div');
  root.className = 'rehearsal-controls';
  root.id = 'rehearsal-controls';
  const start = button('btn-rehearse', '', '');
  const chip = document.createElement('span');
  chip.className = 'rehearsal-chip';
  chip.id = 'rehearsal-chip';
  const keep = button('btn-rehearse-keep', '');
  keep.classList.add('primary');
  const abandon = button('btn-rehearse-abandon', '');
  const report = button('btn-rehearsal-report', '');
  const prompter = button('btn-teleprompter', '');
  const notice = document.createElement('div');
  notice.className = 'rehearsal-notice';
  notice.id = 'rehearsal-notice';
  notice.setAttribute('role', 'status');
  notice.hidden = true;
  root.append(start, chip, keep, abandon, report, prompter);
  container.append(root);
  document.body.append(notice);

  let session: RehearsalSession | undefined;
  let deck: DeckModel | undefined;
  let timer = 0;
  let busy: Promise<void> = Promise.resolve();
  let stopWatching: (() => void) | undefined;
  let planCache: { file: Readonly<RehearsalFile>; deck: DeckModel; slides: PlanSlide[] } | undefined;

  // Views open in their own windows where the browser host runs; Electron opens them from its View menu.
  const windows = host.info().kind === 'browser';
  report.hidden = !windows;
  prompter.hidden = !windows;
  report.addEventListener('click', () => window.open('rehearsal.html', 'podium-rehearsal'));
  prompter.addEventListener('click', () => window.open('teleprompter.html', 'podium-teleprompter', 'popup,width=1280,height=720'));

  const say = (text: string, actions: HTMLButtonElement[] = []): void => {
    notice.replaceChildren(document.createTextNode(text), ...actions);
    notice.hidden = text === '';
  };

  const render = (): void => {
    const recording = session?.recording ?? false;
    start.textContent = rt('rehearse.start');
    start.title = rt('rehearse.start.title');
    start.hidden = recording;
    start.disabled = !session;
    keep.textContent = rt('rehearse.keep');
    abandon.textContent = rt('rehearse.abandon');
    report.textContent = rt('rehearse.report');
    prompter.textContent = rt('rehearse.teleprompter');
    keep.hidden = !recording;
    abandon.hidden = !recording;
    chip.hidden = !recording;
    // While recording the toolbar needs room for the chip and its two buttons.
    report.hidden = !windows || recording;
    prompter.hidden = !windows || recording;
    const live = session?.liveRun();
    chip.textContent = live ? rt('rehearse.recording', { time: clock(runTotalMs(live) / 1000) }) : '';
    chip.dataset['paused'] = String(session?.paused ?? false);
    document.documentElement.dataset['rehearsal'] = recording ? (session?.paused ? 'paused' : 'recording') : 'off';
  };

  /** Serialises user actions: a double press must not start two runs. */
  const serial = (task: () => Promise<void>): Promise<void> => {
    busy = busy.then(task).catch((error: unknown) => say(rt('rehearsal.saveFailed', { reason: error instanceof Error ? error.message : String(error) })));
    return busy;
  };

  const changed = (): void => {
    if (deck && session) announceRehearsalChange(reportKey(deck), session.data);
  };

  const follow = (state: PresentationState): void => {
    if (!session?.recording) return;
    session.pausedChanged(isPaused(state) || !state.started);
    // Recorded at once (the time is taken now); the save behind it is queued by the repository.
    if (state.slideId) session.slideChanged(state.slideId).catch(() => undefined);
  };

  const offerInterrupted = (): void => {
    const cut = session?.interrupted;
    if (!cut) return;
    const keepIt = button('btn-rehearse-recover', rt('rehearse.interrupted.keep'));
    const drop = button('btn-rehearse-discard', rt('rehearse.interrupted.discard'));
    keepIt.addEventListener('click', () => void serial(async () => {
      await session?.keepInterrupted();
      changed();
      say('');
    }));
    drop.addEventListener('click', () => void serial(async () => {
      await session?.discardInterrupted();
      say('');
    }));
    say(rt('rehearse.interrupted', { n: Object.keys(cut.slideMs).length, time: clock(runTotalMs(cut) / 1000) }), [keepIt, drop]);
  };

  const startRun = (): Promise<void> => serial(async () => {
    if (!session || session.recording) return;
    const state = sync.current();
    // A rehearsal starts the show if it has not started: off the hold screen, clock running.
    if (!state.started) sync.send({ type: 'showSlides' });
    const slideId = state.slideId ?? deck?.slides[state.slideIndex]?.id;
    if (!slideId) return;
    await session.start(slideId, isPaused(state));
    say('');
    window.clearInterval(timer);
    timer = window.setInterval(render, 500);
    render();
  });

  const keepRun = (): Promise<void> => serial(async () => {
    if (!session?.recording) return;
    window.clearInterval(timer);
    const run = await session.keep();
    changed();
    const open = button('btn-notice-report', rt('rehearse.report'));
    open.addEventListener('click', () => window.open('rehearsal.html', 'podium-rehearsal'));
    say(run ? rt('rehearse.kept', { n: session.runs.length }) : rt('rehearse.abandoned'), run && windows ? [open] : []);
    render();
  });

  start.addEventListener('click', () => void startRun());
  keep.addEventListener('click', () => void keepRun());
  abandon.addEventListener('click', () => void serial(async () => {
    window.clearInterval(timer);
    await session?.abandon();
    say(rt('rehearse.abandoned'));
    render();
  }));

  window.addEventListener('keydown', (event) => {
    if (event.key !== 'r' && event.key !== 'R') return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
    event.preventDefault();
    void (session?.recording ? keepRun() : startRun());
  });
  sync.onChange(follow);
  onLangChange(render);
  render();

  return {
    async setDeck(next: DeckModel) {
      const sameReport = deck !== undefined && reportKey(deck) === reportKey(next);
      deck = next;
      // A live reload of the same report keeps the run going (times are by slide id).
      if (sameReport && session) return;
      window.clearInterval(timer);
      session = await RehearsalSession.open(
        repositoryFor(host, next, (error) => say(rt('rehearsal.saveFailed', { reason: error instanceof Error ? error.message : String(error) }))),
        sessionClock,
      );
      session.onChange(render);
      stopWatching?.();
      // The report page may change the plan or the runs: take them in (the run being recorded stays ours).
      stopWatching = onRehearsalChange(reportKey(next), (saved) => void session?.reload(saved));
      if (session.problem) {
        say(rt('rehearsal.storeProblem', { reason: session.problem.reason })
          + (session.problem.backupKey ? ` ${rt('rehearsal.storeProblem.backup', { key: session.problem.backupKey })}` : ''));
      }
      offerInterrupted();
      render();
    },
    toggle: () => (session?.recording ? keepRun() : startRun()),
    rehearsed(slideId) {
      const live = session?.liveRun();
      return rehearsedIn([...(session?.runs ?? []), ...(live ? [live] : [])], slideId);
    },
    planSlides() {
      if (!session || !deck) return undefined;
      const file = session.data;
      if (planCache?.file !== file || planCache.deck !== deck) {
        const plan = planOverlay(deck, file.plan);
        planCache = { file, deck, slides: deck.slides.map((s) => ({ seconds: plan.slides[s.id]?.seconds ?? s.seconds, sectionId: s.sectionId })) };
      }
      return planCache.slides;
    },
  };
}
