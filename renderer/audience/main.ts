/**
 * The audience view: the slides for the hall, in reveal.js. reveal.js does layout
 * (scaling the canvas to the window), fragments and slide display; where the show is
 * comes only from the presentation state (state/sync.ts), and reveal.js's own keys,
 * controls, hash and touch handling are off so every input goes through our commands.
 * Errors in the report never reach this view: it keeps the last good deck.
 */
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import '../slides/slides.css';
import './audience.css';
import type { DeckModel } from '../../slides/core/model.ts';
import { getHost, isOfflineCopy } from '../host/index.ts';
import { systemLang } from '../i18n/index.ts';
import { t } from '../../slides/core/messages/catalogue.ts';
import { hallSlideIndex } from '../state/hall.ts';
import { bindKeys } from '../commands/bind-keys.ts';
import { followDeck } from '../commands/deck-feed.ts';
import { createPresentationSync } from '../state/sync.ts';
import { announcePresence } from '../state/presence.ts';
import type { PresentationState } from '../state/presentation.ts';
import { renderHold, renderKey, renderSlide } from '../slides/render-slide.ts';
import { deckShape } from '../slides/shape.ts';
import { clearFitted, ensureFitted, fitWhenIdle } from '../slides/fit.ts';
import { preloadDeckFonts } from '../slides/fonts.ts';
import { loadFacesIn } from '../fonts/registry.ts';
import { applyDeckLook, canvasSize, frame } from '../slides/frame.ts';

performance.mark('podium:script');
const host = getHost();
const sync = createPresentationSync();
const revealRoot = document.getElementById('reveal') as HTMLElement;
const slidesRoot = document.getElementById('slides') as HTMLElement;
const cover = document.getElementById('cover') as HTMLElement;
const coverBox = document.getElementById('cover-box') as HTMLElement;

let deck: DeckModel | null = null;
let reveal: InstanceType<typeof Reveal> | null = null;
/** reveal.js has seen the current sections (it keeps per-slide state: backgrounds, fragments). */
let revealSynced = false;
let shownSeq = -1;
/** The options reveal.js was last configured with (JSON). */
let shownOptions: string | undefined;

function currentSection(): HTMLElement | null {
  return (reveal?.getCurrentSlide() as HTMLElement | undefined) ?? null;
}

function fitCurrent(): void {
  const section = currentSection();
  const slide = section?.querySelector<HTMLElement>('.podium-slide');
  if (slide) ensureFitted(slide);
  const hold = coverBox.querySelector<HTMLElement>('.podium-slide');
  if (hold && !cover.hidden) ensureFitted(hold);
}

function renderState(state: PresentationState): void {
  if (!reveal || !deck) return;
  const count = deck.slides.length;
  const wanted = Math.min(state.slideIndex, count - 1);
  // A slide hidden from the hall: the hall keeps the slide before it (or the hold screen).
  const shown = hallSlideIndex(deck.slides, wanted);
  const index = shown ?? wanted;
  const fragment = index === wanted ? state.fragment : -1;
  const screen = shown === undefined && state.screen === 'slides' ? 'hold' : state.screen;
  fillAround(index);
  const indices = reveal.getIndices();
  if (indices.h !== index) markLeaving(slidesRoot.children[indices.h]);
  if (indices.h !== index || (index === wanted && (indices.f ?? -1) !== fragment)) reveal.slide(index, 0, index === wanted ? fragment : undefined);
  document.documentElement.dataset['screen'] = screen;
  cover.hidden = screen === 'slides';
  fitCurrent();
  // The slides either side are displayed by reveal.js already: measure them now, not when the key is pressed.
  const sections = slidesRoot.children;
  fitWhenIdle([index - 1, index + 1, index + 2].map((i) => sections[i]?.querySelector<HTMLElement>('.podium-slide')));
  shownSeq = state.seq;
  document.documentElement.dataset['slideIndex'] = String(index);
  document.documentElement.dataset['slideId'] = deck.slides[index]?.id ?? '';
  document.documentElement.dataset['fragment'] = String(fragment);
  document.documentElement.dataset['hiddenSlide'] = index === wanted ? '' : String(wanted);
  document.documentElement.dataset['seq'] = String(shownSeq);
}

