/**
 * Steps the presentation end-to-end tests share, whichever host runs the views
 * (the browser host in Chromium, or Electron): keys, waiting for both views to show
 * a state, what each view shows, and a CSP-violation and script tripwire recorder.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface ViewState {
  index: number;
  slideId: string;
  screen: string;
  seq: number;
}

export async function viewState(page: Page): Promise<ViewState> {
  return page.evaluate(() => {
    const d = document.documentElement.dataset;
    return { index: Number(d['slideIndex']), slideId: d['slideId'] ?? '', screen: d['screen'] ?? '', seq: Number(d['seq']) };
  });
}

/** Waits until the view shows slide `index` (and `screen`, when given). */
export async function waitShown(page: Page, index: number, screen?: string): Promise<void> {
  await page.waitForFunction(
    ([i, s]) => document.documentElement.dataset['slideIndex'] === String(i) && (s === null || document.documentElement.dataset['screen'] === s),
    [index, screen ?? null] as const,
    { timeout: 10_000 },
  );
}

export async function bothShown(presenter: Page, audience: Page, index: number, screen?: string): Promise<void> {
  await Promise.all([waitShown(presenter, index, screen), waitShown(audience, index, screen)]);
}

/** Presses keys in a view (bringing it to the front as a user focusing the window would). */
export async function press(page: Page, ...keys: string[]): Promise<void> {
  await page.bringToFront();
  for (const key of keys) await page.keyboard.press(key);
}

/** The id of the slide reveal.js is showing in the audience view. */
export async function audienceSlideId(audience: Page): Promise<string | null> {
  return audience.evaluate(() => document.querySelector<HTMLElement>('.reveal .slides > section.present')?.dataset['podiumId'] ?? null);
}

/**
 * Records Content-Security-Policy violations and reads the script tripwire: payloads in
 * hostile reports set window.__pwned if they ever run. Install before the page loads.
 */
export async function installTripwire(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__csp.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} sample=${event.sample}`);
    });
  });
}

export async function tripwire(page: Page): Promise<{ pwned: unknown; csp: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __csp?: string[] };
    return { pwned: w.__pwned, csp: w.__csp ?? [] };
  });
}

/** Does any text box of the slide on screen overflow its box? Lists the offenders. */
export async function overflowingBoxes(page: Page, selector = '.reveal .slides > section.present .podium-slide'): Promise<string[]> {
  return page.evaluate((sel) => {
    const slide = document.querySelector<HTMLElement>(sel);
    if (!slide) return ['no slide on screen'];
    const boxes = [slide, ...Array.from(slide.querySelectorAll<HTMLElement>('.ps-head, .ps-section-head, .ps-body, .ps-title-block, .ps-foot'))];
    return boxes
      .filter((box) => box.scrollHeight > box.clientHeight + 2 || box.scrollWidth > box.clientWidth + 2)
      .map((box) => `${slide.dataset['slideId']} .${box.className.split(' ').join('.')}: ${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight}`);
  }, selector);
}
