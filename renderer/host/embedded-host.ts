/**
 * Host for a page that carries its own deck: the static deck of `podium build` (deck.js)
 * and the single-file HTML export (<script type="application/json" id="podium-deck">),
 * see embedded-names.ts. No server behind it: the deck never changes and no other file
 * can be opened; settings and rehearsals stay in the browser's storage, as with the
 * browser host.
 */
import type { DeckModel, DeckSource, DeckUpdate, Host } from '../../electron/common/contract.ts';
import { createBrowserHost } from './browser-client.ts';
import { DECK_SCRIPT_GLOBAL, EMBEDDED_DECK_ELEMENT_ID } from './embedded-names.ts';
import { deckErrorDetails } from '../../slides/core/errors.ts';

export { EMBEDDED_DECK_ELEMENT_ID };

const isDeck = (value: unknown): value is DeckModel => Array.isArray((value as DeckModel | undefined)?.slides);

/** The deck this page carries, or undefined when there is none (or it is not valid JSON). */
export function embeddedDeck(doc: Document = document): DeckModel | undefined {
  const fromScript = (doc.defaultView as (Window & { [DECK_SCRIPT_GLOBAL]?: unknown }) | null)?.[DECK_SCRIPT_GLOBAL];
  if (fromScript !== undefined) return isDeck(fromScript) ? fromScript : undefined;
  const element = doc.getElementById(EMBEDDED_DECK_ELEMENT_ID);
  if (!element || element.getAttribute('type') !== 'application/json') return undefined;
  try {
    const deck = JSON.parse(element.textContent ?? '') as unknown;
    return isDeck(deck) ? deck : undefined;
  } catch {
    return undefined;
  }
}

export function createEmbeddedHost(deck: DeckModel): Host {
  const storage = createBrowserHost();
  const source: DeckSource = { path: deck.meta.source.name, name: deck.meta.source.name, watched: false };
  const update: DeckUpdate = { ok: true, deck, source, revision: 1 };
  const cannotOpen = (file: string): DeckUpdate => ({
    ok: false,
    error: deckErrorDetails({ code: 'UNSUPPORTED', file, message: { key: 'error.offline.open' }, hint: { key: 'error.offline.open.hint' } }),
    source,
    revision: 1,
  });
  const readOnly = (file: string) => deckErrorDetails({ code: 'EDIT', file, message: { key: 'error.offline.edit' }, hint: { key: 'error.offline.edit.hint' } });
  return {
    ...storage,
    currentDeck: async () => update,
    // The embedded deck never changes: nothing to listen to (and no server to ask).
    onDeckUpdate: () => () => undefined,
    openDialog: async () => cannotOpen(deck.meta.source.name),
    openBytes: async (name) => cannotOpen(name),
    openRecent: async (path) => cannotOpen(path),
    recentFiles: async () => [],
    // No host to cut fonts: the views load the bundled slices (inlined in a single-file export).
    fontsFor: async () => null,
    // An offline copy has the slides only: no editor, teleprompter or rehearsal pages beside it.
    showView: async () => undefined,
    editDeck: async () => ({ ok: false, error: readOnly(deck.meta.source.name) }),
    addPicture: async (name) => ({ ok: false, error: readOnly(name) }),
    importRevision: async () => ({ ok: false, error: readOnly(deck.meta.source.name) }),
    exportFormats: async () => ({ ok: false, cancelled: false, message: 'This offline copy cannot export: open the report in the Podium app, or use "podium export <file> --format all -o <folder>".', files: [] }),
  };
}
