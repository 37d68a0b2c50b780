/**
 * The bundled fonts (no system font, no network): @fontsource splits each CJK font
 * into ~100 unicode-range files that Vite bundles; the browser loads a file only for
 * characters it lays out. Text must be measured (fit.ts) with the real glyphs, so
 * views wait for the subsets their text needs before fitting.
 */
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
