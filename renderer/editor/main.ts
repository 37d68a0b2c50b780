/**
 * The editor (编辑): the deck edited with mouse and keyboard, no Markdown. It shows the deck the
 * host has and sends edit operations (slides/core/edit) to the host, which applies them, writes
 * the deck file and tells every view; the editor then shows the deck that comes back. Undo and
 * redo apply the inverse operations the edit module gave. Changes made to the file in a text
 * editor arrive the same way (live reload), so the editor always shows the file.
 */
import '../slides/slides.css';
import './editor.css';
import type { DeckModel, DeckUpdate, PodiumThemeName, Slide, SlideLayout, ThemeName } from '../../slides/core/model.ts';
import { isThemeName, PODIUM_THEMES, REVEAL_THEMES } from '../../slides/core/themes.ts';
import { SLIDE_LAYOUTS } from '../../slides/core/model.ts';
import { maxPoints, type EditOp } from '../../slides/core/edit/ops.ts';
import { deckErrorText } from '../../slides/core/errors.ts';
import { getHost } from '../host/index.ts';
import { followDeck } from '../commands/deck-feed.ts';
import { applyTranslations, currentLang, initLang, onLangChange, setLang, tr } from '../i18n/index.ts';
import { SlidePreviews } from '../presenter/previews.ts';
import { applyDeckLook } from '../slides/frame.ts';
import { loadFontsFor, preloadDeckFonts } from '../slides/fonts.ts';
import { formatDuration } from '../state/pace.ts';
import { readDuration, readTarget } from '../state/duration-text.ts';
import { EditHistory } from './history.ts';
import { SlideList } from './slide-list.ts';
import { ProofList } from './proof-list.ts';
import { PointsEditor } from './points-editor.ts';
import { TextPicker } from './text-picker.ts';
import { isHidden, layoutOf, timeSetByHand } from './slide-facts.ts';
import { EditChannel, type ChannelResult, type SaveState } from './edit-channel.ts';
import { PictureInput } from './picture-input.ts';
import { bindField } from './fields.ts';
import { sayError } from './say-error.ts';
import { undoesTyping, undoKey, type UndoAction } from './undo-keys.ts';
import { hallSlideIndex } from '../state/hall.ts';

const host = getHost();
const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

let deck: DeckModel | null = null;
let selectedId: string | null = new URLSearchParams(location.search).get('slide');
const history = new EditHistory<EditOp[]>();
const channel = new EditChannel(host, sayError);
const bigPreview = new SlidePreviews();

const list = new SlideList($('ed-list'), { select: (id) => select(id) });
const proof = new ProofList($<HTMLDetailsElement>('ed-proof'), { select: (id) => select(id) });
const points = new PointsEditor($('ed-points'), (op) => void edit(op));
const picker = new TextPicker($('ed-text'), $('ed-pick-bar'), {
  pick: (start, end) => { if (selectedId) void edit({ type: 'pickPoint', slideId: selectedId, start, end }); },
  split: (sentence) => { if (selectedId) void edit({ type: 'split', slideId: selectedId, sentence }); },
});
const picture = new PictureInput(host, {
  zone: $('ed-picture'),
  input: $<HTMLInputElement>('ed-picture-input'),
  cover: $('ed-drop-cover'),
  onPicture: (chosen) => { if (selectedId) void edit({ type: 'setPicture', slideId: selectedId, picture: chosen }); },
  onError: (message) => showError(message),
});

function selectedSlide(): { slide: Slide; index: number } | null {
  if (!deck) return null;
  const index = deck.slides.findIndex((s) => s.id === selectedId);
  const slide = deck.slides[index];
  return slide ? { slide, index } : null;
}

function select(id: string): void {
  selectedId = id;
  list.select(id);
  renderSlide();
  document.documentElement.dataset['selected'] = id;
}