/** The window's size, read once per resize: the canvas scale and reveal.js's viewport both use it. */
const windowSize = { width: window.innerWidth, height: window.innerHeight };

/** Scales the slide canvas to the window exactly, centred (letterboxed on black). */
function fitCanvas(): void {
  if (!deck) return;
  const size = canvasSize(deck.meta.aspect);
  // reveal-md's margin: that fraction of the window is left empty around the slide.
  const room = 1 - (deck.meta.reveal?.margin ?? 0);
  const scale = Math.min((windowSize.width * room) / size.width, (windowSize.height * room) / size.height);
  const style = slidesRoot.style;
  style.setProperty('width', `${size.width}px`);
  style.setProperty('height', `${size.height}px`);
  style.setProperty('left', '50%');
  style.setProperty('top', '50%');
  style.setProperty('transform', `translate(-50%, -50%) scale(${scale})`);
}
// Added before reveal.js adds its own resize listener, so reveal.js reads the new size.
window.addEventListener('resize', () => {
  windowSize.width = window.innerWidth;
  windowSize.height = window.innerHeight;
  fitCanvas();
});

/*
 * reveal.js reads its viewport's size (document.body here) on every slide change, for a layout
 * we switched off (disableLayout: fitCanvas scales the canvas); the read forces a style and
 * layout pass in the middle of the change, before the view has even applied it. The body fills
 * the window (audience.css), so it is answered with the window's size.
 */
Object.defineProperty(document.body, 'offsetWidth', { configurable: true, get: () => windowSize.width });
Object.defineProperty(document.body, 'offsetHeight', { configurable: true, get: () => windowSize.height });

/**
 * What a reveal-md deck's revealOptions ask of the hall (slides/core/reveal-options.ts): a
 * transition, reveal.js's arrows, progress bar and slide number. Off unless the deck asks.
 */
function hallOptions(next: DeckModel) {
  const wanted = next.meta.reveal ?? {};
  const transition = wanted.transition ?? 'none';
  document.documentElement.dataset['transition'] = transition;
  document.documentElement.toggleAttribute('data-controls', wanted.controls === true);
  return {
    transition,
    transitionSpeed: wanted.transitionSpeed ?? 'default',
    backgroundTransition: wanted.backgroundTransition ?? 'none',
    controls: wanted.controls ?? false,
    progress: wanted.progress ?? false,
    slideNumber: wanted.slideNumber ?? false,
  } as const;
}

/** reveal.js's arrows step the show through the presentation state, as the keys do (never reveal.js's own navigation). */
revealRoot.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest('.controls button');
  if (!button) return;
  event.stopPropagation();
  event.preventDefault();
  const backwards = button.classList.contains('navigate-left') || button.classList.contains('navigate-up');
  sync.send({ type: backwards ? 'prev' : 'next' });
}, true);

/** Longest transition reveal.js draws (slow), with a frame to spare. */
const LEAVING_MS = 1300;
/**
 * A slide off screen skips style and layout (audience.css); with a transition the slide leaving
 * must stay drawn until it has gone, so it is marked for that long.
 */
function markLeaving(section: Element | undefined): void {
  if (!section || document.documentElement.dataset['transition'] === 'none') return;
  section.classList.add('podium-leaving');
  window.setTimeout(() => section.classList.remove('podium-leaving'), LEAVING_MS);
}

/** Rendered sections by slide id, kept across live reloads: an edit re-renders only the slides it changed. */
let rendered = new Map<string, { key: string; section: HTMLElement }>();

