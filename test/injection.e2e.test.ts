/**
 * Hostile report text never runs. A deck (test/fixtures/injection-deck.md) carries
 * script, event-handler, javascript: URL, SVG, CSS, form, meta-refresh, base and mXSS
 * payloads in its front matter, titles, points, hand-written bodies and notes; each
 * would set window.__pwned or fetch from another origin. Every slide is shown in both
 * views, searched and listed in the outline; the tripwire stays unset, no dialog opens,
 * no request leaves the app's origin and the CSP reports nothing from the live page.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { screenshot, startApp } from './support/views.ts';
import { bothShown, press, tripwire } from './support/present-steps.ts';

const DECK = fileURLToPath(new URL('./fixtures/injection-deck.md', import.meta.url));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('report text with script and HTML payloads', () => {
  it('never executes in the audience or presenter view', async () => {
    const app = await startApp(browser, { file: DECK });
    const { presenter, audience } = app;
    try {
      const deck = app.host.session.current?.deck;
      if (!deck) throw new Error('the injection deck did not compile');
      await press(presenter, 'ArrowRight');
      for (let i = 0; i < deck.slides.length; i += 1) {
        await press(presenter, String(i + 1), 'Enter');
        await bothShown(presenter, audience, i, 'slides');
        // Step through any fragments too, so every element has been shown.
        await press(presenter, 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft');
      }
      await press(presenter, '2', 'Enter');
      await bothShown(presenter, audience, 1, 'slides');
      await screenshot(audience, 'audience-injection-deck');
      await presenter.locator('#btn-outline').click();
      await presenter.locator('#btn-outline').click();
      await press(presenter, 'Control+f');
      await presenter.locator('#search-input').fill('window');
      await presenter.locator('#search-input').fill('<img');
      await presenter.locator('#search-input').press('Escape');
      await press(presenter, 'h');
      await bothShown(presenter, audience, 1, 'hold');
      await audience.waitForTimeout(300);

      for (const page of [presenter, audience]) {
        const wire = await tripwire(page);
        expect(wire.pwned).toBeUndefined();
        // The sanitiser parses report HTML in an inert document (DOMParser), which Chromium
        // holds to the page's CSP: an inline handler or <base> there is reported as blocked,
        // though that document never runs or loads anything. Any other violation would be
        // something that tried to load or run in the live page.
        const live = wire.csp.filter((v) => !/^(script-src-attr inline|base-uri http:\/\/evil\.example\/) at \S+\/assets\/markdown-/.test(v));
        expect(live).toEqual([]);
        // No element of report origin carries a handler, a script, a frame or a link out (the export
        // dialog's form is the presenter's own).
        expect(await page.locator('script:not([src]), iframe, object, embed, form:not(#export-form), base, [onerror], [onload], [onclick], [ontoggle], a[href^="javascript"]').count()).toBe(0);
        expect(await page.locator('img[src^="http"], [style*="evil"]').count()).toBe(0);
      }
      // Payload text shows as text where the report put text: the hold screen shows the meeting title literally.
      expect(await audience.locator('#cover .ps-title').textContent()).toContain('<img src=x onerror=');
      expect(await presenter.locator('#notes').textContent()).toContain('<a href=');
      expect(app.dialogs).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
      // Chromium also logs each of those blocked parse-time attempts; the violation records
      // above (which name their source) are what is checked.
      expect(app.pageErrors.filter((e) => !e.includes('violates the following Content Security Policy directive'))).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
