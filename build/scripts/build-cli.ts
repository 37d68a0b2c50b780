/**
 * `npm run build:cli` (also npm's `prepare`, so `npm ci` leaves a working `podium`):
 * compiles the command line to plain JavaScript in dist/cli/, so the bin starts Node on
 * ready code instead of compiling TypeScript at every start.
 * - ESM with code splitting: main.js holds only the argument parser and the errors; each
 *   command (and what only it needs: the PDF driver, the PPTX writer, …) is a chunk that
 *   loads when that command runs, as the sources' dynamic imports say.
 * - npm packages stay imports (they are dependencies, installed beside the package), except
 *   BUNDLED_PACKAGES: small pure-JavaScript ones on the way of every command, compiled into the
 *   chunks because loading them as packages costs more than their work (yaml alone is ~70
 *   CommonJS files: 20–40 ms of module resolution, compilation and ESM interop per start).
 * - Paths into the package (package.json, dist/renderer) are found from slides/node/package-root.ts,
 *   which walks up to the package's folder, so they hold in the chunks as in the sources.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI_OUT_DIR = path.join(REPO_ROOT, 'dist/cli');
/** The entry the bin imports. */
export const CLI_ENTRY = path.join(CLI_OUT_DIR, 'main.js');

/**
 * Packages compiled into the CLI's chunks instead of imported from node_modules: plain
 * JavaScript that reads no file of its own package, used by `info`, `build` or `export`
 * on every run. The rest (the PDF driver, HarfBuzz, pdf.js, jsdom, pptxgenjs, …) load files
 * beside themselves or only for some inputs, and stay imports.
 */
export const BUNDLED_PACKAGES = ['commander', 'yaml', 'diff', 'image-size'] as const;

/** Every package the manifest names except BUNDLED_PACKAGES, with its subpaths: esbuild's `external`. */
function externalPackages(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.optionalDependencies });
  return names.filter((name) => !(BUNDLED_PACKAGES as readonly string[]).includes(name)).flatMap((name) => [name, `${name}/*`]);
}

/** The oldest Node the package supports (package.json engines). */
const NODE_TARGET = 'node20.19';

export async function buildCli(outDir = CLI_OUT_DIR): Promise<{ files: string[] }> {
  await rm(outDir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { main: path.join(REPO_ROOT, 'slides/cli/main.ts') },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: NODE_TARGET,
    external: externalPackages(),
    // Bundled CommonJS packages require Node's built-ins; an ES module has no `require` of its own.
    banner: { js: "import { createRequire as __podiumCreateRequire } from 'node:module';\nconst require = __podiumCreateRequire(import.meta.url);" },
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  return { files: Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js')) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { files } = await buildCli();
  console.log(`built ${path.relative(REPO_ROOT, CLI_ENTRY)} (${files.length} files)`);
}
