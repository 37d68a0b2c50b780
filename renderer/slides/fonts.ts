/**
 * The slides' faces and the text they show, for loading glyphs (fonts/registry.ts)
 * before a slide is measured (fit.ts) or shown.
 */
import type { DeckModel } from '../../slides/core/model.ts';
import { loadFaces, registerAllFacesWhenIdle, type FaceSpec } from '../fonts/registry.ts';

/** Text in sans 400/700 (points, labels), titles in serif 700/900 (official) or sans 700. */
const SLIDE_FACES: readonly FaceSpec[] = [
  { family: 'Noto Sans SC', weight: 400 },
  { family: 'Noto Sans SC', weight: 700 },
  { family: 'Noto Serif SC', weight: 700 },
  { family: 'Noto Serif SC', weight: 900 },
];

export function loadFontsFor(text: string): Promise<void> {
  return loadFaces(SLIDE_FACES, text);
}

/** Everything a deck's slides show (not the notes), for loading its glyphs ahead of the show. */
export function deckSlideText(deck: DeckModel): string {
  const parts = [deck.meta.title, deck.meta.subtitle ?? '', ...(deck.meta.byline ?? [])];
  for (const slide of deck.slides) parts.push(slide.title, slide.subtitle ?? '', slide.overline ?? '', ...slide.points, slide.body ?? '', ...(slide.table?.rows.flat() ?? []));
  for (const section of deck.sections) parts.push(section.label, section.title);
  return parts.join('');
}

/**
 * Loads, when the view is idle, the glyphs of every slide (and `extra` text): a slice
 * first needed in the middle of the show would be fetched, decoded and laid out again
 * right as the key is pressed. Then registers the remaining slices for text to come.
 */
export function preloadDeckFonts(deck: DeckModel, extra = ''): void {
  requestIdleCallback(() => void loadFontsFor(deckSlideText(deck) + extra).then(registerAllFacesWhenIdle), { timeout: 1000 });
}
