/**
 * `npm run build:electron`: bundles the main process and the preload with esbuild.
 * - main → dist/electron/main/main.js, ESM (the package is "type": "module"), with the
 *   project's own TypeScript (slides/, electron/common) inlined and npm packages left
 *   as imports (electron-builder ships the production dependencies beside it);
 * - preload → dist/electron/preload/preload.cjs, ONE CommonJS file: a sandboxed
 *   preload may require only `electron`, so everything else must be inlined;
 * - the bundled deck (slides/default) → dist/electron/default, where slides/node/bundled.ts
 *   resolves it relative to the bundle.
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { LAZILY_REQUIRED as DECODING_LAZILY_REQUIRED } from '../../slides/node/decode-text.ts';
import { LAZILY_REQUIRED as HARFBUZZ_LAZILY_REQUIRED } from '../../slides/node/hb-subset.ts';
import { LAZILY_REQUIRED as PICTURES_LAZILY_REQUIRED } from '../../slides/node/pictures.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Syntax targets for the engines in Electron 45 (package.json pins electron 45.5.0), as read in
 * electron/electron's DEPS: the 45 line's nightlies (v45.0.0-nightly.20260702 … 20260821) carry
 * Node v24.18.x and Chromium 151 → 153.0.8001.0, after Electron 44 (Chromium 152.0.7977, Node
 * v24.18.1). A release line only moves to later Chromium and Node versions, so Node 24 in main and
 * Chromium 153 in the renderers are safe floors for every 45.x. (This comment used to say Node 22
 * and Chromium 140, which is Electron 38.)
 */
export const ELECTRON_TARGETS = { main: 'node24', preload: 'chrome153' } as const;

export interface ElectronBuild {
  outDir: string;
  main: string;
  preload: string;
  /** Bare module specifiers the main bundle imports at run time (npm packages and node: built-ins). */
  mainImports: string[];
  preloadImports: string[];
}

function externalImports(metafile: Metafile): string[] {
  const found = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const item of output.imports) if (item.external) found.add(item.path);
  }
  return [...found].sort();
}

/** The packages the bundled modules named in `lazy` require at run time, for those the bundle holds. */
function lazilyRequired(metafile: Metafile, lazy: Record<string, readonly string[]>): string[] {
  const inputs = Object.keys(metafile.inputs);
  return Object.entries(lazy).flatMap(([module, packages]) => (inputs.some((input) => input.endsWith(module)) ? packages : []));
}

export async function buildElectron(outDir = path.join(REPO_ROOT, 'dist/electron')): Promise<ElectronBuild> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const main = path.join(outDir, 'main/main.js');
  const preload = path.join(outDir, 'preload/preload.cjs');

  const [mainResult, preloadResult] = await Promise.all([
    build({
      entryPoints: [path.join(REPO_ROOT, 'electron/main/main.ts')],
      outfile: main,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: ELECTRON_TARGETS.main,
      packages: 'external',
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'warning',
    }),
    build({
      entryPoints: [path.join(REPO_ROOT, 'electron/preload/preload.ts')],
      outfile: preload,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: ELECTRON_TARGETS.preload,
      external: ['electron'],
      sourcemap: 'inline',
      metafile: true,
      logLevel: 'warning',
    }),
  ]);

  await cp(path.join(REPO_ROOT, 'slides/default'), path.join(outDir, 'default'), { recursive: true });

  return {
    outDir,
    main,
    preload,
    // Packages required only when first needed, which esbuild cannot see: jsdom and DOMPurify when an SVG is
    // sanitised (slides/node/pictures.ts), iconv-lite when a report is not Unicode (slides/node/decode-text.ts),
    // harfbuzzjs's subsetter wasm when a font is first cut (slides/node/hb-subset.ts).
    mainImports: [...new Set([
      ...externalImports(mainResult.metafile),
      ...lazilyRequired(mainResult.metafile, { 'slides/node/pictures.ts': PICTURES_LAZILY_REQUIRED, 'slides/node/decode-text.ts': DECODING_LAZILY_REQUIRED, 'slides/node/hb-subset.ts': HARFBUZZ_LAZILY_REQUIRED }),
    ])].sort(),
    preloadImports: externalImports(preloadResult.metafile),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await buildElectron();
  console.log(`built ${path.relative(REPO_ROOT, result.main)} and ${path.relative(REPO_ROOT, result.preload)}`);
}
