/**
 * The presenter view: what the operator and speaker see. Current and next slide, the
 * verbatim text, clocks and pace, the outline, search, files, and the hall's screen.
 * All show state comes from the one presentation state (state/sync.ts); this view only
 * sends commands and renders what it is told.
 */
import { showRevisedMarks } from './revised-marks.ts';
import '../slides/slides.css';
import './presenter.css';
import type { DeckModel, DeckUpdate } from '../../slides/core/model.ts';
import { deckErrorText } from '../../slides/core/errors.ts';
import { say } from '../../slides/core/messages/catalogue.ts';
import { getHost } from '../host/index.ts';
import { bindKeys } from '../commands/bind-keys.ts';
import { followDeck } from '../commands/deck-feed.ts';
import type { ViewAction } from '../commands/keys.ts';
import { createPresentationSync } from '../state/sync.ts';
import { viewIsOpen } from '../state/presence.ts';
import { elapsedMs, type PresentationState } from '../state/presentation.ts';
import { deckShape } from '../slides/shape.ts';
import { applyDeckLook } from '../slides/frame.ts';
import { loadFontsFor, preloadDeckFonts } from '../slides/fonts.ts';
import { showSourceNotice } from './source-notice.ts';
import { ProofWarning } from './proof-warning.ts';
import { onFontProblem } from '../fonts/registry.ts';
import { applyTranslations, currentLang, initLang, onLangChange, setLang, tr } from '../i18n/index.ts';
import { SlidePreviews } from './previews.ts';
import { hallSlideIndex } from '../state/hall.ts';
import { sectionTrail, showTrail } from './breadcrumb.ts';
import { renderTimers } from './timers.ts';
import { NotesPanel } from './notes.ts';
import { markOutline, renderOutline } from './outline.ts';
import { searchDeck } from './search.ts';
import { setupFiles } from './files.ts';
import { setupExportDialog } from './export-dialog.ts';
import { setupRevisionDialog } from './revision-dialog.ts';
import { ChangesView } from './changes-view.ts';
import { mountRehearsalControls } from '../rehearsal/controls.ts';
import { ReadingCursor } from '../rehearsal/reading-cursor.ts';
import { NotesAids } from './notes-aids.ts';
import { AidsReviewPanel } from './aids-review.ts';
import { TargetField } from '../rehearsal/target-field.ts';

const host = getHost();
const sync = createPresentationSync();
const $ = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;

let deck: DeckModel | null = null;
const proofWarning = new ProofWarning($('proof-warning'), () => openEditor());
const previews = new SlidePreviews();
const notes = new NotesPanel(host, $('notes'), $('autoscroll') as HTMLInputElement);
const cursor = new ReadingCursor($('notes'));
const currentSlide = () => deck?.slides[sync.current().slideIndex];
const notesAids = new NotesAids(host, $('notes'), $('aids-toggle') as HTMLInputElement, currentSlide, (reason) => showNotice(tr('aids.loadProblem', { reason })));
const aidsReview = new AidsReviewPanel($('aids-review'), notesAids, {
  goto: (id) => sync.send({ type: 'gotoId', id }),
  notice: (message) => showNotice(message),
});
const rehearsal = mountRehearsalControls({ host, sync, container: document.querySelector('.tools') as HTMLElement });
const changesView = new ChangesView($('changes-view'), $('btn-changes'), (id) => sync.send({ type: 'gotoId', id }));
const revisionDialog = setupRevisionDialog({
  host,
  deck: () => deck,
  goto: (id) => sync.send({ type: 'gotoId', id }),
  showChanges: () => {
    closeOverlays();
    changesView.toggle(true);
    changesView.mark(currentSlide()?.id);
  },
});
/** The target duration, set beside the time left: the pace and the rehearsal plan follow at once. */
const targetField = new TargetField({ host, id: 'presenter-target', say: (message) => showNotice(message) });
$('target').after(targetField.root);

/** The breadcrumb: the slide's heading path (shortened to fit) and its number. */
function showLocation(state: PresentationState): void {
  const trail = deck ? sectionTrail(deck, state.slideIndex) : [];
  showTrail($('location-path'), trail);
  $('location-count').textContent = deck ? `${trail.length > 0 ? ' · ' : ''}${state.slideIndex + 1}/${deck.slides.length}` : '';
}

