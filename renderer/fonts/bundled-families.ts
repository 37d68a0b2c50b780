/**
 * The fonts Podium ships (no system font, no network): the @fontsource packages of Noto
 * Sans SC and Noto Serif SC, each cut by unicode-range into ~100 woff2 files. The build
 * (build/vite/font-files-plugin.ts) turns this list into the views' font manifest; the
 * views register and load only the files their text needs (registry.ts).
 */
export interface BundledFamily {
  /** The npm package holding the files and their unicode.json. */
  readonly package: string;
  /** The CSS family name the stylesheets use. */
  readonly family: string;
  readonly weights: readonly number[];
}

export const BUNDLED_FAMILIES: readonly BundledFamily[] = [
  { package: '@fontsource/noto-sans-sc', family: 'Noto Sans SC', weights: [400, 700] },
  // 400 for running text in print; 700/900 for titles.
  { package: '@fontsource/noto-serif-sc', family: 'Noto Serif SC', weights: [400, 700, 900] },
];

/** One woff2 file: one weight of a family for one unicode-range slice. */
export interface FontFile {
  readonly family: string;
  readonly weight: number;
  /** Index into the manifest's unicode-range list (the slices are shared by all weights). */
  readonly range: number;
  /** The file's stem, e.g. "noto-sans-sc-113-400-normal": the key exports use to inline it. */
  readonly name: string;
  readonly url: string;
}

/**
 * One weight of a family as a single TrueType file holding the simplified-Chinese set
 * (about 7,900 characters, ASCII included): what the host cuts per-text subsets from.
 */
export interface FontSource {
  readonly family: string;
  readonly weight: number;
  /** Path relative to the renderer folder. */
  readonly file: string;
  /** The characters it has, as codePointRuns (unicode-range.ts): a host cuts fonts without reading the font's cmap first. */
  readonly unicodes: readonly number[];
}

/** The manifest's file name in the renderer build. */
export const FONT_MANIFEST_FILE = 'fonts.json';

/** What the build emits as fonts.json beside the pages, for the host and for exports that inline fonts. */
export interface FontManifest {
  readonly ranges: readonly string[];
  /** The same ranges as SliceIndex.toTable(), so Node readers need not parse ~9,000 descriptors (absent in builds before it). */
  readonly table?: readonly number[];
  /** `url` is the built file's path relative to the renderer folder. */
  readonly files: readonly FontFile[];
  readonly sources: readonly FontSource[];
}

export type { FaceSpec } from '../../electron/common/contract.ts';
