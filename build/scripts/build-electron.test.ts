import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, ELECTRON_TARGETS, REPO_ROOT, type ElectronBuild } from './build-electron.ts';

let dir: string;
let result: ElectronBuild;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'podium-electron-build-'));
  result = await buildElectron(path.join(dir, 'electron'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('electron build', () => {
  it('the preload is one CommonJS file that requires nothing but electron (sandbox rule)', async () => {
    expect(result.preloadImports).toEqual(['electron']);
    const code = await readFile(result.preload, 'utf8');
    expect(code.startsWith('"use strict"')).toBe(true);
    expect([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(code).not.toMatch(/^import /m);
    expect(code).toContain('exposeInMainWorld("podium"');
  });

  it('the main bundle imports only electron, Node built-ins and production dependencies', async () => {
    const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const allowed = new Set(['electron', ...Object.keys(pkg.dependencies)]);
    const builtins = new Set(builtinModules);
    for (const specifier of result.mainImports) {
      const bare = specifier.replace(/^node:/, '');
      const pkgName = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0] ?? '';
      expect(specifier.startsWith('node:') || builtins.has(bare) || allowed.has(pkgName), `main imports ${specifier}, which the packaged app would not ship`).toBe(true);
    }
    expect(result.mainImports).toContain('electron');
  });

  it('the main bundle is ESM at the path package.json names, with the bundled deck beside it', async () => {
    const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { main: string; type: string };
    expect(pkg.type).toBe('module');
    expect(path.relative(dir, result.main)).toBe(path.relative('dist', pkg.main));
    const code = await readFile(result.main, 'utf8');
    expect(code).toMatch(/^import .* from "electron";$/m);
    const bundledDeck = new URL('../default/', `file://${result.main}`);
    const files = await import('node:fs/promises').then((fs) => fs.readdir(bundledDeck));
    expect(files.length).toBeGreaterThan(0);
  });

  it('the main bundle starts without HarfBuzz: its subsetter wasm is read on the first font request, and harfbuzzjs is shipped for it', async () => {
    const code = await readFile(result.main, 'utf8');
    expect(code).not.toMatch(/^import [^\n]*"harfbuzzjs";$/m);
    expect(code).toContain('harfbuzzjs/dist/harfbuzz-subset.wasm');
    expect(result.mainImports).toContain('harfbuzzjs');
  });

  it('targets the engines Electron 45 bundles: Node 24 in main, Chromium 153+ in the preload', () => {
    expect(ELECTRON_TARGETS).toEqual({ main: 'node24', preload: 'chrome153' });
  });
});