/**
 * One <section> per slide, kept by slide id. A slide unchanged since the last deck keeps its
 * section, already rendered and fitted; a changed one keeps its (emptied) section, and new ones
 * start empty: they are rendered when about to be shown (fillAround) or when the view is idle.
 * reveal.js then starts on a light document; its per-slide work (backgrounds, fragments) is
 * redone for a slide as it fills. Answers whether the sections themselves changed (added,
 * removed, moved), which only reveal.js's full sync handles.
 */
function buildSections(next: DeckModel): boolean {
  const kept = new Map<string, { key: string; section: HTMLElement }>();
  const sections: HTMLElement[] = [];
  for (const slide of next.slides) {
    const key = renderKey(slide, next);
    const previous = rendered.get(slide.id);
    let section = previous?.section;
    if (section && previous?.key !== key) {
      // An edited slide (a new title, a picture): the same place in the show, drawn afresh.
      section.replaceChildren();
      delete section.dataset['filled'];
    }
    if (!section) {
      section = document.createElement('section');
      section.dataset['podiumId'] = slide.id;
    }
    kept.set(slide.id, { key, section });
    sections.push(section);
  }
  rendered = kept;
  const moved = placeChildren(slidesRoot, sections);
  if (moved) revealSynced = false;
  coverBox.replaceChildren(frame(renderHold(next.meta), next.meta.aspect));
  return moved;
}

/**
 * Makes `wanted` the children of `parent`, in order, moving only what is out of place: a section
 * left where it was keeps its style and layout, so the next key press after an edit costs no more
 * than any other (moving a node out of the document and back discards both). Answers whether
 * anything was added, removed or moved.
 */
function placeChildren(parent: HTMLElement, wanted: readonly HTMLElement[]): boolean {
  let moved = parent.children.length !== wanted.length;
  const keep = new Set<Element>(wanted);
  for (const child of Array.from(parent.children)) if (!keep.has(child)) child.remove();
  wanted.forEach((section, i) => {
    const current = parent.children[i];
    if (current === section) return;
    moved = true;
    parent.insertBefore(section, current ?? null);
  });
  return moved;
}

function fillSection(index: number): void {
  const section = slidesRoot.children[index] as HTMLElement | undefined;
  const slide = deck?.slides[index];
  if (!deck || !section || !slide || section.dataset['filled'] === '1') return;
  section.append(frame(renderSlide(slide, deck), deck.meta.aspect));
  section.dataset['filled'] = '1';
  // Before reveal.js has synced the sections, it picks the content up when it does.
  if (revealSynced) reveal?.syncSlide(section);
}

/** The slide shown and its neighbours (reveal.js displays them, and they are next). */
function fillAround(index: number): void {
  for (let i = index - 1; i <= index + 2; i += 1) fillSection(i);
}

/** The other slides, a few at a time while the view is idle. */
function fillRestWhenIdle(next: DeckModel): void {
  const fill = (deadline: IdleDeadline): void => {
    if (deck !== next) return;
    for (let i = 0; i < next.slides.length; i += 1) {
      if (deadline.timeRemaining() < 2 && !deadline.didTimeout) return void requestIdleCallback(fill, { timeout: 1000 });
      fillSection(i);
    }
  };
  requestIdleCallback(fill, { timeout: 1000 });
}

function loadFirstScreenFonts(state: PresentationState): Promise<void> {
  const slide = slidesRoot.children[state.slideIndex];
  return loadFacesIn(coverBox, ...(slide ? [slide] : []));
}

