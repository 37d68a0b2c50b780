/**
 * Vite plugin: the views' font manifest. For every bundled family and weight
 * (renderer/fonts/bundled-families.ts) it lists @fontsource's woff2 slices with their
 * unicode-ranges, as the virtual module `virtual:podium-font-files` whose URLs the
 * bundler resolves (and so copies the files, content-hashed). Views then register only
 * the slices their text needs, instead of parsing ~500 @font-face rules on every start.
 * The build also writes fonts.json (the same list, with built paths) for exports that
 * inline fonts (slides/export/single-html.ts), and each weight's simplified-Chinese
 * file decompressed to TrueType under font-sources/: the host cuts a small font for
 * exactly a view's text from it (slides/node/font-subsetter.ts), which the view loads
 * in one go instead of dozens of slices.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontverter from 'fontverter';
import type { Plugin } from 'vite';
import { BUNDLED_FAMILIES, FONT_MANIFEST_FILE, type BundledFamily, type FontFile, type FontManifest, type FontSource } from '../../renderer/fonts/bundled-families.ts';
import { SliceIndex, codePointRuns } from '../../renderer/fonts/unicode-range.ts';

export const FONT_FILES_MODULE = 'virtual:podium-font-files';
const RESOLVED = `\0${FONT_FILES_MODULE}`;
export { FONT_MANIFEST_FILE };

export interface SourceFontFile extends Omit<FontFile, 'url'> {
  /** Absolute path of the woff2 file in node_modules. */
  readonly path: string;
}

/** @fontsource's unicode.json keys: "[113]" for a numbered CJK slice, "latin" for a named one. */
export function sliceName(key: string): string {
  return key.replace(/^\[(.*)\]$/, '$1');
}

/** Reads each family's unicode.json: one file per weight and slice; the ranges are shared by index. */
export function listFontFiles(families: readonly BundledFamily[], packageDir: (name: string) => string): { ranges: string[]; files: SourceFontFile[] } {
  const ranges: string[] = [];
  const files: SourceFontFile[] = [];
  for (const family of families) {
    const dir = packageDir(family.package);
    const slices = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    const stem = family.package.replace(/^@fontsource\//, '');
    for (const weight of family.weights) {
      for (const [key, range] of Object.entries(slices)) {
        const name = `${stem}-${sliceName(key)}-${weight}-normal`;
        const path = join(dir, 'files', `${name}.woff2`);
        if (!existsSync(path)) throw new Error(`${family.package}: ${path} is missing (unicode.json names slice ${key}). Reinstall with npm ci.`);
        let index = ranges.indexOf(range);
        if (index < 0) index = ranges.push(range) - 1;
        files.push({ family: family.family, weight, range: index, name, path });
      }
    }
  }
  return { ranges, files };
}

function nodePackageDir(name: string): string {
  return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
}

/**
 * The virtual module's source: one `?url` import per file, so the bundler emits and
 * names them, and the slices' ranges as a ready-made lookup table (JSON.parse of numbers
 * is far quicker at start-up than parsing ~9,000 unicode-range items).
 */
export function manifestModule(list: { ranges: string[]; files: SourceFontFile[] }): string {
  const imports = list.files.map((file, i) => `import f${i} from ${JSON.stringify(`${file.path}?url`)};`);
  const files = list.files.map((file, i) => `{family:${JSON.stringify(file.family)},weight:${file.weight},range:${file.range},name:${JSON.stringify(file.name)},url:f${i}}`);
  const table = JSON.stringify(JSON.stringify(SliceIndex.fromDescriptors(list.ranges).toTable()));
  return `${imports.join('\n')}\nexport const FONT_MANIFEST = {table:JSON.parse(${table}),files:[${files.join(',\n')}]};\n`;
}

/** Each weight's whole simplified-Chinese file (woff2 in the package). */
export function listFontSources(families: readonly BundledFamily[], packageDir: (name: string) => string): Array<Omit<FontSource, 'unicodes'> & { path: string }> {
  return families.flatMap((family) => {
    const stem = family.package.replace(/^@fontsource\//, '');
    return family.weights.map((weight) => {
      const path = join(packageDir(family.package), 'files', `${stem}-chinese-simplified-${weight}-normal.woff2`);
      if (!existsSync(path)) throw new Error(`${family.package}: ${path} is missing. Reinstall with npm ci.`);
      return { family: family.family, weight, file: `font-sources/${stem}-${weight}.ttf`, path };
    });
  });
}

/** The characters a TrueType source has (its cmap, read by HarfBuzz), as fonts.json keeps them. */
export async function sourceCoverage(sfnt: Uint8Array): Promise<number[]> {
  const hb = await import('harfbuzzjs');
  // Build time only, once per source: what harfbuzzjs keeps of the face is let go with the build's process.
  return codePointRuns(new hb.Face(new hb.Blob(sfnt)).collectUnicodes());
}

export function fontFilesPlugin(families: readonly BundledFamily[] = BUNDLED_FAMILIES): Plugin {
  let list: { ranges: string[]; files: SourceFontFile[] } | undefined;
  const load = (): { ranges: string[]; files: SourceFontFile[] } => (list ??= listFontFiles(families, nodePackageDir));
  return {
    name: 'podium-font-files',
    resolveId: (source) => (source === FONT_FILES_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? manifestModule(load()) : undefined),
    async generateBundle(_options, bundle) {
      const built = new Map<string, string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !output.fileName.endsWith('.woff2')) continue;
        for (const original of output.originalFileNames) built.set(original.replace(/\\/g, '/').split('/').pop() ?? '', output.fileName);
      }
      const files: FontFile[] = load().files.map(({ path: _path, ...file }) => {
        const url = built.get(`${file.name}.woff2`);
        if (!url) throw new Error(`The build did not emit ${file.name}.woff2 (imported from the font manifest).`);
        return { ...file, url };
      });
      const sources = listFontSources(families, nodePackageDir);
      const sourcesBuilt: FontSource[] = [];
      for (const { path, ...source } of sources) {
        const sfnt = new Uint8Array(await fontverter.convert(readFileSync(path), 'sfnt'));
        this.emitFile({ type: 'asset', fileName: source.file, source: sfnt });
        sourcesBuilt.push({ ...source, unicodes: await sourceCoverage(sfnt) });
      }
      const manifest: FontManifest = { ranges: load().ranges, table: SliceIndex.fromDescriptors(load().ranges).toTable(), files, sources: sourcesBuilt };
      this.emitFile({ type: 'asset', fileName: FONT_MANIFEST_FILE, source: JSON.stringify(manifest) });
    },
  };
}
