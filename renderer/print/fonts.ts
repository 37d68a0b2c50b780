/**
 * The print pages' faces: the slides' own set (renderer/slides/fonts.ts) plus the
 * serif's regular weight for running text. Each face is loaded only for the text set
 * in it: decoding and embedding fewer slices makes exports faster, and text must be
 * measured with its real glyphs, so pages load before they paginate.
 */
import type { FaceSpec } from '../fonts/registry.ts';

export { loadFaces } from '../fonts/registry.ts';

export const FACE = {
  sans: { family: 'Noto Sans SC', weight: 400 },
  sansBold: { family: 'Noto Sans SC', weight: 700 },
  serif: { family: 'Noto Serif SC', weight: 400 },
  serifBold: { family: 'Noto Serif SC', weight: 700 },
} as const satisfies Record<string, FaceSpec>;
