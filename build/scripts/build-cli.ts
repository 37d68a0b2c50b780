/**
 * `npm run build:cli` (also npm's `prepare`, so `npm ci` leaves a working `podium`):
 * compiles the command line to plain JavaScript in dist/cli/, so the bin starts Node on
 * ready code instead of compiling TypeScript at every start.
 * - ESM with code splitting: main.js holds only the argument parser and the errors; each
 *   command (and what only it needs: the PDF driver, the PPTX writer, …) is a chunk that
 *   loads when that command runs, as the sources' dynamic imports say.
 * - npm packages stay imports (they are dependencies, installed beside the package);
 *   only the project's own TypeScript is compiled in.
 * - Paths into the package (package.json, dist/renderer) are found from slides/node/package-root.ts,
 *   which walks up to the package's folder, so they hold in the chunks as in the sources.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI_OUT_DIR = path.join(REPO_ROOT, 'dist/cli');
/** The entry the bin imports. */
export const CLI_ENTRY = path.join(CLI_OUT_DIR, 'main.js');

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
    packages: 'external',
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