// ---------- the selected slide ----------
function renderSlide(): void {
  const found = selectedSlide();
  if (!deck || !found) return;
  const { slide, index } = found;
  $('ed-slide-number').textContent = tr('editor.slideNumber', { n: index + 1, total: deck.slides.length });
  renderBadges(slide);
  bigPreview.show($('ed-preview'), index, Number.MAX_SAFE_INTEGER, '');
  const title = $<HTMLInputElement>('ed-title');
  if (document.activeElement !== title || title.value === title.defaultValue) {
    title.value = slide.title;
    title.defaultValue = slide.title;
  }
  const subtitle = $<HTMLInputElement>('ed-subtitle');
  if (document.activeElement !== subtitle || subtitle.value === subtitle.defaultValue) {
    subtitle.value = slide.subtitle ?? '';
    subtitle.defaultValue = subtitle.value;
  }
  $('ed-title-parts').hidden = !(slide.part && slide.part.count > 1);
  points.show(slide.id, slide.points, maxPoints(slide));
  picker.show(slide.notes, slide.points);
  renderLayout(slide);
  picture.show(slide.picture, layoutOf(slide));
  picture.offer(slide.offeredPictures ?? []);
  renderTime(slide);
  const hidden = isHidden(slide);
  $('ed-hide').textContent = tr(hidden ? 'editor.unhide' : 'editor.hide');
  $('ed-hide').setAttribute('aria-pressed', String(hidden));
  $('ed-hidden-note').hidden = !hidden;
  $('ed-hidden-note').textContent = hidden ? tr(hallSlideIndex(deck.slides, index) === undefined ? 'editor.hidden.hold' : 'editor.hidden.previous') : '';
  $<HTMLButtonElement>('ed-merge').disabled = index >= deck.slides.length - 1;
  // Restore plans the slide's words, time, layout and picture again; where the slide starts and
  // ends (a split or merge) stays, and the note says so on such a slide (undo takes a split back).
  $<HTMLButtonElement>('ed-restore').disabled = !(slide.byHand?.some((part) => part !== 'boundaries') || slide.hidden || slide.picture);
  $('ed-boundary-note').hidden = !slide.byHand?.includes('boundaries');
  $('ed-slide-pane').classList.toggle('is-hidden', hidden);
}

function renderBadges(slide: Slide): void {
  const badges: HTMLElement[] = [];
  const badge = (text: string, className: string, title?: string): void => {
    const span = document.createElement('span');
    span.className = `ed-badge ${className}`;
    span.textContent = text;
    if (title) span.title = title;
    badges.push(span);
  };
  if (slide.part && slide.part.count > 1) badge(tr('editor.part', { i: slide.part.index, n: slide.part.count }), 'ed-badge-part');
  for (const part of slide.byHand ?? []) badge(tr(`editor.part.${part}`), 'ed-badge-hand', tr('editor.mark.edited'));
  if (isHidden(slide)) badge(tr('editor.mark.hidden'), 'ed-badge-hidden');
  const findings = proof.describe(slide.id);
  if (findings.length > 0) badge(tr('proof.list.count', { n: findings.length }), 'ed-badge-proof', findings.join('\n'));
  $('ed-badges').replaceChildren(...badges);
}

function renderLayout(slide: Slide): void {
  const box = $('ed-layout');
  const current = layoutOf(slide);
  if (box.childElementCount !== SLIDE_LAYOUTS.length) {
    box.replaceChildren(...SLIDE_LAYOUTS.map((layout, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'radio');
      button.dataset['layout'] = layout;
      button.className = `ed-layout-${layout}`;
      button.dataset['key'] = String(i + 1);
      button.addEventListener('click', () => setLayout(layout));
      return button;
    }));
  }
  for (const button of Array.from(box.querySelectorAll<HTMLButtonElement>('button'))) {
    const layout = button.dataset['layout'] as SlideLayout;
    button.textContent = tr(`editor.layout.${layout}`);
    button.title = tr('editor.layout.key', { n: button.dataset['key'] ?? '' });
    const on = layout === current;
    button.setAttribute('aria-checked', String(on));
    button.tabIndex = on ? 0 : -1;
  }
}

function setLayout(layout: SlideLayout): void {
  const found = selectedSlide();
  if (found && layoutOf(found.slide) !== layout) void edit({ type: 'setLayout', slideId: found.slide.id, layout });
}

function renderTime(slide: Slide): void {
  const input = $<HTMLInputElement>('ed-time');
  if (document.activeElement !== input || input.value === input.defaultValue) {
    input.value = formatDuration(slide.seconds);
    input.defaultValue = input.value;
  }
  const byHand = timeSetByHand(slide);
  $('ed-time-source').textContent = tr(byHand ? 'editor.time.byHand' : 'editor.time.fromText');
  $('ed-time-source').classList.toggle('by-hand', byHand);
  $<HTMLButtonElement>('ed-time-auto').disabled = !byHand;
}

/** The theme chooser: Podium's three, then reveal.js's twelve; the deck's theme selected. */
function renderTheme(): void {
  if (!deck) return;
  const select = $<HTMLSelectElement>('ed-theme');
  const group = (label: string, themes: readonly ThemeName[], name: (theme: ThemeName) => string): HTMLOptGroupElement => {
    const box = document.createElement('optgroup');
    box.label = label;
    box.append(...themes.map((theme) => new Option(name(theme), theme)));
    return box;
  };
  select.replaceChildren(
    group(tr('editor.theme.podium'), PODIUM_THEMES, (theme) => tr(`editor.theme.${theme as PodiumThemeName}`)),
    group('reveal.js', REVEAL_THEMES, (theme) => theme),
  );
  select.value = deck.meta.theme;
}

