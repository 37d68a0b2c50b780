/**
 * Hand-written slide bodies (explicit Markdown decks), rendered by markdown-engine.ts.
 * The engine (marked and DOMPurify, ~60 ms to start) is loaded only for a deck that has
 * such bodies: a deck made from a report has none, and its views start without it.
 */
import type { DeckModel } from '../../slides/core/model.ts';
import type * as MarkdownEngineModule from './markdown-engine.ts';

/** Class names a report may use: plain tokens only (fragment, fade-up, r-fit-text, …). */
const CLASS_TOKEN = /^[A-Za-z][\w-]{0,40}$/;
export function safeClassList(value: string): string[] {
  return value.split(/\s+/).filter((token) => CLASS_TOKEN.test(token));
}

/** `class="fragment fade-up" data-fragment-index="2"` → checked attributes only. */
export function parseAttributeComment(text: string): Array<[string, string]> {
  const result: Array<[string, string]> = [];
  const pattern = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g;
  for (const match of text.matchAll(pattern)) {
    const name = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (name === 'class') {
      const tokens = safeClassList(value);
      if (tokens.length) result.push(['class', tokens.join(' ')]);
    } else if (name === 'data-fragment-index' && /^\d{1,3}$/.test(value)) {
      result.push([name, value]);
    }
  }
  return result;
}

/** Number of fragment steps in a body: elements sharing a data-fragment-index are one step. */
export function countFragments(root: ParentNode): number {
  const steps = new Set<string>();
  let unnumbered = 0;
  for (const el of Array.from(root.querySelectorAll('.fragment'))) {
    const index = el.getAttribute('data-fragment-index');
    if (index === null) unnumbered += 1;
    else steps.add(index);
  }
  return steps.size + unnumbered;
}

type MarkdownEngine = typeof MarkdownEngineModule;
let engine: MarkdownEngine | undefined;

export function deckUsesMarkdown(deck: DeckModel): boolean {
  return deck.slides.some((slide) => slide.body !== undefined);
}

/** Loads the Markdown engine if the deck needs it; call before rendering the deck's slides. */
export async function prepareMarkdown(deck: DeckModel): Promise<void> {
  if (!engine && deckUsesMarkdown(deck)) engine = await import('./markdown-engine.ts');
}

/** Sanitised DOM for a slide's hand-written Markdown body (after prepareMarkdown). */
export function renderMarkdownBody(markdown: string, doc: Document = document): DocumentFragment {
  if (!engine) throw new Error('Podium: a Markdown body was rendered before prepareMarkdown(deck) loaded the engine.');
  return engine.renderMarkdownBody(markdown, doc);
}