function renderState(state: PresentationState): void {
  proofWarning.onState(state.started, deck);
  document.documentElement.dataset['screen'] = state.screen;
  document.documentElement.dataset['slideIndex'] = String(state.slideIndex);
  document.documentElement.dataset['seq'] = String(state.seq);
  $('hall-status').textContent = tr('presenter.hall', { screen: tr(`screen.${state.screen}`) });
  for (const screen of ['slides', 'black', 'white', 'hold'] as const) $(`btn-${screen}`).classList.toggle('active', state.screen === screen);
  $('screen-tag').textContent = state.screen === 'slides' ? '' : tr(`screen.${state.screen}`);
  if (!deck) return;
  document.documentElement.dataset['slideId'] = deck.slides[state.slideIndex]?.id ?? '';
  showLocation(state);
  previews.show($('preview-current'), state.slideIndex, state.fragment, '');
  previews.show($('preview-next'), state.slideIndex + 1, -1, tr('presenter.endOfDeck'));
  requestIdleCallback(() => previews.prepare([state.slideIndex + 2, state.slideIndex - 1], $('preview-measure'), $('preview-current').clientWidth), { timeout: 500 });
  const slide = deck.slides[state.slideIndex];
  // A slide hidden from the hall: the operator sees what the hall shows instead.
  if (state.screen === 'slides' && slide?.hidden) $('screen-tag').textContent = tr(hallSlideIndex(deck.slides, state.slideIndex) === undefined ? 'presenter.hiddenHold' : 'presenter.hiddenPrevious');
  notes.show(slide);
  cursor.attach(slide, deck.meta.lang);
  showRevisedMarks($('notes'), $('notes-revised'), deck, slide, (id) => rehearsal.rehearsed(id));
  notesAids.show(slide);
  $('notes-slide-title').textContent = slide?.title ?? '';
  markOutline($('outline-list'), slide?.id ?? null);
  changesView.mark(slide?.id);
  renderTimers(deck, state, Date.now(), rehearsal.planSlides());
}

/** The error on show, kept so a change of language says it again in the new one. */
let shownError: Extract<DeckUpdate, { ok: false }> | null = null;

function showError(update: Extract<DeckUpdate, { ok: false }> | null): void {
  shownError = update;
  const banner = $('error-banner');
  banner.hidden = update === null;
  if (!update) return;
  // With no good deck at all (the first file is broken), the error is all there is to show.
  document.documentElement.dataset['ready'] = '1';
  const { error } = update;
  const text = deckErrorText(error, currentLang());
  $('error-where').textContent = error.line ? tr('presenter.errorAt', { file: error.file, line: error.line }) : error.file;
  $('error-message').textContent = text.message;
  $('error-hint').textContent = text.hint;
}

async function showDeck(next: DeckModel): Promise<void> {
  // A deck that opened with a setting read differently (a reveal.js or unknown theme) says so once.
  if (next.meta.notices?.length && JSON.stringify(next.meta.notices) !== JSON.stringify(deck?.meta.notices)) {
    showNotice(next.meta.notices.map((notice) => say(currentLang(), notice)).join(' '));
  }
  deck = next;
  showError(null);
  showSourceNotice($('source-notice'), next);
  targetField.show(next.meta.targetSeconds);
  applyDeckLook($('preview-current'), next.meta);
  applyDeckLook($('preview-next'), next.meta);
  document.documentElement.classList.toggle('deck-4-3', next.meta.aspect === '4:3');
  previews.setDeck(next);
  renderOutline($('outline-list'), next, (id) => {
    sync.send({ type: 'gotoId', id });
    toggleDrawer(false);
  });
  sync.setDeck(deckShape(next));
  void rehearsal.setDeck(next);
  void notesAids.setDeck(next);
  changesView.setDeck(next);
  revisionDialog.refresh();
  const state = sync.current();
  const shown = [next.slides[state.slideIndex], next.slides[state.slideIndex + 1]].map((s) => `${s?.title ?? ''}${s?.subtitle ?? ''}${s?.points.join('') ?? ''}${s?.table?.rows.flat().join('') ?? ''}`).join('');
  await loadFontsFor(shown);
  renderState(sync.current());
  preloadDeckFonts(next, next.slides.map((s) => s.notes).join(''));
  document.documentElement.dataset['ready'] = '1';
}

// ---------- drawers: outline and search ----------
function toggleDrawer(open = $('outline').hidden): void {
  $('outline').hidden = !open;
  if (open) $('outline').querySelector<HTMLElement>('button.current')?.scrollIntoView({ block: 'center' });
}

