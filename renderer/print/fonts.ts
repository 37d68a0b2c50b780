/**
 * The bundled fonts (the slides' own set from renderer/slides/fonts.ts plus the
 * serif's regular weight for running text), and loading exactly the subsets a layout
 * needs before it is measured: @fontsource splits each CJK font into ~100
 * unicode-range files and the browser fetches one only for text it has laid out, so
 * measuring first would measure fallback glyphs. Each face is loaded only for the
 * text set in it: decoding and embedding fewer subsets makes exports faster.
 */
import '../slides/fonts.ts';
import '@fontsource/noto-serif-sc/400.css';

export const FACE = {
  sans: '400 16px "Noto Sans SC"',
  sansBold: '700 16px "Noto Sans SC"',
  serif: '400 16px "Noto Serif SC"',
  serifBold: '700 16px "Noto Serif SC"',
} as const;

export async function loadFaces(faces: readonly string[], text: string): Promise<void> {
  const distinct = [...new Set(text)].join('');
  if (!distinct.trim()) return;
  await Promise.all(faces.map((face) => document.fonts.load(face, distinct)));
}