function renderDeckTiming(): void {
  if (!deck) return;
  const { totalSeconds, targetSeconds } = deck.meta;
  const target = $<HTMLInputElement>('ed-target-input');
  if (document.activeElement !== target || target.value === target.defaultValue) {
    target.value = targetSeconds === undefined ? '' : formatDuration(targetSeconds);
    target.defaultValue = target.value;
  }
  $('ed-total').textContent = tr('editor.total', { time: formatDuration(totalSeconds) });
  const pace = $('ed-pace');
  if (targetSeconds === undefined) {
    pace.textContent = tr('editor.pace.none');
    pace.className = 'ed-pace';
    return;
  }
  const diff = totalSeconds - targetSeconds;
  pace.textContent = diff > 0 ? tr('editor.pace.over', { time: formatDuration(diff) }) : diff < 0 ? tr('editor.pace.under', { time: formatDuration(-diff) }) : tr('editor.pace.exact');
  pace.className = `ed-pace ${diff > 0 ? 'over' : 'fits'}`;
  // Reading rate the target asks for, so the speaker knows what "fits" means.
  const units = deck.meta.readingUnits;
  if (units > 0 && targetSeconds > 0) pace.title = tr(deck.meta.lang === 'zh' ? 'editor.pace.rate.zh' : 'editor.pace.rate.en', { n: Math.round((units / targetSeconds) * 60) });
}

// ---------- the deck ----------
async function showDeck(next: DeckModel): Promise<void> {
  const previousIndex = deck ? Math.max(0, deck.slides.findIndex((s) => s.id === selectedId)) : 0;
  deck = next;
  applyDeckLook($('ed-preview'), next.meta);
  document.documentElement.classList.toggle('deck-4-3', next.meta.aspect === '4:3');
  bigPreview.setDeck(next);
  list.setDeck(next);
  // Proofread again with every deck shown: after each edit and each change made to the file elsewhere.
  proof.setDeck(next);
  proof.markSlides($('ed-list'));
  // The selection holds by id; a slide that an edit replaced (split, merge) is followed by its place.
  if (!next.slides.some((s) => s.id === selectedId)) selectedId = next.slides[Math.min(previousIndex, next.slides.length - 1)]?.id ?? null;
  if (selectedId) select(selectedId);
  renderDeckTiming();
  renderTheme();
  document.title = `${tr('editor.pageTitle')} · ${next.meta.title}`;
  const found = selectedSlide();
  if (found) await loadFontsFor(`${found.slide.title}${found.slide.subtitle ?? ''}${found.slide.points.join('')}`);
  bigPreview.refit();
  if (document.documentElement.dataset['ready'] !== '1') {
    document.documentElement.dataset['ready'] = '1';
    performance.mark('podium:editor-ready');
  }
}

let shownRevision = -1;
function take(update: Extract<DeckUpdate, { ok: true }>): void {
  if (update.revision <= shownRevision) return;
  shownRevision = update.revision;
  $('ed-file').textContent = update.source.name;
  $('ed-file').title = update.source.path;
  document.documentElement.dataset['revision'] = String(update.revision);
  void showDeck(update.deck);
}

// ---------- edits ----------
/**
 * Edits, undos and redos run one after another: each reads the history and the selection as
 * the one before left them (two quick Ctrl+Z undo two steps, not one step twice).
 */
let serial: Promise<void> = Promise.resolve();
function inTurn(task: () => Promise<void>): Promise<void> {
  serial = serial.then(task, task);
  return serial;
}

/** One edit: sent to the host, which writes the file; its inverse goes on the undo stack. */
function edit(op: EditOp): Promise<void> {
  return inTurn(async () => {
    const result = await channel.apply([op]);
    if (!result.ok) return showError(result.message);
    history.record([op], result.inverses);
    afterEdit(result);
  });
}

function afterEdit(result: Extract<ChannelResult, { ok: true }>): void {
  take(result.update);
  renderHistory();
  if (result.createdDeck) showNotice(tr('editor.createdDeck', { path: result.createdDeck }));
}

function undo(): Promise<void> {
  return inTurn(async () => {
    const entry = history.peekUndo();
    if (!entry) return;
    const result = await channel.apply(entry.inverse);
    if (!result.ok) {
      // The file changed under the history (edited elsewhere): this step can no longer be undone.
      history.clear();
      renderHistory();
      return showError(tr('editor.undo.failed', { message: result.message }));
    }
    history.undid(result.inverses);
    afterEdit(result);
  });
}