function openSearch(): void {
  $('search').hidden = false;
  const input = $('search-input') as HTMLInputElement;
  input.focus();
  input.select();
}

function closeOverlays(): void {
  $('search').hidden = true;
  $('outline').hidden = true;
  $('aids-review').hidden = true;
  $('changes-view').hidden = true;
  $('recent-menu').hidden = true;
  (document.activeElement as HTMLElement | null)?.blur();
}

function renderSearch(): void {
  const list = $('search-results');
  const query = ($('search-input') as HTMLInputElement).value;
  if (!deck || !query.trim()) {
    list.replaceChildren();
    return;
  }
  const hits = searchDeck(deck, query);
  if (!hits.length) {
    const none = document.createElement('li');
    none.className = 'search-none';
    none.textContent = tr('presenter.search.none');
    list.replaceChildren(none);
    return;
  }
  list.replaceChildren(...hits.map((hit, i) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = i === 0 ? 'search-hit selected' : 'search-hit';
    button.dataset['slideId'] = hit.slideId;
    const head = document.createElement('span');
    head.className = 'search-head';
    head.textContent = `${hit.index + 1}. ${hit.title}${hit.inNotes ? ` · ${tr('presenter.search.notes')}` : ''}`;
    const snippet = document.createElement('span');
    snippet.className = 'search-snippet';
    const mark = document.createElement('mark');
    mark.textContent = hit.snippet[1];
    snippet.append(hit.snippet[0], mark, hit.snippet[2]);
    button.append(head, snippet);
    button.addEventListener('click', () => {
      sync.send({ type: 'gotoId', id: hit.slideId });
      closeOverlays();
    });
    li.append(button);
    return li;
  }));
}

