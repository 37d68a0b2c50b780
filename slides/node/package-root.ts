import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Podium package's folder, found by walking up from this module to the package.json
 * named "podium". The same code runs from the TypeScript sources (slides/node/) and from
 * the compiled CLI (dist/cli/, one chunk or another), so paths into the package cannot be
 * written relative to the module.
 */
function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'podium') return dir;
    // Not inside the package (a bundle copied elsewhere, as the app's tests do): two levels up, as the sources sit.
    if (dirname(dir) === dir) return join(from, '..', '..');
  }
}

export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** The package's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The renderer as `vite build` leaves it (npm run build:renderer). */
export const DEFAULT_RENDERER_DIR = join(PACKAGE_ROOT, 'dist', 'renderer');
