/**
 * The bundled fonts (the slides' own set from renderer/slides/fonts.ts plus the
 * serif's regular weight for running text), and loading exactly the subsets a document needs before it is
 * measured: @fontsource splits each CJK font into ~100 unicode-range files, and the
 * browser fetches a file only for text it has laid out, so measuring first would
 * measure fallback glyphs.
 */
import '../slides/fonts.ts';
// Print sets running text (reading copy, official copy, notes) in the serif's regular weight too.
import '@fontsource/noto-serif-sc/400.css';

const FACES = ['400 16px "Noto Sans SC"', '700 16px "Noto Sans SC"', '400 16px "Noto Serif SC"', '700 16px "Noto Serif SC"', '900 16px "Noto Serif SC"'];

export async function loadFontsFor(text: string): Promise<void> {
  const distinct = [...new Set(text)].join('');
  await Promise.all(FACES.map((face) => document.fonts.load(face, distinct)));
  await document.fonts.ready;
}