$('search-input').addEventListener('input', renderSearch);
$('search-input').addEventListener('keydown', (event) => {
  const buttons = Array.from($('search-results').querySelectorAll<HTMLButtonElement>('button.search-hit'));
  const at = buttons.findIndex((b) => b.classList.contains('selected'));
  if (event.key === 'Escape') {
    closeOverlays();
  } else if (event.key === 'Enter') {
    event.preventDefault();
    buttons[Math.max(0, at)]?.click();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = Math.min(buttons.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
    buttons.forEach((b, i) => b.classList.toggle('selected', i === next));
    buttons[next]?.scrollIntoView({ block: 'nearest' });
  }
});

// ---------- the audience window (browser host only: Electron's main process opens its own) ----------
/** An open audience view answers at once; one that has not started in this long never will (blocked). */
const ALREADY_OPEN_ANSWER_MS = 300;
const AUDIENCE_START_MS = 10_000;
async function openAudience(): Promise<void> {
  if (host.info().kind !== 'browser') return;
  // Without an opener the hall's window runs in a process of its own (state/presence.ts); with
  // no handle on it, ask whether one is open rather than open a second.
  if (await viewIsOpen('audience', ALREADY_OPEN_ANSWER_MS)) return showNotice(tr('presenter.openAudience.alreadyOpen'));
  window.open('index.html', '_blank', 'popup,noopener,width=1280,height=720');
  if (!(await viewIsOpen('audience', AUDIENCE_START_MS))) showNotice(tr('presenter.openAudience.blocked'));
}

function showNotice(text: string): void {
  const notice = $('notice');
  notice.textContent = text;
  notice.hidden = false;
  window.setTimeout(() => { notice.hidden = true; }, 8000);
}

/** The editor, on the slide the show is at: a window of its own (Electron: the host opens it). */
function openEditor(): void {
  const id = deck?.slides[sync.current().slideIndex]?.id;
  if (host.info().kind !== 'browser') {
    void host.showView('editor');
    return;
  }
  window.open(`editor.html${id ? `?slide=${encodeURIComponent(id)}` : ''}`, 'podium-editor');
}

function onViewAction(action: ViewAction): void {
  switch (action) {
    case 'edit':
      openEditor();
      break;
    case 'openAudience':
      void openAudience();
      break;
    case 'search':
      openSearch();
      break;
    case 'fontBigger':
      notes.changeSize(1);
      break;
    case 'fontSmaller':
      notes.changeSize(-1);
      break;
    case 'escape':
      closeOverlays();
      break;
  }
}

// ---------- buttons ----------
$('btn-slides').addEventListener('click', () => sync.send({ type: 'showSlides' }));
$('btn-black').addEventListener('click', () => sync.send({ type: 'screen', screen: 'black' }));
$('btn-white').addEventListener('click', () => sync.send({ type: 'screen', screen: 'white' }));
$('btn-hold').addEventListener('click', () => sync.send({ type: 'screen', screen: 'hold' }));
$('btn-pause').addEventListener('click', () => {
  const action = $('btn-pause').dataset['action'];
  sync.send({ type: action === 'start' ? 'start' : action === 'resume' ? 'resume' : 'pause' });
});
$('btn-reset').addEventListener('click', () => sync.send({ type: 'resetClock' }));
$('btn-audience').addEventListener('click', () => void openAudience());
$('btn-edit').addEventListener('click', openEditor);
$('btn-outline').addEventListener('click', () => toggleDrawer());
$('btn-search').addEventListener('click', openSearch);
// The two drawers on the right take turns.
$('btn-aids-review').addEventListener('click', () => {
  changesView.toggle(false);
  aidsReview.toggle();
});
$('btn-revision').addEventListener('click', () => revisionDialog.open());
$('changes-close').addEventListener('click', () => changesView.toggle(false));
$('btn-changes').addEventListener('click', () => {
  $('aids-review').hidden = true;
  changesView.toggle();
  changesView.mark(currentSlide()?.id);
});
$('btn-font-bigger').addEventListener('click', () => notes.changeSize(1));
$('btn-font-smaller').addEventListener('click', () => notes.changeSize(-1));
$('btn-lang').addEventListener('click', () => void setLang(host, currentLang() === 'zh-CN' ? 'en' : 'zh-CN'));
// Buttons keep no focus, so Space and Enter stay clicker keys rather than re-pressing a button.
for (const button of Array.from(document.querySelectorAll('button'))) button.addEventListener('mouseup', () => button.blur());
$('btn-audience').hidden = host.info().kind !== 'browser';

// ---------- wiring ----------
sync.onChange(renderState);
bindKeys(sync, {
  onViewAction,
  onPending: (digits) => {
    const pending = $('pending');
    pending.hidden = digits === '';
    pending.textContent = digits ? tr('presenter.jump', { n: digits }) : '';
  },
});
host.onCommand((command) => {
  if (command.type === 'exportDialog') return openExportDialog();
  if (command.type === 'importRevision') return revisionDialog.open();
  if (command.type !== 'present') return;
  if (command.action === 'start') sync.send({ type: 'showSlides' });
  else sync.send({ type: 'screen', screen: command.action });
});
onLangChange(() => {
  proofWarning.relabel();
  if (deck) showSourceNotice($('source-notice'), deck);
  revisionDialog.refresh();
  if (changesView.open) changesView.render();
  targetField.relabel();
  renderState(sync.current());
  showError(shownError);
});
document.fonts.addEventListener('loadingdone', () => previews.refit());
// The bar wraps on a narrow screen: the drawers and the search box open below it.
const bar = document.querySelector('.bar') as HTMLElement;
new ResizeObserver(() => document.documentElement.style.setProperty('--bar-bottom', `${Math.round(bar.getBoundingClientRect().bottom)}px`)).observe(bar);

onFontProblem((problem) => showNotice(tr('presenter.fontProblem', { reason: problem.reason })));
const feed = { onDeck: (next: DeckModel) => void showDeck(next), onError: showError };
setupFiles(host, showNotice);
const openExportDialog = setupExportDialog(host);

// The clocks tick even when nothing else changes; so does the automatic scrolling of the text.
window.setInterval(() => {
  const state = sync.current();
  renderTimers(deck, state, Date.now(), rehearsal.planSlides());
  const slide = deck?.slides[state.slideIndex];
  if (slide && state.started) {
    const onSlide = (elapsedMs(state.clock, Date.now()) - state.slideEnteredMs) / 1000;
    const planned = rehearsal.planSlides()?.[state.slideIndex]?.seconds ?? slide.seconds;
    // Reading the text's height needs layout: do it in the frame, where layout happens anyway.
    requestAnimationFrame(() => notes.follow(planned > 0 ? onSlide / planned : 0));
    cursor.update(planned > 0 ? onSlide / planned : 0);
  } else {
    cursor.update(null);
  }
}, 250);

void (async () => {
  await initLang(host);
  applyTranslations();
  await notes.restore();
  await notesAids.restore();
  renderState(sync.current());
  await followDeck(host, feed);
})();