function redo(): Promise<void> {
  return inTurn(async () => {
    const entry = history.peekRedo();
    if (!entry) return;
    const result = await channel.apply(entry.op);
    if (!result.ok) {
      history.clear();
      renderHistory();
      return showError(tr('editor.redo.failed', { message: result.message }));
    }
    history.redid(result.inverses);
    afterEdit(result);
  });
}

function renderHistory(): void {
  $<HTMLButtonElement>('ed-undo').disabled = !history.canUndo();
  $<HTMLButtonElement>('ed-redo').disabled = !history.canRedo();
}

const SAVE_LABELS = { idle: '', saving: 'editor.saving', saved: 'editor.saved', unsaved: 'editor.unsaved', failed: 'editor.saveFailed' } as const;

/** Whether the deck file is behind the views (a save failed); settled states only, not 'saving'. */
let behind = false;
function renderSave(state: SaveState): void {
  const box = $('ed-save');
  box.dataset['state'] = state.kind;
  const label = SAVE_LABELS[state.kind];
  box.textContent = label === '' ? '' : tr(label);
  box.title = state.kind === 'failed' || state.kind === 'unsaved' ? state.message : '';
  $('ed-save-again').hidden = state.kind !== 'unsaved';
  if (state.kind === 'saving') return;
  // Said once when the file falls behind (not at every retry), and taken back once it is saved.
  if (state.kind === 'unsaved' && !behind) showError(state.message);
  if (state.kind === 'saved' && behind && !$('ed-error').classList.contains('notice')) $('ed-error').hidden = true;
  behind = state.kind === 'unsaved';
}

function showError(message: string): void {
  $('ed-error').hidden = false;
  $('ed-error').classList.remove('notice');
  $('ed-error').setAttribute('role', 'alert');
  $('ed-error-text').textContent = message;
}

/** Something the user should know that is not a problem (where a new deck file was made). */
function showNotice(message: string): void {
  showError(message);
  $('ed-error').classList.add('notice');
  $('ed-error').setAttribute('role', 'status');
}

// ---------- fields ----------
function commitTitle(): void {
  const input = $<HTMLInputElement>('ed-title');
  const found = selectedSlide();
  const title = input.value.trim();
  if (!found || title === found.slide.title || title === '') {
    if (title === '') input.value = input.defaultValue;
    return;
  }
  input.defaultValue = input.value;
  const onlyThisPart = $<HTMLInputElement>('ed-title-only-part').checked && found.slide.part !== undefined;
  void edit({ type: 'retitle', slideId: found.slide.id, title, ...(onlyThisPart ? { onlyThisPart } : {}) });
}

function commitSubtitle(): void {
  const input = $<HTMLInputElement>('ed-subtitle');
  const found = selectedSlide();
  const subtitle = input.value.trim();
  if (!found || subtitle === (found.slide.subtitle ?? '')) return;
  input.defaultValue = input.value;
  const onlyThisPart = $<HTMLInputElement>('ed-title-only-part').checked && found.slide.part !== undefined;
  void edit({ type: 'retitle', slideId: found.slide.id, title: found.slide.title, subtitle: subtitle === '' ? null : subtitle, ...(onlyThisPart ? { onlyThisPart } : {}) });
}

function commitTime(): void {
  const input = $<HTMLInputElement>('ed-time');
  const found = selectedSlide();
  if (!found || input.value === input.defaultValue) return;
  const seconds = readDuration(input.value);
  if (seconds === null || seconds < 1) {
    showError(tr('editor.time.invalid', { value: input.value }));
    return;
  }
  input.defaultValue = input.value;
  void edit({ type: 'setTime', slideId: found.slide.id, seconds });
}

function commitTarget(): void {
  const input = $<HTMLInputElement>('ed-target-input');
  if (input.value === input.defaultValue) return;
  const target = readTarget(input.value);
  if (target.kind === 'invalid') {
    showError(tr('editor.target.invalid', { value: input.value.trim() }));
    return;
  }
  input.defaultValue = input.value;
  void edit({ type: 'setTarget', seconds: target.kind === 'set' ? target.seconds : null });
}

bindField($<HTMLInputElement>('ed-title'), commitTitle);
bindField($<HTMLInputElement>('ed-subtitle'), commitSubtitle);
bindField($<HTMLInputElement>('ed-time'), commitTime);
bindField($<HTMLInputElement>('ed-target-input'), commitTarget);
$<HTMLSelectElement>('ed-theme').addEventListener('change', (event) => {
  const theme = (event.target as HTMLSelectElement).value;
  if (deck && isThemeName(theme) && theme !== deck.meta.theme) void edit({ type: 'setTheme', theme });
});

