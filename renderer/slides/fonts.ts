/**
 * The bundled fonts (no system font, no network): @fontsource splits each CJK font
 * into ~100 unicode-range files that Vite bundles; the browser loads a file only for
 * characters it lays out. Text must be measured (fit.ts) with the real glyphs, so
 * views wait for the subsets their text needs before fitting.
 */
import type { DeckModel } from '../../slides/core/model.ts';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/noto-serif-sc/700.css';
import '@fontsource/noto-serif-sc/900.css';

const FACES = ['400 16px "Noto Sans SC"', '700 16px "Noto Sans SC"', '700 16px "Noto Serif SC"', '900 16px "Noto Serif SC"'];

export async function loadFontsFor(text: string): Promise<void> {
  const distinct = [...new Set(text)].join('');
  if (!distinct.trim()) return;
  await Promise.all(FACES.map((face) => document.fonts.load(face, distinct)));
}

/** All the text a slide shows, for loadFontsFor. */
export function slideText(root: HTMLElement): string {
  return root.textContent ?? '';
}

/** Everything a deck's slides show (not the notes), for loading its glyphs ahead of the show. */
export function deckSlideText(deck: DeckModel): string {
  const parts = [deck.meta.title, deck.meta.subtitle ?? '', ...(deck.meta.byline ?? [])];
  for (const slide of deck.slides) parts.push(slide.title, slide.subtitle ?? '', slide.overline ?? '', ...slide.points, slide.body ?? '');
  for (const section of deck.sections) parts.push(section.label, section.title);
  return parts.join('');
}

/**
 * Loads, in the background, the glyphs of every slide: a glyph subset first needed in
 * the middle of the show would be fetched, decoded and laid out again right as the key
 * is pressed. Done once per deck, while the hold screen is up.
 */
export function preloadDeckFonts(deck: DeckModel, extra = ''): void {
  setTimeout(() => void loadFontsFor(deckSlideText(deck) + extra), 0);
}
