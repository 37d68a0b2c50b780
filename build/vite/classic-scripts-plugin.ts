/**
 * Vite plugin: once the renderer is written, a classic-script copy of each page's module
 * entry and classic-scripts.json (slides/node/classic-scripts.ts), so `podium build` and the
 * single-file HTML export take ready scripts instead of bundling at every run.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { writeClassicScripts } from '../../slides/node/classic-scripts.ts';

export function classicScriptsPlugin(pages: readonly string[]): Plugin {
  let outDir = '';
  return {
    name: 'podium-classic-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      await writeClassicScripts(outDir, pages);
    },
  };
}