async function showDeck(next: DeckModel): Promise<void> {
  const first = deck === null;
  deck = next;
  applyDeckLook(document.documentElement, next.meta);
  document.title = next.meta.title;
  const moved = buildSections(next);
  fitCanvas();
  const size = canvasSize(next.meta.aspect);
  // reveal.js is configured again only when its size or the deck's reveal.js settings changed.
  const options = { width: size.width, height: size.height, ...hallOptions(next) };
  const reconfigure = JSON.stringify(options) !== shownOptions;
  shownOptions = JSON.stringify(options);
  sync.setDeck(deckShape(next));
  // The first screen's glyphs start loading now, while reveal.js starts: fonts for
  // exactly its text in the faces it is set in (the hold screen, and the slide behind it).
  fillAround(sync.current().slideIndex);
  const firstFonts = first ? loadFirstScreenFonts(sync.current()) : undefined;
  if (first) {
    performance.mark('podium:deck');
    reveal = new Reveal(revealRoot, {
      ...options,
      margin: 0,
      // Our own scaling (fitCanvas): reveal.js rounds its scale to two decimals, which leaves
      // a line of black at the canvas's edges on most projector resolutions.
      disableLayout: true,
      center: false,
      embedded: false,
      keyboard: false,
      keyboardCondition: () => false,
      hash: false,
      history: false,
      respondToHashChanges: false,
      jumpToSlide: false,
      overview: false,
      help: false,
      pause: false,
      touch: false,
      mouseWheel: false,
      previewLinks: false,
      fragmentInURL: false,
      autoSlide: 0,
      navigationMode: 'linear',
      // Every slide stays laid out: a key press then only swaps which one is visible (no slide
      // enters the layout tree as it is shown). Slides are fitted ahead while the view is idle.
      viewDistance: 1000,
      preloadIframes: false,
      autoPlayMedia: false,
      showNotes: false,
      hideCursorTime: 3000,
    });
    await reveal.initialize();
    performance.mark('podium:reveal');
  } else if (reconfigure) {
    // configure() syncs every slide too.
    reveal?.configure(options);
  } else if (moved) {
    reveal?.sync();
  }
  // Otherwise the same sections, some emptied: each is synced as it is filled again (fillSection).
  // A full sync re-creates every slide's background (a style read per slide), most of an edit's time here.
  revealSynced = true;
  renderState(sync.current());
  if (first) {
    // Measure and show the first screen once its glyphs have arrived (it is laid out
    // hidden until then, see audience.css): the hall never sees a fallback font or an
    // unfitted title.
    await firstFonts;
    document.documentElement.dataset['fonts'] = '1';
    await document.fonts.ready;
    performance.mark('podium:fonts');
    clearFitted(document);
    fitCurrent();
    document.documentElement.dataset['ready'] = '1';
    performance.mark('podium:first-slide');
    // The frame with the first slide is produced after this rAF callback; the task after it runs once it is painted.
    requestAnimationFrame(() => setTimeout(() => performance.mark('podium:first-slide-painted'), 0));
  }
  preloadDeckFonts(next);
  fillRestWhenIdle(next);
}

/**
 * An offline copy opens on the hold screen with nobody at a presenter view to say what to do:
 * a quiet line says which key starts the slides, until the show first leaves the hold screen.
 * In the app the hall never sees it (the operator has the presenter view).
 */
function showHoldHint(): void {
  const hint = document.createElement('p');
  hint.className = 'hold-hint';
  hint.id = 'hold-hint';
  hint.textContent = t(systemLang(), 'audience.holdHint');
  cover.append(hint);
  const stop = sync.onChange((state) => {
    if (state.screen === 'hold') return;
    hint.remove();
    stop();
  });
}
if (isOfflineCopy() && sync.current().screen === 'hold') showHoldHint();

sync.onChange(renderState);
announcePresence('audience');
bindKeys(sync);
host.onCommand((command) => {
  if (command.type !== 'present') return;
  if (command.action === 'start') sync.send({ type: 'showSlides' });
  else sync.send({ type: 'screen', screen: command.action });
});

// When more glyph subsets arrive (another slide's text), measure again with real glyphs.
document.fonts.addEventListener('loadingdone', () => {
  clearFitted(document);
  fitCurrent();
});

let queue: Promise<void> = Promise.resolve();
void followDeck(host, {
  onDeck: (next) => {
    queue = queue.then(() => showDeck(next)).catch((error: unknown) => console.error('Podium: could not show the deck', error));
  },
  // The hall never shows errors; with no good deck yet it stays black until one arrives.
  onError: () => {
    if (deck === null) document.documentElement.dataset['ready'] = '1';
  },
});