function toggleHidden(): void {
  const found = selectedSlide();
  if (found) void edit({ type: 'setHidden', slideId: found.slide.id, hidden: !isHidden(found.slide) });
}
function mergeNext(): void {
  const found = selectedSlide();
  if (found && deck && found.index < deck.slides.length - 1) void edit({ type: 'mergeNext', slideId: found.slide.id });
}
function restore(): void {
  const found = selectedSlide();
  if (found) void edit({ type: 'restore', slideId: found.slide.id });
}
function clearTime(): void {
  const found = selectedSlide();
  if (found && timeSetByHand(found.slide)) void edit({ type: 'clearTime', slideId: found.slide.id });
}

$('ed-undo').addEventListener('click', () => void undo());
$('ed-save-again').addEventListener('click', () => void channel.saveAgain());
$('ed-redo').addEventListener('click', () => void redo());
$('ed-hide').addEventListener('click', toggleHidden);
$('ed-merge').addEventListener('click', mergeNext);
$('ed-restore').addEventListener('click', restore);
$('ed-time-auto').addEventListener('click', clearTime);
$('ed-pick-add');
$('ed-error-close').addEventListener('click', () => { $('ed-error').hidden = true; });
$('ed-lang').addEventListener('click', () => void setLang(host, currentLang() === 'zh-CN' ? 'en' : 'zh-CN'));
$('ed-present').addEventListener('click', () => {
  if (host.info().kind === 'browser') window.open('presenter.html', 'podium-presenter');
});
$('ed-picture-remove').addEventListener('click', () => {
  const found = selectedSlide();
  if (found?.slide.picture) void edit({ type: 'removePicture', slideId: found.slide.id });
});

// ---------- keyboard ----------
/** Undo/redo from the keys or the app's Edit menu: the field's own typing, else the editor's history. */
function undoOrRedo(action: UndoAction): void {
  if (action === 'redo') void redo();
  else void undo();
}

// Edit ▸ Undo / Redo in the app's menu (Electron), sent here when this window is in front.
host.onCommand((command) => {
  if (command.type !== 'edit') return;
  const focused = document.activeElement as HTMLInputElement | null;
  // The field's typing: the browser's own undo of it, as the key would do.
  if (undoesTyping(focused)) document.execCommand(command.action);
  else undoOrRedo(command.action);
});

window.addEventListener('keydown', (event) => {
  if (event.isComposing) return;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const undoing = undoKey(event);
  if (undoing) {
    // Typing not yet saved keeps the key for the field (the browser undoes the typing).
    if (undoesTyping(event.target as HTMLInputElement | null)) return;
    event.preventDefault();
    undoOrRedo(undoing);
    return;
  }
  const inField = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  // Slide commands: Alt+letter, so they never clash with typing or with the browser's own keys.
  if (event.altKey && !mod && !event.shiftKey) {
    const commands: Record<string, () => void> = {
      h: toggleHidden,
      m: mergeNext,
      r: restore,
      t: () => $('ed-title').focus(),
      p: () => $('ed-points').querySelector<HTMLInputElement>('input')?.focus(),
      s: () => $('ed-text').querySelector<HTMLElement>('.ed-sentence[tabindex="0"]')?.focus(),
      l: () => $('ed-list').focus(),
      // Alt+1…7: the layouts in the picker's order.
      ...Object.fromEntries(SLIDE_LAYOUTS.map((layout, i) => [String(i + 1), () => setLayout(layout)])),
    };
    const command = commands[key];
    if (command) {
      event.preventDefault();
      command();
      return;
    }
  }
  if (!inField && !mod && !event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp') && event.target === document.body) {
    $('ed-list').focus();
  }
});

// ---------- wiring ----------
channel.onState(renderSave);
onLangChange(() => {
  renderHistory();
  if (deck) void showDeck(deck);
});
document.fonts.addEventListener('loadingdone', () => {
  bigPreview.refit();
  list.refit();
});

void (async () => {
  await initLang(host);
  applyTranslations();
  renderHistory();
  await followDeck(host, {
    onDeck: (_next, update) => take(update),
    onError: (update) => {
      const text = deckErrorText(update.error, currentLang());
      showError(tr('editor.fileError', { file: update.error.file, message: text.message, hint: text.hint }));
    },
  });
  if (deck) preloadDeckFonts(deck);
})();
