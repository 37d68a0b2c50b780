/**
 * Generated at build time by build/vite/font-files-plugin.ts from bundled-families.ts.
 * Its files are FontFile's (ambient modules cannot import it by relative path).
 */
declare module 'virtual:podium-font-files' {
  export const FONT_MANIFEST: {
    /** SliceIndex.toTable() of the slices' unicode-ranges: FontFile.range indexes them. */
    readonly table: readonly number[];
    readonly files: ReadonlyArray<{ readonly family: string; readonly weight: number; readonly range: number; readonly name: string; readonly url: string }>;
  };
}
