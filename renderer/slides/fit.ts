/**
 * Text never overflows a slide: each text box is laid out at full size first; when it
 * overflows, its font scale (a CSS variable the themes multiply every size by) is
 * narrowed down by bisection until it fits. Sizes are layout pixels of the unscaled
 * slide canvas, so the result does not depend on the window's size.
 */

const MIN_SCALE = 0.4;
const STEPS = 7;

function overflowsItself(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}

/** The box overflows, or one of its key-figure cards does (a figure never wraps, so its card can be too narrow). */
function overflows(box: HTMLElement): boolean {
  return overflowsItself(box) || Array.from(box.querySelectorAll<HTMLElement>('.ps-card')).some(overflowsItself);
}

/** Largest scale in [MIN_SCALE, 1] at which `box` does not overflow, written to `variable` on `root`. */
function fitVariable(root: HTMLElement, variable: string, box: HTMLElement): number {
  root.style.setProperty(variable, '1');
  if (!overflows(box)) return 1;
  let low = MIN_SCALE;
  let high = 1;
  for (let i = 0; i < STEPS; i += 1) {
    const mid = (low + high) / 2;
    root.style.setProperty(variable, mid.toFixed(4));
    if (overflows(box)) high = mid;
    else low = mid;
  }
  root.style.setProperty(variable, low.toFixed(4));
  return low;
}

/** Fits the slide's title box, then its body, to the space the theme gives them. Needs layout (the slide displayed). */
export function fitSlide(slide: HTMLElement): void {
  if (!slide.isConnected) return;
  const head = slide.querySelector<HTMLElement>('.ps-head, .ps-section-head, .ps-title-block');
  if (head) fitVariable(slide, '--fit-title', head.classList.contains('ps-title-block') ? slide : head);
  const body = slide.querySelector<HTMLElement>('.ps-body');
  if (body) fitVariable(slide, '--fit-body', body);
  // A slide that is not displayed has no size: leave it unmarked, to be fitted when shown.
  if (slide.clientHeight > 0) slide.dataset['fitted'] = '1';
}

/** Fits slides ahead of time, when the browser is idle, so showing them later costs no measuring. */
export function fitWhenIdle(slides: Iterable<HTMLElement | null | undefined>): void {
  const pending = [...slides].filter((s): s is HTMLElement => !!s && s.dataset['fitted'] !== '1');
  if (!pending.length) return;
  const run = (): void => {
    for (const slide of pending) ensureFitted(slide);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 500 });
  else setTimeout(run, 50);
}

/** Fits once; `refit` clears the mark (for example when the bundled fonts finish loading). */
export function ensureFitted(slide: HTMLElement): void {
  if (slide.dataset['fitted'] !== '1') fitSlide(slide);
}

export function clearFitted(root: ParentNode): void {
  for (const slide of Array.from(root.querySelectorAll<HTMLElement>('.podium-slide[data-fitted]'))) delete slide.dataset['fitted'];
}
