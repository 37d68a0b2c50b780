/**
 * Where a page finds a deck it carries (no host behind it), shared by the renderer and
 * the Node code that writes such pages:
 * - the single-file export embeds it as <script type="application/json" id="podium-deck">;
 * - a static deck (`podium build`) writes it once as deck.js, a classic script every page
 *   loads (file:// pages cannot fetch JSON), which sets `window.podiumDeck`.
 */
export const EMBEDDED_DECK_ELEMENT_ID = 'podium-deck';
export const DECK_SCRIPT_GLOBAL = 'podiumDeck';
export const DECK_SCRIPT_FILE = 'deck.js';
