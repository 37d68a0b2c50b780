/**
 * Which of the renderer's bundled font slices (fonts.json, from build/vite/font-files-plugin.ts)
 * a deck's pages can need: those whose unicode-range holds a character of the deck, of the
 * views' own words (classic-scripts.json's text) or of printable ASCII. A static deck copies
 * only these; the single-file export inlines only these.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { FONT_MANIFEST_FILE } from '../../renderer/fonts/bundled-families.ts';
import type { FontFile, FontManifest } from '../../renderer/fonts/bundled-families.ts';
import { SliceIndex, codePointsOf } from '../../renderer/fonts/unicode-range.ts';

const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

export interface FontSlices {
  /** Every slice file in the build. */
  all: readonly FontFile[];
  /** The ones the text needs. */
  needed: readonly FontFile[];
}

/** The slices `texts` need; undefined when the build has no fonts.json (a renderer without bundled fonts). */
export async function fontSlicesFor(rendererDir: string, texts: readonly string[]): Promise<FontSlices | undefined> {
  const json = await readFile(resolve(rendererDir, FONT_MANIFEST_FILE), 'utf8').catch(() => undefined);
  if (json === undefined) return undefined;
  const manifest = JSON.parse(json) as FontManifest;
  const used = codePointsOf(texts.join('') + PRINTABLE_ASCII);
  const index = manifest.table ? SliceIndex.fromTable(manifest.table) : SliceIndex.fromDescriptors(manifest.ranges);
  const slices = index.slicesOf(used);
  return { all: manifest.files, needed: manifest.files.filter((file) => slices.has(file.range)) };
}
