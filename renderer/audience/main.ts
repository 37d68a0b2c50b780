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
import { getHost } from '../host/index.ts';
import { bindKeys } from '../commands/bind-keys.ts';
import { followDeck } from '../commands/deck-feed.ts';
import { createPresentationSync } from '../state/sync.ts';
import type { PresentationState } from '../state/presentation.ts';
import { renderHold, renderSlide } from '../slides/render-slide.ts';
import { deckShape } from '../slides/shape.ts';
import { clearFitted, ensureFitted, fitWhenIdle } from '../slides/fit.ts';
import { preloadDeckFonts } from '../slides/fonts.ts';
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
let shownSeq = -1;

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
  const index = Math.min(state.slideIndex, count - 1);
  const indices = reveal.getIndices();
  if (indices.h !== index || (indices.f ?? -1) !== state.fragment) reveal.slide(index, 0, state.fragment);
  document.documentElement.dataset['screen'] = state.screen;
  cover.hidden = state.screen === 'slides';
  fitCurrent();
  // The slides either side are displayed by reveal.js already: measure them now, not when the key is pressed.
  const sections = slidesRoot.children;
  fitWhenIdle([index - 1, index + 1, index + 2].map((i) => sections[i]?.querySelector<HTMLElement>('.podium-slide')));
  shownSeq = state.seq;
  document.documentElement.dataset['slideIndex'] = String(index);
  document.documentElement.dataset['slideId'] = deck.slides[index]?.id ?? '';
  document.documentElement.dataset['fragment'] = String(state.fragment);
  document.documentElement.dataset['seq'] = String(shownSeq);
}

/** Scales the slide canvas to the window exactly, centred (letterboxed on black). */
function fitCanvas(): void {
  if (!deck) return;
  const size = canvasSize(deck.meta.aspect);
  const scale = Math.min(window.innerWidth / size.width, window.innerHeight / size.height);
  const style = slidesRoot.style;
  style.setProperty('width', `${size.width}px`);
  style.setProperty('height', `${size.height}px`);
  style.setProperty('left', '50%');
  style.setProperty('top', '50%');
  style.setProperty('transform', `translate(-50%, -50%) scale(${scale})`);
}
window.addEventListener('resize', fitCanvas);

function buildSections(next: DeckModel): void {
  const fragment = document.createDocumentFragment();
  for (const slide of next.slides) {
    const section = document.createElement('section');
    section.dataset['podiumId'] = slide.id;
    section.append(frame(renderSlide(slide, next), next.meta.aspect));
    fragment.append(section);
  }
  slidesRoot.replaceChildren(fragment);
  coverBox.replaceChildren(frame(renderHold(next.meta), next.meta.aspect));
}

async function showDeck(next: DeckModel): Promise<void> {
  const first = deck === null;
  deck = next;
  applyDeckLook(document.documentElement, next.meta);
  document.title = next.meta.title;
  buildSections(next);
  fitCanvas();
  const size = canvasSize(next.meta.aspect);
  if (first) {
    performance.mark('podium:deck');
    reveal = new Reveal(revealRoot, {
      width: size.width,
      height: size.height,
      margin: 0,
      // Our own scaling (fitCanvas): reveal.js rounds its scale to two decimals, which leaves
      // a line of black at the canvas's edges on most projector resolutions.
      disableLayout: true,
      center: false,
      embedded: false,
      keyboard: false,
      keyboardCondition: () => false,
      controls: false,
      progress: false,
      slideNumber: false,
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
      transition: 'none',
      backgroundTransition: 'none',
      navigationMode: 'linear',
      viewDistance: 3,
      preloadIframes: false,
      autoPlayMedia: false,
      showNotes: false,
      hideCursorTime: 3000,
    });
    await reveal.initialize();
    performance.mark('podium:reveal');
  } else {
    reveal?.configure({ width: size.width, height: size.height });
    reveal?.sync();
  }
  sync.setDeck(deckShape(next));
  renderState(sync.current());
  if (first) {
    // The first screens are laid out (hidden, see audience.css): the browser now fetches
    // exactly the glyph subsets they use. Measure and show them once those have arrived,
    // so the hall never sees a fallback font or an unfitted title.
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
}

sync.onChange(renderState);
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
