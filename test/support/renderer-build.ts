/**
 * Builds the renderer once, when the build is older than any source it is made from, so
 * end-to-end tests never run against a stale build. The tests' build has its own folder:
 * a `vite build` someone runs meanwhile empties dist/renderer, which would pull the files
 * from under a running test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RENDERER_DIST = resolve(REPO_ROOT, 'test-results/renderer');
const SOURCES = ['renderer', 'slides/core', 'electron/common', 'build/vite', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

function builtAt(): number {
  const pages = ['index.html', 'presenter.html'].map((page) => join(RENDERER_DIST, page));
  if (!pages.every((page) => existsSync(page))) return 0;
  return Math.min(...pages.map((page) => statSync(page).mtimeMs));
}

let checked = false;
const LOCK = resolve(REPO_ROOT, 'test-results/renderer.lock');

/** Several test runs may start at once (colleagues share the checkout): one builds, the others wait. */
function withLock(task: () => void): void {
  mkdirSync(resolve(REPO_ROOT, 'test-results'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a killed run is stale after three minutes.
      if (Date.now() > deadline || Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 180_000) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    task();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export function ensureRendererBuilt(): void {
  if (checked) return;
  withLock(() => {
    const sources = Math.max(...SOURCES.map((s) => resolve(REPO_ROOT, s)).filter(existsSync).map(newest));
    if (builtAt() < sources) {
      execFileSync(process.execPath, [resolve(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', RENDERER_DIST, '--emptyOutDir', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit' });
    }
  });
  checked = true;
}
