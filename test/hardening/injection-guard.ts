/**
 * The tripwires the injection tests read in every page: the value a payload would set
 * (window.__pwned, also from a nested frame through top), dialogs, requests to a payload's
 * marker path or to any origin but the page's own, CSP violations, and markup the sanitiser
 * should never have let into the live DOM (event-handler attributes, script URLs, frames,
 * <base>, <meta refresh>, inline scripts that mention the wire).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { installTripwire } from '../support/present-steps.ts';

export interface Guard {
  dialogs: string[];
  /** Requests outside `allowed` (another origin) or to a payload's /pwned/ marker path. */
  offending: string[];
  pageErrors: string[];
}

/** Records what crosses the line in every page of `context`; `allowed` says which URLs are the app's own. */
export async function guardContext(context: BrowserContext, allowed: (url: string) => boolean): Promise<Guard> {
  const guard: Guard = { dialogs: [], offending: [], pageErrors: [] };
  await installTripwire(context);
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!allowed(url) || url.includes('/pwned/')) guard.offending.push(url);
  });
  context.on('page', (page) => watchPage(page, guard));
  return guard;
}

function watchPage(page: Page, guard: Guard): void {
  page.on('dialog', (dialog) => {
    guard.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => guard.pageErrors.push(error.message));
}

export interface PageFindings {
  pwned: unknown;
  dangerous: string[];
}

/** What the page shows of the payloads: the wire's value and any dangerous markup in the live DOM. */
export function pageFindings(page: Page): Promise<PageFindings> {
  return page.evaluate(() => {
    const dangerous: string[] = [];
    const scriptUrl = /^\s*(?:javascript|vbscript|livescript)\s*:|^\s*data:\s*(?:text\/html|image\/svg\+xml|text\/javascript|application\/(?:x-)?javascript)/i;
    const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc', 'data-src', 'data-background-iframe', 'data-background-image', 'data-background-video', 'ping', 'srcset']);
    const walk = (root: Document | ShadowRoot): void => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const tag = element.tagName.toLowerCase();
        if (['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'applet'].includes(tag)) dangerous.push(`<${tag}>`);
        if (tag === 'meta' && /refresh/i.test(element.getAttribute('http-equiv') ?? '')) dangerous.push('<meta http-equiv=refresh>');
        if (tag === 'script' && !/json/i.test(element.getAttribute('type') ?? '') && /pwned/.test(element.textContent ?? '')) dangerous.push('<script> with a payload');
        for (const attribute of Array.from(element.attributes)) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on')) dangerous.push(`<${tag} ${name}="${attribute.value.slice(0, 40)}">`);
          else if (urlAttributes.has(name) && (scriptUrl.test(attribute.value) || attribute.value.includes('evil.example'))) dangerous.push(`<${tag} ${name}="${attribute.value.slice(0, 60)}">`);
          else if (name === 'style' && /url\(|expression\(|behavior:/i.test(attribute.value) && /evil|pwned|expression|behavior/i.test(attribute.value)) dangerous.push(`<${tag} style="${attribute.value.slice(0, 60)}">`);
        }
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, dangerous };
  });
}
