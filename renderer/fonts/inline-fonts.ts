/**
 * Where a single-file export carries its font slices: a JSON object of data: URLs by
 * file name in <script type="application/json" id="podium-fonts">.
 */
export const INLINE_FONTS_ELEMENT_ID = 'podium-fonts';
